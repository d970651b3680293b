/** The tarball ships the license text its `license` field names. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PackedPackage } from "./packed-package.js";

/** Why the tarball's LICENSE is not `licenseText`: missing or different; empty when it is. */
export function licenseProblems(packed: PackedPackage, licenseText: string): string[] {
  if (!packed.files.includes("LICENSE")) return ["the tarball has no LICENSE"];
  const shipped = readFileSync(join(packed.directory, "LICENSE"), "utf8");
  return shipped === licenseText ? [] : ["the tarball's LICENSE differs from the repository's LICENSE"];
}
