import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultLimits, type InputItem, readWorkbookSheets } from "@czt/validator";
import { streamWorkbook } from "@czt/validator/node";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../src/read-workbook.js";

/** What the page and `czt validate` read from the workbook at `path`: they must agree. */
async function readBoth(path: string): Promise<InputItem[]> {
  const page: InputItem[] = [];
  await readWorkbook(new File([readFileSync(path)], "book.xlsx"), (item) => page.push(item));
  const cli: InputItem[] = [];
  await readWorkbookSheets(streamWorkbook(path), "book.xlsx", defaultLimits, (item) => cli.push(item));
  expect(page).toEqual(cli);
  return page;
}

// The page's reading of a workbook (loaded whole by ExcelJS, then `readWorkbookSheets`), in Node:
// no browser needed to hold it to what `czt validate` reads from the same file.
describe("the page reads a workbook as czt validate does", () => {
  it("headers below blank rows, formulas with and without a computed value: the same records and findings, at the rows Excel shows", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("person");
    sheet.getRow(2).values = ["id", "name", "monthlyIncome"];
    sheet.getRow(3).values = ["P-1", "张三", { formula: "1-1", result: 0 }];
    sheet.getRow(5).values = ["P-2", "李四", { formula: "C3*2" }];
    sheet.getRow(6).values = ["P-3", { error: "#N/A" }, 1];
    sheet.getRow(7).values = ["P-4", "王五", { formula: "2*3", result: 6 }];
    const path = join(mkdtempSync(join(tmpdir(), "czt-web-read-workbook-")), "book.xlsx");
    await workbook.xlsx.writeFile(path);
    expect(await readBoth(path)).toMatchObject([
      { kind: "record", value: { id: "P-1", monthlyIncome: "0" }, location: { line: 3, recordIndex: 0 } },
      { kind: "error", ruleId: "input.csv-columns", params: { cell: "C5", detail: "formula-without-value" }, location: { line: 5, column: 3, recordIndex: 1 } },
      { kind: "error", ruleId: "input.csv-columns", params: { cell: "B6", detail: "error-value", error: "#N/A" }, location: { line: 6, column: 2, recordIndex: 2 } },
      { kind: "record", value: { id: "P-4", monthlyIncome: "6" }, location: { line: 7, recordIndex: 3 } },
    ]);
  });

  it("a formula's boolean or date result as the plain cell of the same value; a carriage return, stored as Excel stores it (_x000D_), kept", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("consent");
    sheet.getRow(1).values = ["id", "revoked", "validFrom", "note"];
    sheet.getRow(2).values = ["C-1", true, new Date("2024-01-09T00:00:00Z"), "a_x000D_\nb"];
    sheet.getRow(3).values = ["C-2", { formula: "1=1", result: true }, { formula: "DATE(2024,1,9)", result: new Date("2024-01-09T00:00:00Z") }, { formula: "D2", result: "a_x000D_\nb" }];
    for (const row of [2, 3]) sheet.getCell(`C${row}`).numFmt = "yyyy-mm-dd";
    const path = join(mkdtempSync(join(tmpdir(), "czt-web-read-workbook-")), "book.xlsx");
    await workbook.xlsx.writeFile(path);
    expect((await readBoth(path)).map((item) => (item.kind === "record" ? item.value : item))).toEqual([
      { recordType: "consent", id: "C-1", revoked: true, validFrom: "2024-01-09", note: "a\r\nb" },
      { recordType: "consent", id: "C-2", revoked: true, validFrom: "2024-01-09", note: "a\r\nb" },
    ]);
  });
});
