import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type WorkbookSheet, workbookRowValues } from "@czt/validator";
import ExcelJS from "exceljs";
import { expect } from "vitest";
import { type MapProblem, mapInputs, parseMapping } from "../../src/index.js";
import { mapFiles } from "../../src/node/index.js";

type Json = Record<string, unknown>;

export const header = `mapping: czt-ss/1
header: { city: "430100", publisher: { creditCode: "11430100006100520E", division: "430100", department: hrss, name: 长沙市人力资源和社会保障局 } }
`;

/** A workbook of one sheet `成员`: the rows at their row numbers, as ExcelJS writes them (a formula without `result` has no cached value), then `shape` (number formats). */
export async function workbook(rows: Record<number, unknown[]>, shape?: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("成员");
  for (const [number, values] of Object.entries(rows)) sheet.getRow(Number(number)).values = values as ExcelJS.CellValue[];
  shape?.(sheet);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** `czt map` on the workbook (streamed from disk), and the page's way (loaded whole by ExcelJS): they must agree. */
export async function map(mappingYaml: string, bytes: Uint8Array) {
  const parsed = parseMapping(mappingYaml);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const directory = mkdtempSync(join(tmpdir(), "czt-map-workbook-"));
  writeFileSync(join(directory, "book.xlsx"), bytes);
  const cli = { records: [] as Json[], problems: [] as MapProblem[] };
  await mapFiles(parsed.mapping, [join(directory, "book.xlsx")], { record: (record) => cli.records.push(record), problem: (problem) => cli.problems.push(problem) });
  const page = { records: [] as Json[], problems: [] as MapProblem[] };
  const input = {
    name: "book.xlsx",
    bytes: () => (async function* () {})(),
    async sheets(): Promise<WorkbookSheet[]> {
      const loaded = new ExcelJS.Workbook();
      await loaded.xlsx.load(bytes.buffer as ArrayBuffer);
      return loaded.worksheets.map((worksheet) => {
        const rows: { number: number; values: unknown[] }[] = [];
        worksheet.eachRow((row, number) => rows.push({ number, values: workbookRowValues(row) }));
        return { name: worksheet.name, rows };
      });
    },
  };
  await mapInputs(parsed.mapping, [input], { record: (record) => page.records.push(record), problem: (problem) => page.problems.push(problem) });
  expect(page).toEqual(cli);
  return cli;
}

