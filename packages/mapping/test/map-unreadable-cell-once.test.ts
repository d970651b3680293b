// An unreadable cell is one fault of the workbook however many fields read it: `czt map` gave
// one map.unreadable-cell per field (a person's id, an enrolment's id and its personId all
// read 个人编号), three findings for one #N/A.
import { describe, expect, it } from "vitest";
import { problemFinding } from "../src/index.js";
import { header, map, workbook } from "./support/map-workbook.js";

const peopleAndEnrolments = `${header}sources:
  - name: members
    file: book.xlsx
    records:
      - recordType: person
        id: { column: 个人编号, transform: [{ prefix: "430100-P-" }] }
        fields:
          name: { column: 姓名 }
      - recordType: enrolment
        id: { column: 个人编号, transform: [{ prefix: "430100-E-" }] }
        fields:
          personId: { column: 个人编号, transform: [{ prefix: "430100-P-" }] }
          note: { column: 个人编号 }
`;

describe("map.unreadable-cell is said once per cell", () => {
  it("with every field that read it, in the problem, its zh and en texts and the finding's params", async () => {
    const bytes = await workbook({ 1: ["个人编号", "姓名"], 2: [{ error: "#N/A" }, { formula: "A1" }], 3: ["000003", "王五"] });
    const { records, problems } = await map(peopleAndEnrolments, bytes);
    expect(records).toEqual([
      { recordType: "person", id: "430100-P-000003", name: "王五" },
      { recordType: "enrolment", id: "430100-E-000003", personId: "430100-P-000003", note: "000003" },
    ]);
    expect(problems).toEqual([
      {
        code: "map.unreadable-cell",
        severity: "error",
        location: { file: "book.xlsx", sheet: "成员", row: 2, column: 1, header: "个人编号" },
        field: "id",
        fields: ["id", "personId", "note"],
        recordType: "person",
        message: { zh: "单元格 A2 是错误值 #N/A", en: "cell A2 holds the error value #N/A" },
      },
      // A cell one field reads: that field, as before.
      expect.objectContaining({ code: "map.unreadable-cell", location: expect.objectContaining({ row: 2, column: 2 }), field: "name", recordType: "person" }),
    ]);
    expect(problems[1]).not.toHaveProperty("fields");
    const finding = problemFinding(problems[0]!, false);
    expect(finding).toMatchObject({ ruleId: "map.unreadable-cell", file: "book.xlsx#成员", line: 2, column: 1, pointer: "/id" });
    expect(finding.params).toEqual({
      "message.zh": "单元格 A2 是错误值 #N/A (工作表 成员, 单元格 A2, 列“个人编号”, 字段 id、personId、note)",
      "message.en": "cell A2 holds the error value #N/A (sheet 成员, cell A2, column '个人编号', fields id, personId, note)",
      sheet: "成员",
      cell: "A2",
      columnLetter: "A",
      header: "个人编号",
      fields: "id, personId, note",
    });
    expect(problemFinding(problems[1]!, false).params["message.en"]).toBe(
      "cell B2 holds a formula without a computed value to read: the workbook was written by a program that does not compute formulas (open and save it in Excel or WPS), or the formula's result is an error value (such as #N/A) (sheet 成员, cell B2, column '姓名', field name)",
    );
  });
});
