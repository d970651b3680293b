/**
 * `npm run release-standard -- <version> [--replace]`: freezes the working tree `schemas/`
 * as release `<version>` in `schemas/releases/<version>/` (ids renamed to
 * `https://czt-ss.org/schemas/<version>/`, `schemaVersion` consts set, `SHA256SUMS` written).
 * A release that exists is left alone unless `--replace` (only before it is published).
 * Afterwards run `npm run generate` so every package carries the new release.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { existsSync } from "node:fs";
import { folderFiles } from "./mirror-folder.js";
import { checksumFile, checksums, isReleaseVersion, releasedText, schemaBaseOf } from "./release.js";
import { compareVersions, releasesFolder, repoRoot } from "./sources.js";

const usage = "usage: npm run release-standard -- <major.minor> [--replace]";

function workingVersion(folder: string): string {
  const pkg = JSON.parse(readFileSync(join(folder, "package.schema.json"), "utf8")) as { properties?: { schemaVersion?: { const?: unknown } } };
  const version = pkg.properties?.schemaVersion?.const;
  if (typeof version !== "string") throw new Error("schemas/package.schema.json: properties.schemaVersion has no const version");
  return version;
}

function main(args: readonly string[]): void {
  const replace = args.includes("--replace");
  const positional = args.filter((arg) => arg !== "--replace");
  const version = positional[0];
  if (positional.length !== 1 || version === undefined || !isReleaseVersion(version)) throw new UsageError(usage);
  const source = join(repoRoot, "schemas");
  const working = workingVersion(source);
  if (compareVersions(version, working) > 0) throw new UsageError(`${version} is newer than the working tree's ${working}; a release freezes the working tree or an older version of it`);
  const destination = join(source, releasesFolder, version);
  if (existsSync(destination) && !replace) throw new UsageError(`schemas/${releasesFolder}/${version} exists and is frozen; pass --replace to rebuild it (only before it is published)`);

  const files = new Map<string, string>();
  for (const path of folderFiles(source)) {
    if (path.startsWith(`${releasesFolder}/`)) continue;
    const text = readFileSync(join(source, path), "utf8");
    files.set(path, releasedText(path, text, { version: working, base: schemaBaseOf(working) }, { version, base: schemaBaseOf(version) }));
  }
  rmSync(destination, { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(destination, path)), { recursive: true });
    writeFileSync(join(destination, path), text);
  }
  writeFileSync(join(destination, checksumFile), checksums(files));
  console.log(`released ${version}: ${files.size} files in schemas/${releasesFolder}/${version}/ (from the working tree ${working}). Now run: npm run generate`);
}

class UsageError extends Error {}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof UsageError ? error.message : `release-standard failed: ${(error as Error).message}`);
  process.exitCode = 2;
}
