/** Reads the standard's source files from `schemas/` (the only module of the generator that touches fs). */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import type { CodeList } from "../src/code-list.js";
import { isObject, type JsonObject } from "./json.js";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export interface SchemaSource {
  /** Repository-relative path with `/` separators, e.g. `schemas/person.schema.json`. */
  path: string;
  json: JsonObject;
}

export interface CodeListSource {
  path: string;
  json: CodeList;
}

export interface OpenApiSource {
  path: string;
  /** Document name: the file name without extension, e.g. `czt-exchange`. */
  name: string;
  json: JsonObject;
}

export interface Sources {
  schemas: SchemaSource[];
  codeLists: CodeListSource[];
  openapi: OpenApiSource[];
}

/** Folder of the frozen releases inside `schemas/`: each `<version>/` has the working tree's layout. */
export const releasesFolder = "releases";

function listFiles(dir: string, skip: ReadonlySet<string> = new Set()): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    if (skip.has(name)) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** The released versions under `schemas/releases/`, oldest first. */
export function releasedVersions(root: string = repoRoot): string[] {
  let names: string[];
  try {
    names = readdirSync(join(root, "schemas", releasesFolder));
  } catch {
    return [];
  }
  return names.filter((name) => /^\d+\.\d+$/.test(name)).sort(compareVersions);
}

/** Orders `major.minor` version strings numerically ("1.9" before "1.10"). */
export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

function repoPath(path: string): string {
  return relative(repoRoot, path).split(sep).join("/");
}

function readJson(path: string): JsonObject {
  const text = readFileSync(path, "utf8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${repoPath(path)}: not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(value)) throw new Error(`${repoPath(path)}: expected a JSON object`);
  return value;
}

/**
 * Every `*.schema.json`, code list and OpenAPI document of one tree of the standard: the
 * working tree `schemas/` (its `releases/` left out) by default, or a release's
 * `schemas/releases/<version>/` when `release` is given.
 */
export function readSources(root: string = repoRoot, release?: string): Sources {
  const schemasDir = release === undefined ? join(root, "schemas") : join(root, "schemas", releasesFolder, release);
  const files = listFiles(schemasDir, new Set(release === undefined ? [releasesFolder] : []));
  const schemas = files.filter((f) => f.endsWith(".schema.json")).map((f) => ({ path: repoPath(f), json: readJson(f) }));
  const codeLists = files
    .filter((f) => dirname(f) === join(schemasDir, "codelists") && f.endsWith(".json") && !f.endsWith(".schema.json"))
    .map((f) => ({ path: repoPath(f), json: readJson(f) as unknown as CodeList }));
  const openapi = files
    .filter((f) => dirname(f) === join(schemasDir, "openapi") && /\.ya?ml$/.test(f))
    .map((f) => {
      const json: unknown = parseYaml(readFileSync(f, "utf8"));
      if (!isObject(json)) throw new Error(`${repoPath(f)}: expected a YAML mapping`);
      return { path: repoPath(f), name: f.slice(f.lastIndexOf(sep) + 1).replace(/\.ya?ml$/, ""), json };
    });
  return { schemas, codeLists, openapi };
}

/** The frozen releases under `schemas/releases/`, oldest first, read as trees of the standard. */
export function readReleases(root: string = repoRoot): { folder: string; sources: Sources }[] {
  return releasedVersions(root).map((version) => ({ folder: `schemas/${releasesFolder}/${version}`, sources: readSources(root, version) }));
}
