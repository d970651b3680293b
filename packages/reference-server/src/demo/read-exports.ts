import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Agency } from "../auth/agency.js";

export interface ExportFile {
  file: string;
  publisher: Agency | undefined;
  records: unknown[];
}

/**
 * Reads the example exports of a directory: JSON packages (`{ publisher, records }`),
 * JSON arrays of records, and JSON Lines files (with an optional header line).
 */
export function readExportDirectory(dir: string): ExportFile[] {
  const names = readdirSync(dir)
    .filter((name) => /\.(json|jsonl|ndjson)$/.test(name))
    .sort();
  return names.map((name) => {
    const file = join(dir, name);
    const text = readFileSync(file, "utf8");
    if (!name.endsWith(".json")) {
      const values = text
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      const header = values[0]?.["recordType"] === "header" ? values.shift() : undefined;
      return { file, publisher: header?.["publisher"] as Agency | undefined, records: values };
    }
    const value = JSON.parse(text) as unknown;
    if (Array.isArray(value)) return { file, publisher: undefined, records: value };
    const object = value as Record<string, unknown>;
    if (Array.isArray(object["records"])) return { file, publisher: object["publisher"] as Agency | undefined, records: object["records"] };
    return { file, publisher: undefined, records: [value] };
  });
}
