import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { defaultLimits, type InputItem } from "../src/index.js";
import { readXlsxSource } from "../src/node/read-xlsx.js";
import { readBoth, workbookFile } from "./support/workbooks.js";

const scratch = mkdtempSync(join(tmpdir(), "czt-input-workbook-rows-"));

/** What the CLI reads (`readXlsxSource`, streamed) from the workbook; the page (loaded whole) must read the same. */
async function read(path: string): Promise<InputItem[]> {
  const cli: InputItem[] = [];
  await readXlsxSource(path, "book.xlsx", defaultLimits, (item) => cli.push(item));
  const { streamed, loaded } = await readBoth(path);
  expect(streamed).toEqual(cli);
  expect(loaded).toEqual(cli);
  return cli;
}

const where = (items: InputItem[]) => items.map((item) => ({ kind: item.kind, ...(item.kind === "error" ? { ruleId: item.ruleId } : {}), line: item.location.line, recordIndex: item.location.recordIndex }));

describe("XLSX rows keep their worksheet row numbers", () => {
  it("a header below blank rows: each record and finding at its own row, as Excel shows it", async () => {
    const path = await workbookFile(scratch, "low-header.xlsx", {
      person: { 3: ["id", "name", "sex"], 4: ["P-1", "张三", "1"], 6: ["P-2", "李四", "女人"], 7: ["P-3", "王五", "2", "extra"], 9: ["P-4", "赵六", "1"] },
    });
    expect(where(await read(path))).toEqual([
      { kind: "record", line: 4, recordIndex: 0 },
      { kind: "record", line: 6, recordIndex: 1 },
      { kind: "error", ruleId: "input.csv-columns", line: 7, recordIndex: 2 },
      { kind: "record", line: 9, recordIndex: 3 },
    ]);
  });

  it("a refused header below blank rows is reported at its row", async () => {
    const path = await workbookFile(scratch, "low-refused.xlsx", { person: { 5: ["recordType", "id", "id"], 6: ["person", "P-1", "x"] } });
    expect(await read(path)).toMatchObject([{ ruleId: "input.duplicate-name", location: { file: "book.xlsx#person", line: 5 } }]);
  });

  it("a cell with line breaks (Alt+Enter) does not move the rows after it", async () => {
    const path = await workbookFile(scratch, "breaks.xlsx", { person: { 2: ["id", "name"], 3: ["P-1", "湖南省\n长沙市\n芙蓉区"], 4: ["P-2", "x"], 6: ["P-3", "y"] } });
    const items = await read(path);
    expect(where(items)).toEqual([
      { kind: "record", line: 3, recordIndex: 0 },
      { kind: "record", line: 4, recordIndex: 1 },
      { kind: "record", line: 6, recordIndex: 2 },
    ]);
    expect(items[0]).toMatchObject({ value: { name: "湖南省\n长沙市\n芙蓉区" } });
  });

  it("rows with nothing but empty text, a height or a style are blank: no header, no record", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("person");
    sheet.getRow(1).values = ["", " "];
    sheet.getRow(2).height = 30;
    sheet.getRow(2).getCell(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    sheet.getRow(3).values = ["id", "name"];
    sheet.getRow(4).values = ["P-1", "x"];
    sheet.getRow(5).height = 30;
    sheet.getRow(5).getCell(2).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    sheet.getRow(6).values = ["", ""];
    sheet.getRow(7).values = ["P-2", "y"];
    const path = join(scratch, "styled-blank.xlsx");
    await workbook.xlsx.writeFile(path);
    expect(await read(path)).toEqual([
      { kind: "record", value: { recordType: "person", id: "P-1", name: "x" }, location: { file: "book.xlsx#person", line: 4, recordIndex: 0 } },
      { kind: "record", value: { recordType: "person", id: "P-2", name: "y" }, location: { file: "book.xlsx#person", line: 7, recordIndex: 1 } },
    ]);
  });

  it("a row whose last cells are empty has the header's columns", async () => {
    const path = await workbookFile(scratch, "short-rows.xlsx", { person: { 1: ["id", "name", "note"], 2: ["P-1"], 3: ["P-2", "x"] } });
    expect(await read(path)).toEqual([
      { kind: "record", value: { recordType: "person", id: "P-1" }, location: { file: "book.xlsx#person", line: 2, recordIndex: 0 } },
      { kind: "record", value: { recordType: "person", id: "P-2", name: "x" }, location: { file: "book.xlsx#person", line: 3, recordIndex: 1 } },
    ]);
  });
});

