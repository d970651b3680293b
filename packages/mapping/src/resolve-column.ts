import type { FieldSpec } from "./mapping.js";
import { toHalfWidth } from "./transforms/half-width.js";

const normalise = (header: string) => toHalfWidth(header).replace(/\s+/g, "");

/** 1-based number of a spreadsheet column letter (`A` 1, `AA` 27). */
export function letterColumn(letters: string): number {
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

/**
 * The 1-based column a field spec reads in a table with these headers: by header text
 * (white space and full-width forms ignored), by indicator code (a header that is the
 * code or holds it as a word: `AAC002`, `AAC002 公民身份号码`, `公民身份号码(AAC002)`), or
 * by position. Undefined when no column matches; 0 when the spec reads no column.
 */
export function resolveColumn(spec: FieldSpec, headers: readonly string[]): number | undefined {
  if (spec.column !== undefined) {
    const wanted = (Array.isArray(spec.column) ? spec.column : [spec.column]).map(normalise);
    const index = headers.findIndex((header) => wanted.includes(normalise(header)));
    return index === -1 ? undefined : index + 1;
  }
  if (spec.indicator !== undefined) {
    const word = new RegExp(`(^|[^A-Za-z0-9])${spec.indicator}($|[^A-Za-z0-9])`, "i");
    const index = headers.findIndex((header) => word.test(toHalfWidth(header)));
    return index === -1 ? undefined : index + 1;
  }
  if (spec.position !== undefined) return typeof spec.position === "number" ? spec.position : letterColumn(spec.position);
  return 0;
}

/** How a spec names its column, for messages. */
export function columnName(spec: FieldSpec): string {
  if (spec.column !== undefined) return Array.isArray(spec.column) ? spec.column.join(" / ") : spec.column;
  if (spec.indicator !== undefined) return spec.indicator;
  return String(spec.position);
}
