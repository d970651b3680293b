import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { CellValue } from "../table.js";

export type JsonLinesRow = { row: number; object: Record<string, unknown> } | { row: number; error: string };

/** The objects of a JSON Lines file, one per non-empty line, numbered by line; a line that is not an object is an error row. */
export async function* readJsonLinesRows(path: string): AsyncGenerator<JsonLinesRow> {
  let row = 0;
  for await (const line of createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Number.POSITIVE_INFINITY })) {
    row++;
    if (line.trim() === "") continue;
    try {
      const value: unknown = JSON.parse(line);
      if (typeof value === "object" && value !== null && !Array.isArray(value)) yield { row, object: value as Record<string, unknown> };
      else yield { row, error: "not a JSON object" };
    } catch (error) {
      yield { row, error: (error as Error).message };
    }
  }
}

/** An object's member as a cell: scalars as they are, nested values as JSON text. */
export function memberCell(value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}
