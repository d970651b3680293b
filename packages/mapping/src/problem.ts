import type { Bilingual } from "@czt/schemas";
import { columnLetter, type UnreadableCell, unreadableCellParams } from "@czt/validator";

export { columnLetter };

/** The message of `map.unreadable-cell`: the validator's words for the cell (`input.unreadable`), so both tools say the same. */
export function unreadableCellMessage(cell: UnreadableCell, row: number, column: number): Bilingual {
  const params = unreadableCellParams(cell, row, column);
  return { zh: String(params["detail.zh"]), en: String(params["detail.en"]) };
}

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
  | "map.unreadable-row"
  | "map.unreadable-cell";

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
  /** Every field that read the cell, `field` first, when more than one did (`map.unreadable-cell`: one problem per cell). */
  fields?: string[];
  /** The record type the row was mapped to. */
  recordType?: string;
  /** The source value as read (masked by the caller when it is personal data). */
  value?: string;
  message: Bilingual;
}

/** `C7`: the A1 reference of a located cell, or undefined when the location has no cell. */
export function cellReference(location: SourceLocation): string | undefined {
  return location.row !== undefined && location.column !== undefined ? `${columnLetter(location.column)}${location.row}` : undefined;
}
