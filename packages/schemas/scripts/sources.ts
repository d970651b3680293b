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

function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
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

/** Every `*.schema.json` under schemas/ (other engineers' report, parameters and conformance schemas included). */
export function readSources(root: string = repoRoot): Sources {
  const schemasDir = join(root, "schemas");
  const files = listFiles(schemasDir);
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
