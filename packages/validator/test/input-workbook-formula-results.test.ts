// A formula's cached result is read as the plain cell of the same value would be: ExcelJS's
// streaming reader gave a boolean result as 1 or 0 and a date result as its serial number
// (what the formula cell's type and format say was lost), so the CLI read `1` and `32939`
// where the page read `true` and `1990-03-07`.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { defaultLimits, type InputItem } from "../src/index.js";
import { readXlsxSource } from "../src/node/read-xlsx.js";
import { readBoth } from "./support/workbooks.js";

const scratch = mkdtempSync(join(tmpdir(), "czt-input-workbook-formula-results-"));

/** The records `czt validate` reads from the workbook (streamed); the page (loaded whole) must read the same. */
async function records(path: string): Promise<unknown[]> {
  const cli: InputItem[] = [];
  await readXlsxSource(path, "book.xlsx", defaultLimits, (item) => cli.push(item));
  const { loaded } = await readBoth(path);
  expect(loaded).toEqual(cli);
  return cli.map((item) => (item.kind === "record" ? item.value : item));
}

describe("a formula's cached result reads as the plain cell of the same value", () => {
  it("a boolean result: true or false, as a boolean cell and the CSV text, typed by a boolean field", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("consent");
    sheet.getRow(1).values = ["id", "revoked", "note"];
    sheet.getRow(2).values = ["C-1", true, false];
    sheet.getRow(3).values = ["C-2", { formula: "1=1", result: true }, { formula: "1=0", result: false }];
    const path = join(scratch, "booleans.xlsx");
    await workbook.xlsx.writeFile(path);
    expect(await records(path)).toEqual([
      { recordType: "consent", id: "C-1", revoked: true, note: "false" },
      { recordType: "consent", id: "C-2", revoked: true, note: "false" },
    ]);
  });

  it("a result in a date format: its YYYY-MM-DD (with the time when it has one), as a date cell of that format", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("consent");
    sheet.getRow(1).values = ["id", "validFrom", "note", "amount"];
    sheet.getRow(2).values = ["C-1", new Date("2024-01-09T00:00:00Z"), new Date("2024-01-09T08:30:00Z"), 45300];
    sheet.getRow(3).values = ["C-2", { formula: "DATE(2024,1,9)", result: new Date("2024-01-09T00:00:00Z") }, { formula: "C2", result: new Date("2024-01-09T08:30:00Z") }, { formula: "45300", result: 45300 }];
    for (const row of [2, 3]) {
      sheet.getCell(`B${row}`).numFmt = "yyyy-mm-dd";
      sheet.getCell(`C${row}`).numFmt = "yyyy/m/d h:mm";
    }
    const path = join(scratch, "dates.xlsx");
    await workbook.xlsx.writeFile(path);
    // D: a number in no date format stays a number, result or not.
    expect(await records(path)).toEqual([
      { recordType: "consent", id: "C-1", validFrom: "2024-01-09", note: "2024-01-09T08:30:00", amount: "45300" },
      { recordType: "consent", id: "C-2", validFrom: "2024-01-09", note: "2024-01-09T08:30:00", amount: "45300" },
    ]);
  });
});
