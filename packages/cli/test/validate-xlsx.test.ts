import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { runCzt } from "./run-czt.js";

interface Report {
  summary: { records: number; valid: number; invalid: number; byRule: Record<string, number> };
  findings: { ruleId: string; file: string; line: number; column?: number; pointer: string; message: string; params: Record<string, unknown> }[];
}

let dir: string;

async function validate(args: string[]): Promise<{ code: number; report: Report }> {
  const run = await runCzt(["validate", "--format", "json", "--checks", "record", ...args], { cwd: dir });
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "czt-validate-xlsx-"));
  const workbook = new ExcelJS.Workbook();
  // A sheet named after its record type (zh title), Chinese headers, a date cell, a blank row.
  const people = workbook.addWorksheet("人员");
  people.addRow(["记录标识", "公民身份号码", "姓名", "性别", "出生日期", "国籍", "户籍所在地", "户籍.城乡类型", "记录元数据.最后更新时间"]);
  people.addRow(["430100-P-000001", "430124197504180315", "周志强", "男", new Date("1975-04-18T00:00:00Z"), "CHN", "430104", "城镇", "2025-04-02T16:10:00+08:00"]);
  people.addRow([]);
  people.addRow(["430100-P-000002", "430103195409120460", "陈桂兰", "女人", new Date("1954-09-12T00:00:00Z"), "CHN", "430103", "城镇", "2026-10-30T17:45:00+08:00"]);
  // A sheet with a recordType column and field paths; its third row is wrong.
  const mixed = workbook.addWorksheet("export");
  mixed.addRow(["recordType", "id", "idNumber", "name", "sex", "birthDate", "nationality", "meta.lastUpdated"]);
  mixed.addRow(["person", "430100-P-000003", "430103198203050157", "陈小军", "1", "1982-03-05", "CHN", "2026-10-30T17:45:00+08:00"]);
  mixed.addRow(["person", "430100-P-000004", "430103198203050157", "陈小军", "3", "1982-03-05", "CHN", "2026-10-30T17:45:00+08:00"]);
  await workbook.xlsx.writeFile(join(dir, "book.xlsx"));
  // A sheet whose headers are on row 3 (rows 1 and 2 blank), as offices lay them out, with a
  // formula whose result the workbook does not hold (written by a program that computes none).
  const low = new ExcelJS.Workbook();
  const lowPeople = low.addWorksheet("person");
  lowPeople.getRow(3).values = ["id", "idNumber", "name", "sex", "birthDate", "nationality", "meta.lastUpdated"];
  lowPeople.getRow(4).values = ["430100-P-000011", "430103198203050157", "陈小军", "1", "1982-03-05", "CHN", "2026-10-30T17:45:00+08:00"];
  lowPeople.getRow(6).values = ["430100-P-000012", "430103198203050157", { formula: 'C4&"二"' }, "1", "1982-03-05", "CHN", "2026-10-30T17:45:00+08:00"];
  lowPeople.getRow(7).values = ["430100-P-000013", "430103198203050157", "陈小红", "3", "1982-03-05", "CHN", "2026-10-30T17:45:00+08:00"];
  await low.xlsx.writeFile(join(dir, "low-header.xlsx"));
  writeFileSync(join(dir, "not-a-workbook.xlsx"), "recordType,id\n");
  // A folder as an office keeps it: a workbook in a subfolder, a CSV, and the owner file
  // Excel leaves beside an open workbook (not a workbook itself).
  mkdirSync(join(dir, "folder", "2026"), { recursive: true });
  copyFileSync(join(dir, "book.xlsx"), join(dir, "folder", "2026", "book.xlsx"));
  writeFileSync(join(dir, "folder", "2026", "~$book.xlsx"), "\u0006owner\u0000\u0000");
  writeFileSync(
    join(dir, "folder", "people.csv"),
    "recordType,id,idNumber,name,sex,birthDate,nationality,meta.lastUpdated\nperson,430100-P-000005,430103195409120460,陈桂兰,2,1954-09-12,CHN,2026-10-30T17:45:00+08:00\n",
  );
});

describe("czt validate reads .xlsx workbooks", () => {
  it("each sheet like a CSV: record type from the sheet name or a column, located at file#sheet and the row", async () => {
    const { code, report } = await validate(["book.xlsx"]);
    expect(report.findings).toMatchObject([
      { ruleId: "schema.enum", file: "book.xlsx#人员", line: 4, pointer: "/sex" },
      { ruleId: "schema.enum", file: "book.xlsx#export", line: 3, pointer: "/sex" },
    ]);
    expect(report.summary).toMatchObject({ records: 4, valid: 2, invalid: 2 });
    expect(code).toBe(1);
  });

  it("headers below blank rows, a formula without a computed value: each finding at the row and column Excel shows", async () => {
    const { code, report } = await validate(["low-header.xlsx"]);
    expect(report.findings).toMatchObject([
      { ruleId: "input.csv-columns", file: "low-header.xlsx#person", line: 6, column: 3, params: { cell: "C6", detail: "formula-without-value" } },
      { ruleId: "schema.enum", file: "low-header.xlsx#person", line: 7, pointer: "/sex" },
    ]);
    expect(report.findings[0]!.message).toContain("cell C6 holds a formula without a computed value");
    expect(JSON.stringify(report)).not.toContain("[object Object]");
    expect(report.summary).toMatchObject({ records: 3, valid: 1, invalid: 2 });
    expect(code).toBe(1);
  });

  it("a file that is not a workbook: input.unreadable, exit 2", async () => {
    const { code, report } = await validate(["not-a-workbook.xlsx"]);
    expect(report.findings).toMatchObject([{ ruleId: "input.unreadable", file: "not-a-workbook.xlsx" }]);
    expect(report.findings[0]!.message).toContain("cannot be read as an XLSX workbook");
    expect(code).toBe(2);
  });

  it("a directory: its workbooks are read with its other exports, the owner files of open workbooks are not", async () => {
    const { code, report } = await validate(["folder"]);
    expect(report.findings).toMatchObject([
      { ruleId: "schema.enum", file: "folder/2026/book.xlsx#人员", line: 4, pointer: "/sex" },
      { ruleId: "schema.enum", file: "folder/2026/book.xlsx#export", line: 3, pointer: "/sex" },
    ]);
    expect(report.summary).toMatchObject({ records: 5, valid: 3, invalid: 2 });
    expect(code).toBe(1);
  });
});
