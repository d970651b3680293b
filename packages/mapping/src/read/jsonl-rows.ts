import type { CellValue } from "../table.js";

export type JsonLinesRow = { row: number; object: Record<string, unknown> } | { row: number; error: string };

/**
 * The lines of UTF-8 text, as Node's readline splits them (crlfDelay Infinity): at LF, CR LF
 * or a lone CR; no empty last line after a final break. A byte order mark stays in the text.
 */
async function* textLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let rest = "";
  let afterCr = false;
  const split = function* (text: string): Generator<string> {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 && afterCr && i === start && rest === "") {
        // The LF of a CR LF cut between two chunks.
        afterCr = false;
        start = i + 1;
        continue;
      }
      afterCr = false;
      if (c !== 10 && c !== 13) continue;
      yield rest + text.slice(start, i);
      rest = "";
      if (c === 13) {
        if (i + 1 < text.length) {
          if (text.charCodeAt(i + 1) === 10) i++;
        } else afterCr = true;
      }
      start = i + 1;
    }
    rest += text.slice(start);
  };
  for await (const chunk of chunks) yield* split(decoder.decode(chunk, { stream: true }));
  yield* split(decoder.decode());
  if (rest !== "") yield rest;
}

/** The objects of JSON Lines bytes, one per non-empty line, numbered by line; a line that is not an object is an error row. */
export async function* jsonLinesRows(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<JsonLinesRow> {
  let row = 0;
  for await (const line of textLines(chunks)) {
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
