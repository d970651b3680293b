import type { UnreadableCell } from "@czt/validator";
import type { SourceLocation } from "./problem.js";

/** A cell as a reader hands it over: text, a spreadsheet number or boolean, or nothing. */
export type CellValue = string | number | boolean | null;

/** One data row of a table (a CSV file, an XLSX sheet, JSON Lines): its 1-based row number and cells by column. */
export interface SourceRow {
  row: number;
  cells: readonly CellValue[];
  /**
   * XLSX: the cells, by 1-based column, that hold no value to read (a formula without a
   * computed result, an error value): empty in `cells`, `map.unreadable-cell` where the
   * mapping reads them.
   */
  unreadable?: ReadonlyMap<number, UnreadableCell>;
}

/** Where a table comes from and its header row. */
export interface TableInfo {
  file: string;
  sheet?: string;
  /** Row number of the headers (the rows after it are data). */
  headerRow: number;
  headers: readonly string[];
  /** Spreadsheet letters for columns (XLSX); otherwise columns are numbered. */
  lettered: boolean;
}

export function tableLocation(table: TableInfo, row?: number, column?: number): SourceLocation {
  const location: SourceLocation = { file: table.file };
  if (table.sheet !== undefined) location.sheet = table.sheet;
  if (row !== undefined) location.row = row;
  if (column !== undefined) {
    location.column = column;
    const header = table.headers[column - 1];
    if (header) location.header = header;
  }
  return location;
}
