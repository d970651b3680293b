import { SaxesParser, type SaxesTagPlain } from "saxes";
import { unescapeXlsxText } from "../input/xlsx-escapes.js";

/** What a sheet's cells need from the rest of the workbook. */
export interface SheetContext {
  /** The shared strings (text, or ExcelJS's `{richText}`), their `_xHHHH_` escapes already read. */
  readonly sharedStrings: readonly unknown[];
  /** True when the cell style numbered `style` formats a number as a date. */
  isDateStyle(style: number): boolean;
  /** The workbook counts its dates from 1904 (old Mac Excel), not from 1900. */
  readonly date1904: boolean;
}

/** A cell being read: its column, style, type (`t`) and the texts of its parts as they come. */
interface OpenCell {
  column: number;
  style: number;
  type: string;
  formula?: string;
  value?: string;
  inline?: string;
}

/** `B7` → 2: the column of an A1 reference, or 0 when it has no letters. */
function columnOf(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column;
}

/** An element's name without its namespace prefix (`x:c`, as some writers put it, is `c`). */
const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/**
 * A worksheet's rows, streamed from its XML (text chunks): each row's number and its values
 * (1-based by column) as ExcelJS's loader gives them to the page — text, numbers, booleans,
 * dates for numbers in a date format, `{error}`, `{formula, result}` — so that `czt validate`,
 * `czt map` and the page read the same cells. Read here rather than by ExcelJS's streaming
 * WorksheetReader, which loses what the type attribute says of a formula's cached result (a
 * boolean read as 1 or 0, a date as its serial number) and leaves the `_x000D_` escapes in
 * text. Every row is given, blank ones included; a cell without a value is left out.
 */
export async function* worksheetRows(chunks: AsyncIterable<string>, sheet: SheetContext): AsyncGenerator<{ number: number; values: unknown[] }> {
  const dateOf = (serial: number) => new Date(Math.round((serial - 25569 + (sheet.date1904 ? 1462 : 0)) * 86_400_000));
  const number = (text: string, style: number) => {
    const value = Number.parseFloat(text);
    return !Number.isNaN(value) && sheet.isDateStyle(style) ? dateOf(value) : value;
  };
  /** A value (`v`) as its type says: a formula's cached result reads as a plain cell of that type. */
  const typed = (type: string, text: string, style: number): unknown => {
    if (type === "str") return unescapeXlsxText(text);
    if (type === "b") return Number.parseInt(text, 10) !== 0;
    if (type === "e") return { error: text };
    return number(text, style);
  };
  const cellValue = (cell: OpenCell): unknown => {
    if (cell.formula !== undefined) return cell.value === undefined ? { formula: cell.formula } : { formula: cell.formula, result: typed(cell.type, cell.value, cell.style) };
    if (cell.type === "inlineStr") return cell.inline === undefined ? undefined : unescapeXlsxText(cell.inline);
    if (cell.value === undefined) return undefined;
    if (cell.type === "s") {
      const index = Number.parseInt(cell.value, 10);
      // An index past the shared strings is no text at all: `workbookCell` reports it.
      return index >= 0 && index < sheet.sharedStrings.length ? sheet.sharedStrings[index] : { sharedString: cell.value };
    }
    return typed(cell.type, cell.value, cell.style);
  };

  const parser = new SaxesParser();
  const ready: { number: number; values: unknown[] }[] = [];
  let inSheetData = false;
  let row: { number: number; values: unknown[] } | undefined;
  let lastRow = 0;
  let lastColumn = 0;
  let cell: OpenCell | undefined;
  let target: "formula" | "value" | "inline" | undefined;
  // A phonetic guide (`rPh`, furigana) holds text of its own that is not the cell's.
  let phonetic = false;
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    if (!inSheetData) {
      inSheetData = name === "sheetData";
      return;
    }
    if (name === "row") {
      // `r` may be left out: the row after the one before.
      const r = Number.parseInt(tag.attributes["r"] ?? "", 10);
      row = { number: Number.isNaN(r) ? lastRow + 1 : r, values: [] };
      lastColumn = 0;
    } else if (name === "c") {
      const column = columnOf(tag.attributes["r"] ?? "");
      const style = Number.parseInt(tag.attributes["s"] ?? "0", 10);
      cell = { column: column > 0 ? column : lastColumn + 1, style: Number.isNaN(style) ? 0 : style, type: tag.attributes["t"] ?? "n" };
      lastColumn = cell.column;
    } else if (cell) {
      if (name === "f") {
        cell.formula = "";
        target = "formula";
      } else if (name === "v") {
        cell.value = "";
        target = "value";
      } else if (name === "is") cell.inline = "";
      else if (name === "rPh") phonetic = true;
      else if (name === "t" && cell.inline !== undefined && !phonetic) target = "inline";
    }
  });
  const text = (content: string) => {
    if (target && cell) cell[target] = (cell[target] ?? "") + content;
  };
  parser.on("text", text);
  parser.on("cdata", text);
  parser.on("closetag", (tag: SaxesTagPlain) => {
    if (!inSheetData) return;
    const name = localName(tag.name);
    if (name === "sheetData") inSheetData = false;
    else if (name === "row" && row) {
      ready.push(row);
      lastRow = row.number;
      row = undefined;
    } else if (name === "c" && cell) {
      const value = cellValue(cell);
      if (row && value !== undefined) row.values[cell.column] = value;
      cell = undefined;
      target = undefined;
    } else if (name === "f" || name === "v" || name === "t") target = undefined;
    else if (name === "rPh") phonetic = false;
  });
  for await (const chunk of chunks) {
    parser.write(chunk);
    yield* ready.splice(0);
  }
  parser.close();
  yield* ready.splice(0);
}
