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

export interface StandardSources {
  /** Repository-relative directory, e.g. `schemas` or `schemas/releases/1.0`. */
  directory: string;
  schemas: SchemaSource[];
  codeLists: CodeListSource[];
  openapi: OpenApiSource[];
}

/** The working tree of the standard (`schemas/`) and every frozen release (`schemas/releases/<version>/`). */
export interface Sources extends StandardSources {
  releases: StandardSources[];
}

/** Directory under `schemas/` that holds the frozen releases, each with the working tree's layout. */
const releasesDirectory = "releases";

function listFiles(dir: string, skip: ReadonlySet<string> = new Set()): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    if (skip.has(path)) return [];
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
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

/** Every `*.schema.json`, code list and OpenAPI document of one version's directory (its `releases/` excluded). */
function readStandardDirectory(schemasDir: string): StandardSources {
  const files = listFiles(schemasDir, new Set([join(schemasDir, releasesDirectory)]));
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
  return { directory: repoPath(schemasDir), schemas, codeLists, openapi };
}

/** The working tree under schemas/ (other engineers' report, parameters and conformance schemas included) and every release. */
export function readSources(root: string = repoRoot): Sources {
  const schemasDir = join(root, "schemas");
  const releasesDir = join(schemasDir, releasesDirectory);
  let versions: string[] = [];
  try {
    versions = readdirSync(releasesDir).filter((name) => statSync(join(releasesDir, name)).isDirectory());
  } catch {
    // No release yet.
  }
  const releases = versions.sort(compareVersions).map((version) => readStandardDirectory(join(releasesDir, version)));
  return { ...readStandardDirectory(schemasDir), releases };
}

/** Orders `1.0`, `1.1`, `1.10`, `2.0` numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
