/**
 * Making a release of the standard: the working tree `schemas/` copied into
 * `schemas/releases/<version>/` with every `$id`, `$schema` and `$ref` renamed to the
 * release's base, the `schemaVersion` consts and the OpenAPI `info.version` set to it,
 * and a `SHA256SUMS` that freezes the result. Pure functions; the script does the I/O.
 */
import { createHash } from "node:crypto";
import { isObject, type JsonObject, jsonText } from "./json.js";

/** The `$id` prefix of a version: `https://czt-ss.org/schemas/<version>/`. */
export function schemaBaseOf(version: string): string {
  return `https://czt-ss.org/schemas/${version}/`;
}

export const checksumFile = "SHA256SUMS";

/** A version a release may carry: `major.minor`. */
export function isReleaseVersion(text: string): boolean {
  return /^(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(text);
}

export interface VersionNames {
  version: string;
  base: string;
}

/** Sets `properties.schemaVersion.const` wherever a schema has it; returns how many it set. */
function setSchemaVersionConsts(node: unknown, from: string, to: string): number {
  if (Array.isArray(node)) return node.reduce((sum: number, item) => sum + setSchemaVersionConsts(item, from, to), 0);
  if (!isObject(node)) return 0;
  let count = 0;
  const properties = node["properties"];
  if (isObject(properties) && isObject(properties["schemaVersion"]) && properties["schemaVersion"]["const"] === from) {
    properties["schemaVersion"]["const"] = to;
    count++;
  }
  for (const value of Object.values(node)) count += setSchemaVersionConsts(value, from, to);
  return count;
}

/**
 * The text of one file of the working tree as it reads in the release (`path` relative to
 * `schemas/`). JSON files keep the committed formatting (two-space indent, final newline).
 */
export function releasedText(path: string, text: string, working: VersionNames, release: VersionNames): string {
  const renamed = text.replaceAll(working.base, release.base);
  if (path.endsWith(".json")) {
    const json = JSON.parse(renamed) as JsonObject;
    if (setSchemaVersionConsts(json, working.version, release.version) === 0) return renamed;
    if (jsonText(JSON.parse(renamed)) !== renamed) throw new Error(`${path}: not formatted as the generator writes JSON; run npm run generate first`);
    return jsonText(json);
  }
  if (/\.ya?ml$/.test(path)) {
    // OpenAPI `info.version` follows the standard's version: 1.1 → 1.1.0.
    return renamed.replace(new RegExp(`^(  version: )${working.version.replace(".", "\\.")}\\.0$`, "m"), `$1${release.version}.0`);
  }
  return renamed;
}

/** `sha256sum`-compatible checksums of the files (path relative to the release folder), sorted by path. */
export function checksums(files: ReadonlyMap<string, string>): string {
  return [...files.keys()]
    .sort()
    .map((path) => `${createHash("sha256").update(files.get(path) ?? "").digest("hex")}  ${path}\n`)
    .join("");
}

/** Parses a `SHA256SUMS` text: path → hex digest. */
export function parseChecksums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (match === null) throw new Error(`${checksumFile}: not a checksum line: ${line}`);
    sums.set(match[2]!, match[1]!);
  }
  return sums;
}
