/** The project's example exports, which the suite round-trips: the same records as JSON packages and as JSON Lines. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { repositoryRoot } from "./paths.js";

export type ExampleFormat = "json" | "jsonl";
export const exampleFormats: readonly ExampleFormat[] = ["json", "jsonl"];

type JsonObject = { [key: string]: unknown };

export function exampleFiles(format: ExampleFormat): string[] {
  const folder = join(repositoryRoot, "examples", format);
  return readdirSync(folder)
    .filter((file) => file.endsWith(`.${format}`))
    .sort()
    .map((file) => join(folder, file));
}

/** The records of an export (JSON package or JSON Lines), without the JSON Lines header. */
export function recordsOf(file: string): JsonObject[] {
  const text = readFileSync(file, "utf8");
  if (file.endsWith(".jsonl")) {
    return text
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as JsonObject)
      .filter((record) => record["recordType"] !== "header");
  }
  return (JSON.parse(text) as { records: JsonObject[] }).records;
}

/** The JSON Lines header of an export, or the envelope of a package (what it declares about itself). */
export function declaredVersion(file: string): string {
  const text = readFileSync(file, "utf8");
  const first = file.endsWith(".jsonl") ? text.slice(0, text.indexOf("\n")) : text;
  const version = (JSON.parse(first) as JsonObject)["schemaVersion"];
  if (typeof version !== "string") throw new Error(`${file} declares no schemaVersion`);
  return version;
}
