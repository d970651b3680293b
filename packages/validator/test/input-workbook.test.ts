import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { columnLetter, defaultLimits, type InputItem, unreadableCellParams, unreadableWorkbook, workbookCell, workbookCellValue, workbookRowValues } from "../src/index.js";
import { readXlsxSource } from "../src/node/read-xlsx.js";
import { readBoth, workbookFile } from "./support/workbooks.js";

const scratch = mkdtempSync(join(tmpdir(), "czt-input-workbook-"));

describe("XLSX sheets read like CSV", () => {
  it("a sheet named after a record type gives its rows that type; each row is a record at its row number, blank rows keeping theirs", async () => {
    const path = await workbookFile(scratch, "named.xlsx", {
      人员: {
        1: ["id", "公民身份号码", "性别", "birthDate", "name"],
        2: ["430100-P-1", "430102199003071234", "男", new Date("1990-03-07T00:00:00Z"), { richText: [{ text: "张" }, { font: { bold: true }, text: "三" }] }],
        4: ["430100-P-2", "430102199003071234", "2", new Date("1990-03-07T08:09:10Z"), 'a "b", c\nd'],
      },
      enrolment: { 1: [" recordType ", "id", "monthlyContributionBase"], 2: ["enrolment", "430100-E-1", { formula: "2*260000", result: 520000 }] },
    });
    const { streamed, loaded } = await readBoth(path);
    const expected = [
      {
        kind: "record",
        value: { recordType: "person", id: "430100-P-1", idNumber: "430102199003071234", sex: "1", birthDate: "1990-03-07", name: "张三" },
        location: { file: "book.xlsx#人员", line: 2, recordIndex: 0 },
      },
      {
        kind: "record",
        value: { recordType: "person", id: "430100-P-2", idNumber: "430102199003071234", sex: "2", birthDate: "1990-03-07T08:09:10", name: 'a "b", c\nd' },
        location: { file: "book.xlsx#人员", line: 4, recordIndex: 1 },
      },
      { kind: "record", value: { recordType: "enrolment", id: "430100-E-1", monthlyContributionBase: 520000 }, location: { file: "book.xlsx#enrolment", line: 2, recordIndex: 0 } },
    ];
    expect(streamed).toEqual(expected);
    expect(loaded).toEqual(expected);
  });

  it("a sheet with neither a record type column nor a record type's name is refused at its header; the next sheet is still read", async () => {
    const path = await workbookFile(scratch, "unnamed.xlsx", { 说明: { 1: ["id", "name"], 2: ["1", "x"] }, person: { 1: ["id"], 2: ["430100-P-1"] } });
    const { streamed, loaded } = await readBoth(path);
    for (const items of [streamed, loaded]) {
      expect(items).toEqual([
        expect.objectContaining({ ruleId: "input.csv-columns", params: expect.objectContaining({ detail: "no-record-type-column" }), location: { file: "book.xlsx#说明", line: 1, recordIndex: -1 } }),
        { kind: "record", value: { recordType: "person", id: "430100-P-1" }, location: { file: "book.xlsx#person", line: 2, recordIndex: 0 } },
      ]);
    }
  });

  it("a record type column wins over the sheet's name; a row with the wrong cell count is located at its row", async () => {
    const path = await workbookFile(scratch, "typed.xlsx", { 人员: { 1: ["记录类型", "id"], 2: ["enrolment", "E-1"], 3: ["person", "P-1", "extra"] } });
    const { streamed } = await readBoth(path);
    expect(streamed).toEqual([
      { kind: "record", value: { recordType: "enrolment", id: "E-1" }, location: { file: "book.xlsx#人员", line: 2, recordIndex: 0 } },
      expect.objectContaining({ ruleId: "input.csv-columns", params: expect.objectContaining({ cells: 3, columns: 2 }), location: { file: "book.xlsx#人员", line: 3, recordIndex: 1 } }),
    ]);
  });

  it("a sheet whose header is refused is not read on", async () => {
    const rows: Record<number, unknown[]> = { 1: ["recordType", "id", "id"] };
    for (let n = 2; n < 50; n++) rows[n] = ["person", `P-${n}`, "x"];
    const { streamed } = await readBoth(await workbookFile(scratch, "refused.xlsx", { person: rows }));
    expect(streamed).toMatchObject([{ ruleId: "input.duplicate-name", location: { file: "book.xlsx#person", line: 1 } }]);
  });

  it("a cell over --max-line-bytes costs its row only", async () => {
    const path = await workbookFile(scratch, "long.xlsx", { person: { 1: ["id", "name"], 2: ["P-1", "x".repeat(200)], 3: ["P-2", "y"] } });
    const { streamed } = await readBoth(path, { ...defaultLimits, maxRecordBytes: 100 });
    expect(streamed).toEqual([
      { kind: "error", ruleId: "input.line-too-long", params: { limit: 100 }, location: { file: "book.xlsx#person", line: 2, recordIndex: 0 }, lostRecord: true },
      { kind: "record", value: { recordType: "person", id: "P-2", name: "y" }, location: { file: "book.xlsx#person", line: 3, recordIndex: 1 } },
    ]);
  });

  it("a file that is no workbook is one input.unreadable finding at the file, with the reason", async () => {
    const path = join(scratch, "not-a-workbook.xlsx");
    writeFileSync(path, "recordType,id\nperson,1\n");
    const items: InputItem[] = [];
    await readXlsxSource(path, "not-a-workbook.xlsx", defaultLimits, (item) => items.push(item));
    expect(items).toEqual([
      {
        kind: "error",
        ruleId: "input.unreadable",
        params: expect.objectContaining({ file: "not-a-workbook.xlsx", detail: "not-a-workbook", reason: expect.any(String) }),
        location: { file: "not-a-workbook.xlsx", line: 0, recordIndex: -1 },
        lostRecord: false,
      },
    ]);
    expect(unreadableWorkbook("b.xlsx", new Error("end of central directory not found"))).toEqual({
      kind: "error",
      ruleId: "input.unreadable",
      params: {
        file: "b.xlsx",
        reason: "end of central directory not found",
        detail: "not-a-workbook",
        "detail.zh": "b.xlsx：无法作为 XLSX 工作簿读取（end of central directory not found）",
        "detail.en": "b.xlsx: cannot be read as an XLSX workbook (end of central directory not found)",
      },
      location: { file: "b.xlsx", line: 0, recordIndex: -1 },
      lostRecord: false,
    });
    expect(unreadableWorkbook("b.xlsx", "no zip")).toMatchObject({ params: { reason: "no zip" } });
  });
});

