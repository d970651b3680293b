// The sheet XML as `czt validate` and `czt map` stream it (worksheetRows): each cell as its
// type says, what writers other than Excel put in a sheet (inline strings, rows and cells
// without references, prefixed element names) included.
import { describe, expect, it } from "vitest";
import { type SheetContext, worksheetRows } from "../../src/node/worksheet-rows.js";

const context: SheetContext = { sharedStrings: ["张三", { richText: [{ text: "李" }, { text: "四" }] }, null], isDateStyle: (style) => style === 1, date1904: false };

/** The rows of a sheet whose `sheetData` is `rows`, fed in chunks of `size` characters. */
async function rows(xml: string, sheet: SheetContext = context, size = xml.length) {
  const document = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${xml}</sheetData></worksheet>`;
  async function* chunks() {
    for (let at = 0; at < document.length; at += size) yield document.slice(at, at + size);
  }
  const read: { number: number; values: unknown[] }[] = [];
  for await (const row of worksheetRows(chunks(), sheet)) read.push(row);
  return read;
}

describe("worksheetRows", () => {
  it("reads each cell by its type: shared and inline text, numbers, dates by style, booleans, errors", async () => {
    const xml =
      '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="inlineStr"><is><t>a_x000D_b</t></is></c><c r="D2" t="str"><v>x_x000D_</v></c>' +
      '<c r="E2"><v>1.5</v></c><c r="F2" s="1"><v>45300.5</v></c><c r="G2" t="b"><v>0</v></c><c r="H2" t="e"><v>#N/A</v></c><c r="I2" s="2"/><c r="J2" t="s"><v>2</v></c></row>';
    expect(await rows(xml)).toEqual([
      { number: 2, values: [undefined, "张三", { richText: [{ text: "李" }, { text: "四" }] }, "a\rb", "x\r", 1.5, new Date("2024-01-09T12:00:00Z"), false, { error: "#N/A" }, undefined, null] },
    ]);
  });

  it("a formula keeps its cached result as its type says, or none; a 1904 workbook counts its dates from 1904", async () => {
    const xml =
      '<row r="1"><c r="A1" t="b"><f>1=1</f><v>1</v></c><c r="B1" s="1"><f>TODAY()</f><v>45300</v></c><c r="C1" t="str"><f>"a"</f><v></v></c>' +
      '<c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E1"><f>A1</f></c><c r="F1"><f t="shared" si="0"/><v>3</v></c></row>';
    expect(await rows(xml)).toEqual([
      {
        number: 1,
        values: [
          undefined,
          { formula: "1=1", result: true },
          { formula: "TODAY()", result: new Date("2024-01-09T00:00:00Z") },
          { formula: '"a"', result: "" },
          { formula: "1/0", result: { error: "#DIV/0!" } },
          { formula: "A1" },
          { formula: "", result: 3 },
        ],
      },
    ]);
    expect(await rows('<row r="1"><c r="A1" s="1"><v>0</v></c></row>', { ...context, date1904: true })).toEqual([{ number: 1, values: [undefined, new Date("1904-01-01T00:00:00Z")] }]);
  });

  it("rows and cells without a reference follow the one before; prefixed names; rich inline text without its phonetic guide; a shared string past the table", async () => {
    const xml =
      '<x:row r="3"><x:c t="inlineStr"><x:is><x:r><x:t>漢</x:t></x:r><x:r><x:t>字</x:t></x:r><x:rPh sb="0" eb="1"><x:t>かん</x:t></x:rPh></x:is></x:c><x:c r="C3"><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row>' +
      '<x:row><x:c t="s"><x:v>7</x:v></x:c></x:row><x:row r="9"/>';
    expect(await rows(xml)).toEqual([
      { number: 3, values: [undefined, "漢字", undefined, 1, 2] },
      { number: 4, values: [undefined, { sharedString: "7" }] },
      { number: 9, values: [] },
    ]);
  });

  it("gives the same rows whatever the chunks the sheet comes in", async () => {
    const xml = '<row r="1"><c r="A1" t="inlineStr"><is><t>湖南省长沙市</t></is></c><c r="B1" t="str"><f>A1</f><v>a&amp;b_x000D_</v></c></row><row r="2"><c r="A2" s="1"><v>45300</v></c></row>';
    const whole = await rows(xml);
    for (const size of [1, 2, 3, 7]) expect(await rows(xml, context, size)).toEqual(whole);
    expect(whole[0]!.values).toEqual([undefined, "湖南省长沙市", { formula: "A1", result: "a&b\r" }]);
  });
});
