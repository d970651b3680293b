import { streamWorkbook } from "@czt/validator/node";
import { type CsvEncoding, type CsvRow, csvRows } from "../read/csv-rows.js";
import { type JsonLinesRow, jsonLinesRows } from "../read/jsonl-rows.js";
import { type SheetReader, sheetReaders } from "../read/xlsx-rows.js";
import { fileInput } from "./file-input.js";

/** The rows of a CSV file on disk (see `csvRows`). */
export function readCsvRows(path: string, detected?: (encoding: CsvEncoding) => void): AsyncGenerator<CsvRow> {
  return csvRows(fileInput(path).bytes(), detected);
}

/** The objects of a JSON Lines file on disk (see `jsonLinesRows`). */
export function readJsonLinesRows(path: string): AsyncGenerator<JsonLinesRow> {
  return jsonLinesRows(fileInput(path).bytes());
}

/** The sheets of a workbook on disk, streamed (see `sheetReaders`). */
export function readXlsxSheets(path: string): AsyncGenerator<SheetReader> {
  return sheetReaders(streamWorkbook(path));
}
