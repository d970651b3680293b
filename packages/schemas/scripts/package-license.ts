/**
 * The LICENSE every tarball ships. The repository keeps one copy, at its root; each
 * package's build copies it into the package folder (git-ignored), where `npm pack`
 * always includes a file named LICENSE.
 */
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's LICENSE: the single source of the text. */
export const repositoryLicenseFile = fileURLToPath(new URL("../../../LICENSE", import.meta.url));

/** Copies the repository's LICENSE into the package folder, unless the copy is already equal. */
export function copyLicense(packageDirectory: string): "copied" | "unchanged" {
  const copy = join(packageDirectory, "LICENSE");
  if (existsSync(copy) && readFileSync(copy).equals(readFileSync(repositoryLicenseFile))) return "unchanged";
  copyFileSync(repositoryLicenseFile, copy);
  return "copied";
}
