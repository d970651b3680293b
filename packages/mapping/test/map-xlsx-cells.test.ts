import { describe, expect, it } from "vitest";
import { header, map, workbook } from "./support/map-workbook.js";

const members = `${header}sources:
  - name: members
    file: book.xlsx
    headerRow: 3
    records:
      - recordType: person
        id: { column: 个人编号, transform: [{ prefix: "430100-P-" }] }
        fields:
          household.householdId: { column: 户编号, fillDown: true }
          name: { column: 姓名 }
          contact.address: { column: 补助（元）, transform: [yuanToFen, text] }
`;

describe("czt map reads XLSX formula cells", () => {
  it("a formula without a computed value where the mapping reads it: map.unreadable-cell at its cell, the value costs itself, never [object Object]", async () => {
    const bytes = await workbook({
      1: ["2026 年低保成员名单"],
      3: ["户编号", "个人编号", "姓名", "补助（元）", "备注"],
      4: ["H1", "000001", "张三", { formula: "ROUND(12.3,2)", result: 12.3 }, { formula: "A1" }],
      5: ["H1", "000002", "李四", { formula: "D4*2" }, "x"],
      6: ["H2", "000003", "王五", { formula: "D4-D4", result: 0 }, "y"],
    });
    const { records, problems } = await map(members, bytes);
    expect(records).toEqual([
      { recordType: "person", id: "430100-P-000001", household: { householdId: "H1" }, name: "张三", contact: { address: "1230" } },
      { recordType: "person", id: "430100-P-000002", household: { householdId: "H1" }, name: "李四" },
      { recordType: "person", id: "430100-P-000003", household: { householdId: "H2" }, name: "王五", contact: { address: "0" } },
    ]);
    // The 备注 column's formula (E4) is read by no field: no problem.
    expect(problems).toEqual([
      {
        code: "map.unreadable-cell",
        severity: "error",
        location: { file: "book.xlsx", sheet: "成员", row: 5, column: 4, header: "补助（元）" },
        field: "contact.address",
        recordType: "person",
        message: {
          zh: "单元格 D5 是公式，但没有可读取的计算结果：工作簿由不计算公式的程序写出（在 Excel 或 WPS 中打开并保存），或公式的结果是错误值（如 #N/A）",
          en: "cell D5 holds a formula without a computed value to read: the workbook was written by a program that does not compute formulas (open and save it in Excel or WPS), or the formula's result is an error value (such as #N/A)",
        },
      },
    ]);
    expect(JSON.stringify(records)).not.toContain("[object Object]");
  });

  it("an error cell in a record id: the row is not written; a filled-down column does not fill an unreadable cell from above", async () => {
    const bytes = await workbook({
      3: ["户编号", "个人编号", "姓名", "补助（元）"],
      4: ["H1", "000001", "张三", 1],
      5: [{ error: "#REF!" }, "000002", "李四", 2],
      6: ["H2", { error: "#N/A" }, "王五", 3],
    });
    const { records, problems } = await map(members, bytes);
    expect(records).toEqual([
      { recordType: "person", id: "430100-P-000001", household: { householdId: "H1" }, name: "张三", contact: { address: "100" } },
      { recordType: "person", id: "430100-P-000002", name: "李四", contact: { address: "200" } },
    ]);
    expect(problems).toMatchObject([
      { code: "map.unreadable-cell", location: { row: 5, column: 1 }, field: "household.householdId", message: { en: "cell A5 holds the error value #REF!" } },
      { code: "map.unreadable-cell", location: { row: 6, column: 2 }, field: "id", message: { zh: "单元格 B6 是错误值 #N/A" } },
    ]);
  });

  it("a row whose only cells are unreadable is not blank; a header cell without a value is said at the header row", async () => {
    const bytes = await workbook({ 3: ["户编号", "个人编号", "姓名", { formula: '"补助"&"（元）"' }], 4: [null, { formula: "B3" }] });
    const { records, problems } = await map(members, bytes);
    expect(records).toEqual([]);
    expect(problems).toMatchObject([
      { code: "map.column-missing", location: { row: 3 }, value: "补助（元）" },
      { code: "map.unreadable-cell", location: { row: 3, column: 4 } },
      { code: "map.unreadable-cell", location: { row: 4, column: 2 }, field: "id" },
    ]);
  });

  it("a formula's boolean or date result maps as the plain cell of the same value: true, not 1; the date, not its serial number", async () => {
    const members = `${header}sources:
  - name: members
    file: book.xlsx
    records:
      - recordType: assistance
        id: { column: 编号 }
        fields:
          household.members.0.covered: { column: 是否保障 }
          household.members.0.memberSince: { column: 起始日 }
`;
    const bytes = await workbook(
      {
        1: ["编号", "是否保障", "起始日"],
        2: ["A-1", true, new Date("2024-01-09T00:00:00Z")],
        3: ["A-2", { formula: "1=1", result: true }, { formula: "DATE(2024,1,9)", result: new Date("2024-01-09T00:00:00Z") }],
        4: ["A-3", { formula: "1=0", result: false }, { formula: "C3+1", result: new Date("2024-01-10T00:00:00Z") }],
      },
      (sheet) => {
        for (const row of [2, 3, 4]) sheet.getCell(`C${row}`).numFmt = "yyyy-mm-dd";
      },
    );
    const { records, problems } = await map(members, bytes);
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { recordType: "assistance", id: "A-1", household: { members: [{ covered: true, memberSince: "2024-01-09" }] } },
      { recordType: "assistance", id: "A-2", household: { members: [{ covered: true, memberSince: "2024-01-09" }] } },
      { recordType: "assistance", id: "A-3", household: { members: [{ covered: false, memberSince: "2024-01-10" }] } },
    ]);
  });
});
