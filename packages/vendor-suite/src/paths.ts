import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** This package's folder. */
export const suiteDirectory = join(dirname(fileURLToPath(import.meta.url)), "..");
export const repositoryRoot = join(suiteDirectory, "..", "..");
/** The built CLI, as `npm test` builds it before this suite runs. */
export const cztMain = join(repositoryRoot, "packages", "cli", "dist", "main.js");
export const harnessDirectory = join(suiteDirectory, "harness");
/** The executables of this package's generators (npm hoists them to the root). */
export const binDirectory = join(repositoryRoot, "node_modules", ".bin");
