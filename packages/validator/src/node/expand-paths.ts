import { readdir, stat } from "node:fs/promises";
import { join, resolve, sep } from "node:path";

/** A file to read, or `-` for standard input, or a path that could not be expanded. */
export type InputSource = { kind: "file"; path: string; display: string } | { kind: "stdin" } | { kind: "missing"; display: string; reason: string };

const dataExtensions = [".json", ".jsonl", ".ndjson", ".csv"];

function hasGlob(segment: string): boolean {
  return /[*?[]/.test(segment);
}

function globToRegExp(segment: string): RegExp {
  let pattern = "";
  for (const char of segment) {
    if (char === "*") pattern += "[^/]*";
    else if (char === "?") pattern += "[^/]";
    else if (char === "[" || char === "]") pattern += char;
    else pattern += char.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${pattern}$`);
}

async function walk(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (dataExtensions.some((ext) => entry.name.toLowerCase().endsWith(ext))) files.push(path);
  }
  return files;
}

/** Matches glob segments (`*`, `?`, `[...]`, `**`) against the tree under `base`. */
async function glob(base: string, segments: readonly string[]): Promise<string[]> {
  const [segment, ...rest] = segments;
  if (segment === undefined) return [base];
  if (segment === "**") {
    const here = await glob(base, rest);
    const entries = await readdir(base, { withFileTypes: true }).catch(() => []);
    const deeper: string[] = [];
    for (const entry of entries) if (entry.isDirectory()) deeper.push(...(await glob(join(base, entry.name), segments)));
    return [...here, ...deeper];
  }
  if (!hasGlob(segment)) return glob(join(base, segment), rest);
  const matcher = globToRegExp(segment);
  const entries = await readdir(base, { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!matcher.test(entry.name)) continue;
    if (rest.length > 0 && !entry.isDirectory()) continue;
    found.push(...(await glob(join(base, entry.name), rest)));
  }
  return found;
}

function display(path: string, cwd: string): string {
  const prefix = cwd.endsWith(sep) ? cwd : cwd + sep;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

/** Files, directories (recursively, data files only), globs and `-`, in a stable order. */
export async function expandPaths(paths: readonly string[], cwd: string): Promise<InputSource[]> {
  const sources: InputSource[] = [];
  for (const given of paths) {
    if (given === "-") {
      sources.push({ kind: "stdin" });
      continue;
    }
    const absolute = resolve(cwd, given);
    if (hasGlob(given)) {
      const segments = absolute.split(sep);
      const firstGlob = segments.findIndex(hasGlob);
      const base = segments.slice(0, firstGlob).join(sep) || sep;
      const matches = (await glob(base, segments.slice(firstGlob))).filter((path) => !path.endsWith(sep));
      const files: string[] = [];
      for (const match of matches) {
        const info = await stat(match).catch(() => undefined);
        if (info?.isFile()) files.push(match);
        else if (info?.isDirectory()) files.push(...(await walk(match)));
      }
      if (files.length === 0) sources.push({ kind: "missing", display: given, reason: "no file matches the pattern" });
      for (const file of files) sources.push({ kind: "file", path: file, display: display(file, cwd) });
      continue;
    }
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      sources.push({ kind: "missing", display: given, reason: info.code === "ENOENT" ? "no such file or directory" : info.message });
    } else if (info.isDirectory()) {
      const files = await walk(absolute);
      if (files.length === 0) sources.push({ kind: "missing", display: given, reason: "the directory holds no .json, .jsonl or .csv file" });
      for (const file of files) sources.push({ kind: "file", path: file, display: display(file, cwd) });
    } else sources.push({ kind: "file", path: absolute, display: display(absolute, cwd) });
  }
  return sources;
}