describe("XLSX formula cells", () => {
  it("a formula without a computed value is input.csv-columns at its cell and costs its row, never [object Object]", async () => {
    const path = await workbookFile(scratch, "uncomputed.xlsx", {
      person: { 2: ["id", "name", "monthlyIncome"], 3: ["P-1", "a", 1], 5: ["P-2", "b", { formula: "C3*2" }], 6: ["P-3", "c", 3] },
    });
    const items = await read(path);
    expect(items).toEqual([
      { kind: "record", value: { recordType: "person", id: "P-1", name: "a", monthlyIncome: "1" }, location: { file: "book.xlsx#person", line: 3, recordIndex: 0 } },
      {
        kind: "error",
        ruleId: "input.csv-columns",
        params: {
          cell: "C5",
          detail: "formula-without-value",
          "detail.zh": "单元格 C5 是公式，但没有可读取的计算结果：工作簿由不计算公式的程序写出（在 Excel 或 WPS 中打开并保存），或公式的结果是错误值（如 #N/A）",
          "detail.en": "cell C5 holds a formula without a computed value to read: the workbook was written by a program that does not compute formulas (open and save it in Excel or WPS), or the formula's result is an error value (such as #N/A)",
        },
        location: { file: "book.xlsx#person", line: 5, column: 3, recordIndex: 1 },
        lostRecord: true,
      },
      { kind: "record", value: { recordType: "person", id: "P-3", name: "c", monthlyIncome: "3" }, location: { file: "book.xlsx#person", line: 6, recordIndex: 2 } },
    ]);
    expect(JSON.stringify(items)).not.toContain("[object Object]");
  });

  it("formulas with a cached result read it, even 0; shared formulas too", async () => {
    const path = await workbookFile(scratch, "computed.xlsx", {
      person: {
        1: ["id", "a", "b"],
        2: ["P-1", { formula: "1-1", result: 0 }, { formula: '"x"&"y"', result: "xy" }],
        3: ["P-2", { formula: "2*3", result: 6, shareType: "shared", ref: "B3:B4" }, ""],
        4: ["P-3", { sharedFormula: "B3", result: 8 }, ""],
      },
    });
    expect((await read(path)).map((item) => (item.kind === "record" ? item.value : item))).toEqual([
      { recordType: "person", id: "P-1", a: "0", b: "xy" },
      { recordType: "person", id: "P-2", a: "6" },
      { recordType: "person", id: "P-3", a: "8" },
    ]);
  });

  it("the CLI reads a formula's empty text result as an empty cell (the page's ExcelJS cannot tell it from no result)", async () => {
    const path = await workbookFile(scratch, "empty-result.xlsx", { person: { 1: ["id", "a", "b"], 2: ["P-1", { formula: '""', result: "" }, "x"] } });
    const cli: InputItem[] = [];
    await readXlsxSource(path, "book.xlsx", defaultLimits, (item) => cli.push(item));
    expect(cli).toEqual([{ kind: "record", value: { recordType: "person", id: "P-1", b: "x" }, location: { file: "book.xlsx#person", line: 2, recordIndex: 0 } }]);
    const { loaded } = await readBoth(path);
    expect(loaded).toMatchObject([{ ruleId: "input.csv-columns", params: { cell: "B2", detail: "formula-without-value" } }]);
  });

  it("a shared formula without a computed value is reported like any formula", async () => {
    const path = await workbookFile(scratch, "shared-uncomputed.xlsx", {
      person: { 1: ["id", "a"], 2: ["P-1", { formula: "1+1", shareType: "shared", ref: "B2:B3" }], 3: ["P-2", { sharedFormula: "B2" }] },
    });
    expect(await read(path)).toMatchObject([
      { ruleId: "input.csv-columns", params: { detail: "formula-without-value", cell: "B2" }, location: { line: 2, column: 2, recordIndex: 0 } },
      { ruleId: "input.csv-columns", params: { detail: "formula-without-value", cell: "B3" }, location: { line: 3, column: 2, recordIndex: 1 } },
    ]);
  });

  it("an error cell and a formula whose result is an error are input.csv-columns at their cell, never an empty or NaN value", async () => {
    const path = await workbookFile(scratch, "errors.xlsx", {
      person: { 1: ["id", "name", "note"], 2: ["P-1", { error: "#N/A" }, "x"], 3: ["P-2", "b", { formula: "1/0", result: { error: "#DIV/0!" } }], 4: ["P-3", "c", "z"] },
    });
    const items = await read(path);
    expect(items).toEqual([
      {
        kind: "error",
        ruleId: "input.csv-columns",
        params: { cell: "B2", error: "#N/A", detail: "error-value", "detail.zh": "单元格 B2 是错误值 #N/A", "detail.en": "cell B2 holds the error value #N/A" },
        location: { file: "book.xlsx#person", line: 2, column: 2, recordIndex: 0 },
        lostRecord: true,
      },
      expect.objectContaining({ ruleId: "input.csv-columns", params: expect.objectContaining({ cell: "C3", detail: "formula-without-value" }), location: { file: "book.xlsx#person", line: 3, column: 3, recordIndex: 1 }, lostRecord: true }),
      { kind: "record", value: { recordType: "person", id: "P-3", name: "c", note: "z" }, location: { file: "book.xlsx#person", line: 4, recordIndex: 2 } },
    ]);
    expect(JSON.stringify(items)).not.toMatch(/NaN|\[object Object\]/);
  });

  it("a formula without a computed value in the header row costs the sheet; the next sheet is still read", async () => {
    const path = await workbookFile(scratch, "header-formula.xlsx", {
      person: { 2: ["id", { formula: '"na"&"me"' }], 3: ["P-1", "x"] },
      enrolment: { 1: ["id"], 2: ["E-1"] },
    });
    expect(await read(path)).toEqual([
      expect.objectContaining({ ruleId: "input.csv-columns", params: expect.objectContaining({ cell: "B2", detail: "formula-without-value" }), location: { file: "book.xlsx#person", line: 2, column: 2, recordIndex: -1 }, lostRecord: false }),
      { kind: "record", value: { recordType: "enrolment", id: "E-1" }, location: { file: "book.xlsx#enrolment", line: 2, recordIndex: 0 } },
    ]);
  });

  it("rows lost to an unreadable cell come in row order among the rest, however many rows the reader holds before reading", async () => {
    const rows: Record<number, unknown[]> = { 1: ["id", "note"] };
    for (let n = 2; n <= 400; n++) rows[n] = [`P-${n}`, n % 7 === 0 ? { formula: `A${n}` } : `note ${n}`];
    const items = await read(await workbookFile(scratch, "many.xlsx", { person: rows }));
    expect(items.map((item) => item.location.line)).toEqual(Array.from({ length: 399 }, (_, i) => i + 2));
    expect(items.map((item) => item.location.recordIndex)).toEqual(Array.from({ length: 399 }, (_, i) => i));
    expect(items.filter((item) => item.kind === "error").map((item) => item.location.line)).toEqual(Array.from({ length: 57 }, (_, i) => 7 * (i + 1)));
  });

  it("rows lost to an unreadable cell after a refused header are not reported", async () => {
    const path = await workbookFile(scratch, "refused-then-formula.xlsx", { person: { 1: ["recordType", "id", "id"], 2: ["person", "P-1", { formula: "A1" }] } });
    expect(await read(path)).toMatchObject([{ ruleId: "input.duplicate-name", location: { line: 1 } }]);
  });
});
