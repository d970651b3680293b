import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultLimits, type InputItem, readWorkbookSheets } from "@czt/validator";
import { streamWorkbook } from "@czt/validator/node";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../src/read-workbook.js";

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
    const page: InputItem[] = [];
    await readWorkbook(new File([readFileSync(path)], "book.xlsx"), (item) => page.push(item));
    const cli: InputItem[] = [];
    await readWorkbookSheets(streamWorkbook(path), "book.xlsx", defaultLimits, (item) => cli.push(item));
    expect(page).toEqual(cli);
    expect(page).toMatchObject([
      { kind: "record", value: { id: "P-1", monthlyIncome: "0" }, location: { line: 3, recordIndex: 0 } },
      { kind: "error", ruleId: "input.csv-columns", params: { cell: "C5", detail: "formula-without-value" }, location: { line: 5, column: 3, recordIndex: 1 } },
      { kind: "error", ruleId: "input.csv-columns", params: { cell: "B6", detail: "error-value", error: "#N/A" }, location: { line: 6, column: 2, recordIndex: 2 } },
      { kind: "record", value: { id: "P-4", monthlyIncome: "6" }, location: { line: 7, recordIndex: 3 } },
    ]);
  });
});
