import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { InputItem } from "../src/index.js";
import { excelStoredText, readBoth, workbookFile } from "./support/workbooks.js";

const scratch = mkdtempSync(join(tmpdir(), "czt-input-workbook-cells-"));

/** What the CLI (streamed) and the page (loaded) read from the workbook; they must agree. */
async function read(path: string): Promise<InputItem[]> {
  const { streamed, loaded } = await readBoth(path);
  expect(loaded).toEqual(streamed);
  return streamed;
}

describe("XLSX cells", () => {
  it("a cell of a comma, a quote or a line break alone keeps its text", async () => {
    const path = await workbookFile(scratch, "marks.xlsx", { person: { 1: ["id", "name", "note"], 2: ["p1", ",", '"'], 3: ["p2", "a\nb", 'say "hi", then'] } });
    expect(await read(path)).toEqual([
      { kind: "record", value: { recordType: "person", id: "p1", name: ",", note: '"' }, location: { file: "book.xlsx#person", line: 2, recordIndex: 0 } },
      { kind: "record", value: { recordType: "person", id: "p2", name: "a\nb", note: 'say "hi", then' }, location: { file: "book.xlsx#person", line: 3, recordIndex: 1 } },
    ]);
  });

  it("a carriage return keeps its place in the text, stored as Excel stores it: in a text cell and in a formula's text result", async () => {
    const path = await workbookFile(scratch, "carriage-returns.xlsx", {
      person: {
        1: ["id", "name", "note", "address"],
        2: ["p1", excelStoredText("a\r\nb"), excelStoredText("a\rb"), { formula: 'A2&CHAR(13)&"x"', result: excelStoredText("p1\rx") }],
        3: ["p2", excelStoredText("_x000D_ stays"), "x", { formula: '"y"', result: excelStoredText("y\r\n") }],
      },
    });
    expect(await read(path)).toEqual([
      { kind: "record", value: { recordType: "person", id: "p1", name: "a\r\nb", note: "a\rb", address: "p1\rx" }, location: { file: "book.xlsx#person", line: 2, recordIndex: 0 } },
      { kind: "record", value: { recordType: "person", id: "p2", name: "_x000D_ stays", note: "x", address: "y\r\n" }, location: { file: "book.xlsx#person", line: 3, recordIndex: 1 } },
    ]);
  });

  it("an error cell (#N/A) is input.csv-columns at its cell, never an absent value", async () => {
    const path = await workbookFile(scratch, "errors.xlsx", { person: { 1: ["id", "name"], 2: ["p1", { error: "#N/A" }] } });
    expect(await read(path)).toMatchObject([{ kind: "error", ruleId: "input.csv-columns", params: { cell: "B2", error: "#N/A", detail: "error-value" }, location: { file: "book.xlsx#person", line: 2, column: 2, recordIndex: 0 }, lostRecord: true }]);
  });

  it("a sheet's name names its record type with spaces around it too; a sheet without rows gives nothing", async () => {
    const path = await workbookFile(scratch, "names.xlsx", { 空白: {}, " 人员 ": { 1: ["id"], 2: ["p1"] } });
    expect(await read(path)).toEqual([{ kind: "record", value: { recordType: "person", id: "p1" }, location: { file: "book.xlsx# 人员 ", line: 2, recordIndex: 0 } }]);
  });
});
