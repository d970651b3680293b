/**
 * Mirrors one of the repository's source folders (`schemas/`, `conformance/`) into a
 * package folder, so the package's tarball ships the files while the repository keeps a
 * single source of truth. Used by the `build` scripts of @czt/schemas and
 * @czt/conformance, and by their tests, which fail when a copy differs from its source.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";

/** Local clutter that is never part of a source folder (Python caches, Finder files). */
function isClutter(name: string): boolean {
  return name === "__pycache__" || name === ".DS_Store" || name.endsWith(".pyc");
}

/** The files under `root`, as sorted `/`-separated relative paths; none when `root` does not exist. */
export function folderFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  const files: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(root, relative), { withFileTypes: true })) {
      if (isClutter(entry.name)) continue;
      const path = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(path);
    }
  };
  walk("");
  return files.sort();
}

/**
 * Replaces `destination` with a fresh copy of the files of `source` (files deleted from the
 * source disappear from the copy). The copy is assembled next to the destination and then
 * swapped in, so a reader never sees a half-written folder. Returns the number of files.
 */
export function mirrorFolder(source: string, destination: string): number {
  if (!existsSync(source) || !statSync(source).isDirectory()) throw new Error(`the source folder ${source} does not exist`);
  const files = folderFiles(source);
  const staging = `${destination}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const file of files) {
      mkdirSync(dirname(join(staging, file)), { recursive: true });
      copyFileSync(join(source, file), join(staging, file));
    }
    mkdirSync(staging, { recursive: true });
    rmSync(destination, { recursive: true, force: true });
    renameSync(staging, destination);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return files.length;
}

/** How `copy` differs from `source`: one line per missing, extra or changed file; empty when equal. */
export function mirrorDifferences(source: string, copy: string): string[] {
  const sourceFiles = folderFiles(source);
  const copyFiles = new Set(folderFiles(copy));
  const differences: string[] = [];
  for (const file of sourceFiles) {
    if (!copyFiles.has(file)) differences.push(`missing ${file}`);
    else if (!readFileSync(join(source, file)).equals(readFileSync(join(copy, file)))) differences.push(`changed ${file}`);
    copyFiles.delete(file);
  }
  for (const file of copyFiles) differences.push(`extra ${file}`);
  return differences;
}
