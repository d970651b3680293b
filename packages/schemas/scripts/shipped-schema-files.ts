/** Where the schema files the tarball ships come from and where the build copies them. */
import { fileURLToPath } from "node:url";

/** This package's folder. */
export const packageDirectory = fileURLToPath(new URL("..", import.meta.url));
/** The repository's `schemas/`: the single source of truth. */
export const schemaSourceFolder = fileURLToPath(new URL("../../../schemas", import.meta.url));
/** The package's git-ignored copy, shipped in the tarball as `schemas/`. */
export const shippedSchemaFolder = fileURLToPath(new URL("../schemas", import.meta.url));
/** Refreshes the copy (and dist). */
export const refreshSchemaCopyCommand = "npm run build -w @czt/schemas";
