import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import { compileSegment, hasWildcard } from "./glob-segment.js";

/** A file to read, or `-` for standard input, or a path that could not be expanded. */
/** Why a path given names no file to read: a code, worded per language by the reader (`input.unreadable`). */
export type MissingReason = "not-found" | "no-match" | "no-exports" | "system-error";

export type InputSource =
  | { kind: "file"; path: string; display: string }
  | { kind: "stdin" }
  | { kind: "missing"; display: string; reason: MissingReason; /** The system's error code (EACCES, ELOOP…) for `system-error`. */ errorCode?: string };

const dataExtensions = [".json", ".jsonl", ".ndjson", ".csv", ".xlsx"];

/**
 * A file a directory's walk reads: by extension, less the owner file Excel and WPS leave
 * beside an open workbook (`~$book.xlsx`, a few bytes that are not a workbook).
 */
function isDataFile(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith("~$")) return false;
  return dataExtensions.some((ext) => lower.endsWith(ext));
}

async function sortedEntries(directory: string): Promise<Dirent[]> {
  const entries = await readdir(directory, { withFileTypes: true }).catch(() => []);
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Whether an entry is a directory, following a symbolic link (a dangling link is not). */
async function isDirectory(directory: string, entry: Dirent): Promise<boolean> {
  if (entry.isDirectory()) return true;
  if (!entry.isSymbolicLink()) return false;
  return (await stat(join(directory, entry.name)).catch(() => undefined))?.isDirectory() ?? false;
}

/**
 * Directories already read during one expansion, by real path: a symbolic link to a
 * directory is followed, but a directory is read once, so a link back up cannot loop.
 */
class VisitedDirectories {
  private readonly seen = new Set<string>();

  async firstVisit(directory: string): Promise<boolean> {
    const real = await realpath(directory).catch(() => directory);
    if (this.seen.has(real)) return false;
    this.seen.add(real);
    return true;
  }
}

async function walk(directory: string, visited: VisitedDirectories): Promise<string[]> {
  if (!(await visited.firstVisit(directory))) return [];
  const files: string[] = [];
  for (const entry of await sortedEntries(directory)) {
    const path = join(directory, entry.name);
    if (await isDirectory(directory, entry)) files.push(...(await walk(path, visited)));
    else if (isDataFile(entry.name)) files.push(path);
  }
  return files;
}

/** Matches glob segments (`*`, `?`, `[...]`, `**`) against the tree under `base`. */
async function glob(base: string, segments: readonly string[], visited: VisitedDirectories): Promise<string[]> {
  const [segment, ...rest] = segments;
  if (segment === undefined) return [base];
  if (segment === "**") {
    if (!(await visited.firstVisit(base))) return [];
    const here = await glob(base, rest, new VisitedDirectories());
    const deeper: string[] = [];
    for (const entry of await sortedEntries(base)) {
      if (await isDirectory(base, entry)) deeper.push(...(await glob(join(base, entry.name), segments, visited)));
    }
    return [...here, ...deeper];
  }
  if (!hasWildcard(segment)) return glob(join(base, segment), rest, visited);
  const matcher = compileSegment(segment);
  const found: string[] = [];
  for (const entry of await sortedEntries(base)) {
    if (!matcher.test(entry.name)) continue;
    if (rest.length > 0 && !(await isDirectory(base, entry))) continue;
    found.push(...(await glob(join(base, entry.name), rest, visited)));
  }
  return found;
}

function display(path: string, cwd: string): string {
  const prefix = cwd.endsWith(sep) ? cwd : cwd + sep;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

async function expandPattern(absolute: string): Promise<string[]> {
  const segments = absolute.split(sep);
  const firstGlob = segments.findIndex(hasWildcard);
  const base = segments.slice(0, firstGlob).join(sep) || sep;
  const matches = (await glob(base, segments.slice(firstGlob), new VisitedDirectories())).filter((path) => !path.endsWith(sep));
  const files: string[] = [];
  for (const match of [...new Set(matches)]) {
    const info = await stat(match).catch(() => undefined);
    if (info?.isFile()) files.push(match);
    else if (info?.isDirectory()) files.push(...(await walk(match, new VisitedDirectories())));
  }
  return files;
}

/**
 * Files, directories (recursively, data files only, following symbolic links to
 * directories once), globs and `-`, in a stable order. A path that exists is taken
 * literally, so `export[1].jsonl` names that file; otherwise `*`, `?` and `[…]` are
 * wildcards.
 */
export async function expandPaths(paths: readonly string[], cwd: string): Promise<InputSource[]> {
  const sources: InputSource[] = [];
  const addFiles = (files: readonly string[]) => {
    for (const file of files) sources.push({ kind: "file", path: file, display: display(file, cwd) });
  };
  for (const given of paths) {
    if (given === "-") {
      sources.push({ kind: "stdin" });
      continue;
    }
    const absolute = resolve(cwd, given);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      if (hasWildcard(given)) {
        const files = await expandPattern(absolute);
        if (files.length === 0) sources.push({ kind: "missing", display: given, reason: "no-match" });
        addFiles(files);
      } else if (info.code === "ENOENT" || info.code === "ENOTDIR") sources.push({ kind: "missing", display: given, reason: "not-found" });
      else sources.push({ kind: "missing", display: given, reason: "system-error", errorCode: info.code ?? "EIO" });
    } else if (info.isDirectory()) {
      const files = await walk(absolute, new VisitedDirectories());
      if (files.length === 0) sources.push({ kind: "missing", display: given, reason: "no-exports" });
      addFiles(files);
    } else sources.push({ kind: "file", path: absolute, display: display(absolute, cwd) });
  }
  return sources;
}
