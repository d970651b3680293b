// A carriage return in a cell's text is mapped as it is. Excel stores it as `_x000D_` (an XML
// reader turns a raw one into a line feed); ExcelJS writes the text it is given as it is, so a
// cell given `_x000D_` is the one Excel writes. `czt map` left the escape in the text.
import { describe, expect, it } from "vitest";
import { header, map, workbook } from "./support/map-workbook.js";

const people = `${header}sources:
  - name: people
    file: book.xlsx
    records:
      - recordType: person
        id: { column: 编号 }
        fields:
          name: { column: 姓名 }
          contact.address: { column: 地址 }
`;

describe("czt map keeps a cell's carriage returns", () => {
  it("in a text cell and in a formula's text result, the same on the page", async () => {
    const bytes = await workbook({
      1: ["编号", "姓名", "地址"],
      2: ["P-1", "张_x000D_\n三", { formula: 'A2&CHAR(13)&"路"', result: "P-1_x000D_路" }],
      3: ["P-2", "李_x000D_四", "_x005F_x000D_"],
    });
    const { records } = await map(people, bytes);
    expect(records).toEqual([
      { recordType: "person", id: "P-1", name: "张\r\n三", contact: { address: "P-1\r路" } },
      { recordType: "person", id: "P-2", name: "李\r四", contact: { address: "_x000D_" } },
    ]);
  });
});
