import type { Bilingual } from "@czt/schemas";

/** Why a source value or source could not be mapped; stable codes, rendered per language. */
export type ProblemCode =
  | "map.unmapped-code"
  | "map.invalid-date"
  | "map.invalid-amount"
  | "map.invalid-number"
  | "map.invalid-id-number"
  | "map.missing-value"
  | "map.parent-missing"
  | "map.duplicate-id"
  | "map.sheet-missing"
  | "map.source-missing"
  | "map.column-missing"
  | "map.unreadable-row";

/** Where a problem is: file, sheet (XLSX), row (1-based, as a spreadsheet shows it) and column (A1 letter or header). */
export interface SourceLocation {
  file: string;
  sheet?: string;
  row?: number;
  /** 1-based column number. */
  column?: number;
  /** The header text of the column, when it has one. */
  header?: string;
}

/** A located problem of a mapping run: data, with its message in both languages. */
export interface MapProblem {
  code: ProblemCode;
  severity: "error" | "warning";
  location: SourceLocation;
  /** The target field path (`hukou.division`), when the problem is about one. */
  field?: string;
  /** The record type the row was mapped to. */
  recordType?: string;
  /** The source value as read (masked by the caller when it is personal data). */
  value?: string;
  message: Bilingual;
}

/** `A`, `B`, … `Z`, `AA`: the spreadsheet letter of a 1-based column number. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** `C7`: the A1 reference of a located cell, or undefined when the location has no cell. */
export function cellReference(location: SourceLocation): string | undefined {
  return location.row !== undefined && location.column !== undefined ? `${columnLetter(location.column)}${location.row}` : undefined;
}
