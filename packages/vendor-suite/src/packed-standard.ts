/**
 * The standard as a vendor gets it: `@czt/schemas` packed with `npm pack` and unpacked as
 * `node_modules/@czt/schemas` of a scratch project. The suite reads nothing else of the
 * standard, so what it proves holds for the tarball.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { installPacked } from "../../schemas/scripts/npm-pack.js";
import { repositoryRoot } from "./paths.js";

export interface PackedStandard {
  /** The unpacked package. */
  directory: string;
  /** The versions whose bundles the tarball ships. */
  bundledVersions: string[];
}

export function packStandard(consumerDirectory: string): PackedStandard {
  const directory = installPacked(join(repositoryRoot, "packages", "schemas"), consumerDirectory);
  const bundles = join(directory, "bundles");
  const bundledVersions = existsSync(bundles) ? readdirSync(bundles).filter((entry) => existsSync(join(bundles, entry, "openapi.json"))) : [];
  return { directory, bundledVersions };
}

/** The folder of one version's bundles inside the unpacked package. */
export function bundleDirectory(standard: PackedStandard, version: string): string {
  if (!standard.bundledVersions.includes(version)) {
    throw new Error(`the @czt/schemas tarball ships no bundles for version ${version} (it has: ${standard.bundledVersions.join(", ") || "none"}): expected bundles/${version}/openapi.json`);
  }
  return join(standard.directory, "bundles", version);
}