describe("workbook cell values", () => {
  it("as ExcelJS gives them: text, numbers, booleans, dates (with their time when they have one), formulas, rich text, links, errors", () => {
    expect(workbookCellValue(null)).toBeNull();
    expect(workbookCellValue(undefined)).toBeNull();
    expect(workbookCellValue("007")).toBe("007");
    expect(workbookCellValue(0)).toBe(0);
    expect(workbookCellValue(false)).toBe(false);
    expect(workbookCellValue(new Date("2024-01-09T00:00:00Z"))).toBe("2024-01-09");
    expect(workbookCellValue(new Date("2024-12-31T23:59:59Z"))).toBe("2024-12-31T23:59:59");
    expect(workbookCellValue(new Date("2024-01-09T00:00:01Z"))).toBe("2024-01-09T00:00:01");
    expect(workbookCellValue(new Date("2024-01-09T00:01:00Z"))).toBe("2024-01-09T00:01:00");
    expect(workbookCellValue(new Date("2024-01-09T01:00:00Z"))).toBe("2024-01-09T01:00:00");
    expect(workbookCellValue({ formula: "A1", result: new Date("2024-02-03T00:00:00Z") })).toBe("2024-02-03");
    expect(workbookCellValue({ sharedFormula: "A1", result: "x" })).toBe("x");
    expect(workbookCellValue({ richText: [{ text: "张" }, { text: "三" }] })).toBe("张三");
    expect(workbookCellValue({ text: "李四", hyperlink: "mailto:x@example.org" })).toBe("李四");
    expect(workbookCellValue({ text: { richText: [{ text: "a" }, { text: "b" }] }, hyperlink: "#A1" })).toBe("ab");
    expect(workbookCellValue({ error: "#N/A" })).toBeNull();
    expect(workbookCellValue({ formula: "1/0", result: { error: "#DIV/0!" } })).toBeNull();
    expect(workbookCellValue({ formula: "A1" })).toBeNull();
  });

  it("a cell with no value to read says why: a formula without a computed result (or an error result), an error cell, anything else", () => {
    const uncomputed = { unreadable: "formula-without-value" };
    expect(workbookCell({ formula: "A1*2" })).toEqual(uncomputed);
    expect(workbookCell({ sharedFormula: "B2" })).toEqual(uncomputed);
    expect(workbookCell({ formula: "A1*2", result: Number.NaN })).toEqual(uncomputed);
    expect(workbookCell({ formula: "1/0", result: { error: "#DIV/0!" } })).toEqual(uncomputed);
    expect(workbookCell({ formula: "1-1", result: 0 })).toBe(0);
    expect(workbookCell({ formula: "1=0", result: false })).toBe(false);
    expect(workbookCell({ formula: '""', result: "" })).toBe("");
    expect(workbookCell({ sharedFormula: "B2", result: 3 })).toBe(3);
    expect(workbookCell({ error: "#REF!" })).toEqual({ unreadable: "error-value", error: "#REF!" });
    expect(workbookCell({ text: { error: "#N/A" }, hyperlink: "#A1" })).toEqual({ unreadable: "error-value", error: "#N/A" });
    expect(workbookCell({ richText: [{ text: "a" }, {}] })).toBe("a");
    for (const other of [{ sharedString: 3 }, Number.NaN, new Date(Number.NaN), Symbol("x")]) expect(workbookCell(other)).toEqual({ unreadable: "unknown-value" });
    expect(unreadableCellParams({ unreadable: "unknown-value" }, 7, 28)).toMatchObject({ cell: "AB7", detail: "unknown-value", "detail.en": "cell AB7 holds neither text, a number, a date nor a boolean" });
    expect(unreadableCellParams({ unreadable: "error-value", error: "#N/A" }, 2, 1)).toMatchObject({ cell: "A2", error: "#N/A", "detail.zh": "单元格 A2 是错误值 #N/A" });
    expect([1, 26, 27, 52, 702, 703].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "ZZ", "AAA"]);
  });

  it("a row's values keep a formula's cached result that ExcelJS's value drops (0, false, empty text, NaN)", () => {
    const row = (cells: { value: unknown; result?: unknown }[]) => ({
      eachCell: (callback: (cell: { value: unknown; result?: unknown }, column: number) => void) => {
        for (const [i, cell] of cells.entries()) callback(cell, i + 2);
      },
    });
    expect(workbookRowValues(row([{ value: { formula: "1-1" }, result: 0 }, { value: "x" }, { value: { formula: "A1" } }, { value: { formula: "B1", result: 5 }, result: 5 }]))).toEqual([
      undefined,
      undefined,
      { formula: "1-1", result: 0 },
      "x",
      { formula: "A1" },
      { formula: "B1", result: 5 },
    ]);
  });
});
