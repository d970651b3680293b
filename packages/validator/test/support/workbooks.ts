import { join } from "node:path";
import ExcelJS from "exceljs";
import { defaultLimits, type InputItem, readWorkbookSheets, type WorkbookSheet, workbookRowValues } from "../../src/index.js";
import { streamWorkbook } from "../../src/node/index.js";

/** A workbook written by ExcelJS into `directory`: each sheet's rows at the given row numbers. */
export async function workbookFile(directory: string, name: string, sheets: Record<string, Record<number, unknown[]>>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(sheetName);
    for (const [number, values] of Object.entries(rows)) sheet.getRow(Number(number)).values = values as ExcelJS.CellValue[];
  }
  const path = join(directory, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

/**
 * Cell text as Excel stores it in the workbook's XML: a carriage return as `_x000D_` (an XML
 * reader turns a raw one into a line feed), a literal `_xHHHH_` with its underscore escaped.
 * ExcelJS writes the text it is given as it is: a cell given this text is the one Excel writes.
 */
export const excelStoredText = (text: string) => text.replace(/_x[0-9A-F]{4}_/g, "_x005F$&").replaceAll("\r", "_x000D_");

/** The sheets as the page gives them: the workbook loaded whole by ExcelJS (web/src/read-workbook.ts). */
export async function loadedSheets(path: string): Promise<WorkbookSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((worksheet) => {
    const rows: { number: number; values: unknown[] }[] = [];
    worksheet.eachRow((row, number) => rows.push({ number, values: workbookRowValues(row) }));
    return { name: worksheet.name, rows };
  });
}

/** What the CLI (streamed) and the page (loaded whole) read from the workbook at `path`. */
export async function readBoth(path: string, limits = defaultLimits): Promise<{ streamed: InputItem[]; loaded: InputItem[] }> {
  const streamed: InputItem[] = [];
  await readWorkbookSheets(streamWorkbook(path), "book.xlsx", limits, (item) => streamed.push(item));
  const loaded: InputItem[] = [];
  await readWorkbookSheets(await loadedSheets(path), "book.xlsx", limits, (item) => loaded.push(item));
  return { streamed, loaded };
}
