import { recordTypesOf } from "../schema/schema-set.js";
import { standardSchemaSet } from "../schema/standard-schema-set.js";
import type { ChunkReader } from "./chunk-reader.js";
import { createCsvReader } from "./csv-reader.js";
import { HeaderAliases, recordTypeHeaders } from "./header-aliases.js";
import type { InputItem, ReaderLimits } from "./input-item.js";
import { detailParams } from "./json-problems.js";
import type { TextPlatform } from "./text-platform.js";
import { isUnreadableCell, type UnreadableCell, unreadableCellParams, workbookCell } from "./workbook-cell.js";

/** A sheet of a workbook: its name and its rows (ExcelJS values, 1-based), streamed or loaded. */
export interface WorkbookSheet {
  name: string;
  rows: AsyncIterable<{ number: number; values: unknown[] }> | Iterable<{ number: number; values: unknown[] }>;
}

const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

let aliases: HeaderAliases | undefined;

/** The record type a sheet's name gives (`person`, or its zh title `人员`), if it names one. */
function sheetRecordType(name: string): string | undefined {
  aliases ??= new HeaderAliases(standardSchemaSet);
  const type = aliases.recordType(name.trim());
  return (recordTypesOf(standardSchemaSet) as readonly string[]).includes(type) ? type : undefined;
}

/** A row's cells as CSV text, and its first cell with no value to read (see `workbookCell`), if any. */
function rowCells(values: readonly unknown[]): { cells: string[]; unreadable?: { column: number; cell: UnreadableCell } } {
  const cells: string[] = [];
  let unreadable: { column: number; cell: UnreadableCell } | undefined;
  for (let column = 1; column < values.length; column++) {
    const cell = workbookCell(values[column]);
    if (isUnreadableCell(cell)) {
      unreadable ??= { column, cell };
      cells.push("");
    } else cells.push(cell === null ? "" : String(cell));
  }
  return unreadable ? { cells, unreadable } : { cells };
}

/**
 * The sheets of an XLSX workbook read like CSV, one after the other: each sheet is
 * `file#sheet`, its first row that is not blank the headers (field paths or zh titles),
 * each later row a record. Every finding is located at the row's own number in the sheet,
 * the row Excel shows, whatever blank rows precede or separate the rows; blank rows are no
 * records. A sheet without a record type column takes its record type from its name
 * (`person` or `人员`). A row with a cell that holds no value to read (a formula without a
 * computed result, an error value: see `workbookCell`) is `input.csv-columns` at that cell
 * and costs its record; in the header row it costs the sheet. Platform-neutral: the CLI
 * streams the sheets (`@czt/validator/node`), the browser page loads them.
 */
export async function readWorkbookSheets(sheets: AsyncIterable<WorkbookSheet> | Iterable<WorkbookSheet>, display: string, limits: ReaderLimits, emit: (item: InputItem) => void, text?: TextPlatform): Promise<void> {
  const encoder = new TextEncoder();
  for await (const sheet of sheets) {
    const file = `${display}#${sheet.name}`;
    let reader: ChunkReader | undefined;
    let recordType: string | undefined;
    let width = 0;
    // The CSV reader numbers its own lines, and a cell with a line break takes more than one:
    // the rows given to it, by the line each starts on, until it has reported them.
    const rows: { line: number; row: number }[] = [];
    let nextLine = 1;
    const rowAt = (line: number): number => {
      while (rows.length > 1 && rows[1]!.line <= line) rows.shift();
      return rows[0]!.row;
    };
    // The rows lost here (an unreadable cell), each held until the CSV reader, which holds
    // a file's first bytes before it reads them, has reported every row before it.
    const held: InputItem[] = [];
    let recordIndex = 0;
    const send = (item: InputItem, row: number) => {
      const index = item.location.recordIndex < 0 ? item.location.recordIndex : recordIndex++;
      emit({ ...item, location: { ...item.location, line: row, recordIndex: index } });
    };
    const release = (before: number) => {
      while (held.length > 0 && held[0]!.location.line < before) {
        const item = held.shift()!;
        send(item, item.location.line);
      }
    };
    const fromCsv = (item: InputItem) => {
      const row = rowAt(item.location.line);
      release(row);
      send(item, row);
    };
    for await (const row of sheet.rows) {
      const { cells, unreadable } = rowCells(row.values);
      // A blank row — absent, or streamed for its height or style alone — is nothing: no record, no header.
      if (!unreadable && cells.every((cell) => cell.trim() === "")) continue;
      if (!reader) {
        if (unreadable) {
          emit({ kind: "error", ruleId: "input.csv-columns", params: unreadableCellParams(unreadable.cell, row.number, unreadable.column), location: { file, line: row.number, column: unreadable.column, recordIndex: -1 }, lostRecord: false });
          break;
        }
        reader = createCsvReader({
          file,
          // Stryker disable next-line StringLiteral: the line reader reads every encoding but "auto" and "gb18030" as UTF-8
          encoding: "utf-8",
          limits,
          emit: fromCsv,
          ...(text ? { text } : {}),
        });
        if (!cells.some((cell) => recordTypeHeaders.includes(cell.trim()))) recordType = sheetRecordType(sheet.name);
        width = cells.length;
        if (recordType !== undefined) cells.unshift("recordType");
      } else if (unreadable) {
        held.push({ kind: "error", ruleId: "input.csv-columns", params: unreadableCellParams(unreadable.cell, row.number, unreadable.column), location: { file, line: row.number, column: unreadable.column, recordIndex: 0 }, lostRecord: true });
        continue;
      } else {
        // ExcelJS gives a row up to its last cell that is not empty: the empty cells after it are the header's too.
        while (cells.length < width) cells.push("");
        if (recordType !== undefined) cells.unshift(recordType);
      }
      const chunk = `${cells.map(quote).join(",")}\n`;
      rows.push({ line: nextLine, row: row.number });
      for (let at = chunk.indexOf("\n"); at !== -1; at = chunk.indexOf("\n", at + 1)) nextLine++;
      reader.push(encoder.encode(chunk));
      if (reader.done) break;
    }
    if (!reader) continue;
    reader.end();
    // After a refused header the sheet is not read on: its later rows are not reported.
    if (!reader.done) release(Number.POSITIVE_INFINITY);
  }
}

/** The finding for a file that is no readable workbook (not a zip, a part missing …), located at the file. */
export function unreadableWorkbook(display: string, error: unknown): InputItem {
  const reason = error instanceof Error ? error.message : String(error);
  return { kind: "error", ruleId: "input.unreadable", params: detailParams("not-a-workbook", { file: display, reason }), location: { file: display, line: 0, recordIndex: -1 }, lostRecord: false };
}
