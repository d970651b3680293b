import type { Params } from "../rule.js";
import { detailParams } from "./json-problems.js";
import { unescapeXlsxText } from "./xlsx-escapes.js";

/** A workbook cell's value as the readers use it: text, a number, a boolean, or empty. */
export type WorkbookCellValue = string | number | boolean | null;

/**
 * A cell that holds no value a reader may use, and why: a formula without a computed result
 * to read (the workbook was written by a program that does not compute formulas, or the
 * result is an error, said in the same words), an error cell (`#N/A`), or a value of some
 * other kind. Never read as text: the readers report it at its cell.
 */
export interface UnreadableCell {
  readonly unreadable: "formula-without-value" | "error-value" | "unknown-value";
  /** The error value (`#N/A`) of an error cell. */
  readonly error?: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

const unreadable = (why: UnreadableCell["unreadable"]): UnreadableCell => ({ unreadable: why });

/** True when an ExcelJS value is a formula (`{formula, result}`, or a shared formula's `{sharedFormula, result}`). */
const isFormula = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);

/**
 * An ExcelJS cell value as `czt validate` and `czt map` read it. A formula gives its cached
 * result (a workbook saved by Excel or WPS holds it); rich text its plain text; a link its
 * text; a number formatted as a date (ExcelJS gives a Date in UTC) its `YYYY-MM-DD`, with the
 * time when it has one; text — codes with leading zeros stored as text — stays text. A
 * formula without a cached result or with an error result, an error cell (`#N/A`) or a
 * value of any other kind is an `UnreadableCell`, never text.
 */
export function workbookCell(value: unknown): WorkbookCellValue | UnreadableCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isNaN(value) ? unreadable("unknown-value") : value;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return unreadable("unknown-value");
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const [h, m, s] = [value.getUTCHours(), value.getUTCMinutes(), value.getUTCSeconds()];
    return h === 0 && m === 0 && s === 0 ? date : `${date}T${pad(h)}:${pad(m)}:${pad(s)}`;
  }
  if (typeof value === "object") {
    const object = value as Record<string, unknown>;
    if (isFormula(object)) {
      const result = object["result"];
      // No result (`<f>` alone, or the empty `<v/>` openpyxl writes, which reads as NaN), or an error result (`{error: "#N/A"}`).
      if (result === undefined || (typeof result === "number" && Number.isNaN(result)) || (typeof result === "object" && result !== null && "error" in result)) return unreadable("formula-without-value");
      return workbookCell(result);
    }
    if (Array.isArray(object["richText"])) return (object["richText"] as { text?: unknown }[]).map((run) => (typeof run.text === "string" ? run.text : "")).join("");
    if ("text" in object) return workbookCell(object["text"]);
    if ("error" in object) return { unreadable: "error-value", error: String(object["error"]) };
  }
  return unreadable("unknown-value");
}

/** A cell's value, or null when it has none a reader may use (see `workbookCell`, which says why). */
export function workbookCellValue(value: unknown): WorkbookCellValue {
  const cell = workbookCell(value);
  return typeof cell === "object" ? null : cell;
}

/** True when `workbookCell` found no value a reader may use. */
export const isUnreadableCell = (cell: WorkbookCellValue | UnreadableCell): cell is UnreadableCell => typeof cell === "object" && cell !== null;

/** `A`, `B`, … `Z`, `AA`: the spreadsheet letter of a 1-based column number. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The `{detail}` params of an unreadable cell (`input.csv-columns`), its A1 reference as `cell`: the words `czt validate` and `czt map` both use. */
export function unreadableCellParams(cell: UnreadableCell, row: number, column: number): Params {
  const at = `${columnLetter(column)}${row}`;
  return cell.unreadable === "error-value" ? detailParams("error-value", { cell: at, error: cell.error ?? "" }) : detailParams(cell.unreadable, { cell: at });
}

/** A row as ExcelJS's loader gives it (Worksheet.eachRow): its cells other than empty. */
export interface WorkbookRow {
  eachCell(callback: (cell: { readonly value: unknown; readonly result?: unknown }, column: number) => void): void;
}

/**
 * A row's values (1-based, as ExcelJS's `row.values`) when the page loads a workbook whole,
 * read as `czt validate` and `czt map` stream them (`streamWorkbook`): a formula keeps its
 * cached result whatever it is (ExcelJS's `value` of a formula cell drops a result of 0, false
 * or empty text, which would then read as a formula never computed), and a formula's text
 * result has its `_xHHHH_` escapes read (ExcelJS's loader reads them in shared strings only:
 * a carriage return would read `_x000D_`). The sheets given to `readWorkbookSheets` and
 * `czt map` on the page are made of these.
 */
export function workbookRowValues(row: WorkbookRow): unknown[] {
  const values: unknown[] = [];
  row.eachCell((cell, column) => {
    const value = cell.value;
    const result = isFormula(value) ? ("result" in value ? value["result"] : cell.result) : undefined;
    values[column] = result === undefined ? value : { ...(value as object), result: typeof result === "string" ? unescapeXlsxText(result) : result };
  });
  return values;
}
