import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { defaultLimits, type InputItem, readWorkbookSheets, type WorkbookSheet } from "../src/index.js";
import { streamWorkbook } from "../src/node/index.js";

const scratch = mkdtempSync(join(tmpdir(), "czt-input-workbook-cells-"));

/** A workbook written by ExcelJS: each sheet's rows at the given row numbers. */
async function workbookFile(name: string, sheets: Record<string, Record<number, unknown[]>>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(sheetName);
    for (const [number, values] of Object.entries(rows)) sheet.getRow(Number(number)).values = values as ExcelJS.CellValue[];
  }
  const path = join(scratch, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** The sheets as the page gives them: the workbook loaded whole by ExcelJS. */
async function loadedSheets(path: string): Promise<WorkbookSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((worksheet) => {
    const rows: { number: number; values: unknown[] }[] = [];
    worksheet.eachRow((row, number) => rows.push({ number, values: row.values as unknown[] }));
    return { name: worksheet.name, rows };
  });
}

/** What the CLI (streamed) and the page (loaded) read from the workbook; they must agree. */
async function read(path: string): Promise<InputItem[]> {
  const streamed: InputItem[] = [];
  await readWorkbookSheets(streamWorkbook(path), "book.xlsx", defaultLimits, (item) => streamed.push(item));
  const loaded: InputItem[] = [];
  await readWorkbookSheets(await loadedSheets(path), "book.xlsx", defaultLimits, (item) => loaded.push(item));
  expect(loaded).toEqual(streamed);
  return streamed;
}

describe("XLSX cells", () => {
  it("a cell of a comma, a quote or a line break alone keeps its text", async () => {
    const path = await workbookFile("marks.xlsx", { person: { 1: ["id", "name", "note"], 2: ["p1", ",", '"'], 3: ["p2", "a\nb", 'say "hi", then'] } });
    expect(await read(path)).toEqual([
      { kind: "record", value: { recordType: "person", id: "p1", name: ",", note: '"' }, location: { file: "book.xlsx#person", line: 2, recordIndex: 0 } },
      { kind: "record", value: { recordType: "person", id: "p2", name: "a\nb", note: 'say "hi", then' }, location: { file: "book.xlsx#person", line: 3, recordIndex: 1 } },
    ]);
  });

  it("an error cell (#N/A) is empty, as an absent value", async () => {
    const path = await workbookFile("errors.xlsx", { person: { 1: ["id", "name"], 2: ["p1", { error: "#N/A" }] } });
    expect(await read(path)).toEqual([{ kind: "record", value: { recordType: "person", id: "p1" }, location: { file: "book.xlsx#person", line: 2, recordIndex: 0 } }]);
  });

  it("a sheet's name names its record type with spaces around it too; a sheet without rows gives nothing", async () => {
    const path = await workbookFile("names.xlsx", { 空白: {}, " 人员 ": { 1: ["id"], 2: ["p1"] } });
    expect(await read(path)).toEqual([{ kind: "record", value: { recordType: "person", id: "p1" }, location: { file: "book.xlsx# 人员 ", line: 2, recordIndex: 0 } }]);
  });
});
