import { recordTypesOf } from "../schema/schema-set.js";
import { standardSchemaSet } from "../schema/standard-schema-set.js";
import type { ChunkReader } from "./chunk-reader.js";
import { createCsvReader } from "./csv-reader.js";
import { HeaderAliases, recordTypeHeaders } from "./header-aliases.js";
import type { InputItem, ReaderLimits } from "./input-item.js";
import { detailParams } from "./json-problems.js";
import type { TextPlatform } from "./text-platform.js";
import { workbookCellValue } from "./workbook-cell.js";

/** A sheet of a workbook: its name and its rows (ExcelJS values, 1-based), streamed or loaded. */
export interface WorkbookSheet {
  name: string;
  rows: AsyncIterable<{ number: number; values: unknown[] }> | Iterable<{ number: number; values: unknown[] }>;
}

/** A cell as CSV text (see `workbookCellValue`). */
function cellText(value: unknown): string {
  const cell = workbookCellValue(value);
  return cell === null ? "" : String(cell);
}

const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

let aliases: HeaderAliases | undefined;

/** The record type a sheet's name gives (`person`, or its zh title `人员`), if it names one. */
function sheetRecordType(name: string): string | undefined {
  aliases ??= new HeaderAliases(standardSchemaSet);
  const type = aliases.recordType(name.trim());
  return (recordTypesOf(standardSchemaSet) as readonly string[]).includes(type) ? type : undefined;
}

/**
 * The sheets of an XLSX workbook read like CSV, one after the other: each sheet is
 * `file#sheet`, its first row the headers (field paths or zh titles), each later row a
 * record at the line of its row number. A sheet without a record type column takes its
 * record type from its name (`person` or `人员`). Platform-neutral: the CLI streams the
 * sheets (`@czt/validator/node`), the browser page loads them.
 */
export async function readWorkbookSheets(sheets: AsyncIterable<WorkbookSheet> | Iterable<WorkbookSheet>, display: string, limits: ReaderLimits, emit: (item: InputItem) => void, text?: TextPlatform): Promise<void> {
  const encoder = new TextEncoder();
  for await (const sheet of sheets) {
    let reader: ChunkReader | undefined;
    let headerRow = 0;
    let line = 0;
    let recordType: string | undefined;
    for await (const row of sheet.rows) {
      const cells = row.values.slice(1).map(cellText);
      if (!reader) {
        headerRow = row.number;
        reader = createCsvReader({
          file: `${display}#${sheet.name}`,
          // Stryker disable next-line StringLiteral: the line reader reads every encoding but "auto" and "gb18030" as UTF-8
          encoding: "utf-8",
          limits,
          emit,
          ...(text ? { text } : {}),
        });
        if (!cells.some((cell) => recordTypeHeaders.includes(cell.trim()))) recordType = sheetRecordType(sheet.name);
        if (recordType !== undefined) cells.unshift("recordType");
      } else if (recordType !== undefined) cells.unshift(recordType);
      // Blank rows are absent: empty lines keep each row at its own line.
      // Stryker disable next-line ArithmeticOperator: only the differences between rows count (the header row is padded by nothing either way)
      const target = row.number - headerRow + 1;
      let chunk = "\n".repeat(Math.max(0, target - line - 1));
      line = target;
      chunk += `${cells.map(quote).join(",")}\n`;
      reader.push(encoder.encode(chunk));
      if (reader.done) break;
    }
    reader?.end();
  }
}

/** The finding for a file that is no readable workbook (not a zip, a part missing …), located at the file. */
export function unreadableWorkbook(display: string, error: unknown): InputItem {
  const reason = error instanceof Error ? error.message : String(error);
  return { kind: "error", ruleId: "input.unreadable", params: detailParams("not-a-workbook", { file: display, reason }), location: { file: display, line: 0, recordIndex: -1 }, lostRecord: false };
}
