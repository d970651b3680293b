import type { ChunkReader } from "../input/chunk-reader.js";
import { createCsvReader } from "../input/csv-reader.js";
import { HeaderAliases, recordTypeHeaders } from "../input/header-aliases.js";
import type { InputItem, ReaderLimits } from "../input/input-item.js";
import { detailParams } from "../input/json-problems.js";
import { recordTypesOf } from "../schema/schema-set.js";
import { standardSchemaSet } from "../schema/standard-schema-set.js";
import { streamWorkbook } from "./open-workbook.js";
import { nodeText } from "./text-platform.js";

const pad = (n: number) => String(n).padStart(2, "0");

/** A cell as CSV text: a formula's cached result, rich text's plain text, a date cell's ISO date (with its time when it has one). */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const time = [value.getUTCHours(), value.getUTCMinutes(), value.getUTCSeconds()];
    return time.every((part) => part === 0) ? date : `${date}T${time.map(pad).join(":")}`;
  }
  if (typeof value === "object") {
    const object = value as Record<string, unknown>;
    if ("result" in object) return cellText(object["result"]);
    if (Array.isArray(object["richText"])) return (object["richText"] as { text: string }[]).map((run) => run.text).join("");
    if ("text" in object) return cellText(object["text"]);
    if ("error" in object) return "";
  }
  return String(value);
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
 * An XLSX workbook read like CSV, sheet by sheet (ExcelJS's streaming reader: rows are never
 * all held): each sheet is `file#sheet`, its first row the headers (field paths or zh titles),
 * each later row a record at the line of its row number. A sheet without a record type
 * column takes its record type from its name (`person` or `人员`).
 */
export async function readXlsxSource(path: string, display: string, limits: ReaderLimits, emit: (item: InputItem) => void): Promise<void> {
  const encoder = new TextEncoder();
  try {
    for await (const sheet of streamWorkbook(path)) {
      let reader: ChunkReader | undefined;
      let headerRow = 0;
      let line = 0;
      let recordType: string | undefined;
      for await (const row of sheet.rows) {
        const cells = row.values.slice(1).map(cellText);
        if (!reader) {
          headerRow = row.number;
          reader = createCsvReader({ file: `${display}#${sheet.name}`, encoding: "utf-8", limits, emit, text: nodeText });
          if (!cells.some((cell) => recordTypeHeaders.includes(cell.trim()))) recordType = sheetRecordType(sheet.name);
          if (recordType !== undefined) cells.unshift("recordType");
        } else if (recordType !== undefined) cells.unshift(recordType);
        // Blank rows are absent from the stream: empty lines keep each row at its own line.
        const target = row.number - headerRow + 1;
        let text = "\n".repeat(Math.max(0, target - line - 1));
        line = target;
        text += `${cells.map(quote).join(",")}\n`;
        reader.push(encoder.encode(text));
        if (reader.done) break;
      }
      reader?.end();
    }
  } catch (error) {
    emit({ kind: "error", ruleId: "input.unreadable", params: detailParams("not-a-workbook", { file: display, reason: (error as Error).message }), location: { file: display, line: 0, recordIndex: -1 }, lostRecord: false });
  }
}
