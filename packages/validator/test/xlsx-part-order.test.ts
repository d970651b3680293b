// ExcelJS 4.4.0's streaming reader crashed (or lost sheet names and date formats) when a sheet
// came before workbook.xml, its relationships or styles in the zip, and could lose the shared
// strings of sheets stored before them (every text cell empty: exceljs/exceljs#683, seen once
// in this project's CI). streamWorkbook opens each part by the zip's directory: any order works,
// and the sheets come in the workbook's own order.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { streamWorkbook } from "../src/node/index.js";

async function workbookBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("人员");
  sheet.addRow(["id", "birthDate"]);
  sheet.addRow(["1", new Date("1990-03-07T00:00:00Z")]);
  workbook.addWorksheet("second").addRow(["x"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The same workbook with its zip entries in the given order (the rest after them, as they were). */
async function reordered(bytes: Uint8Array, first: readonly string[]): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const names = Object.keys(source.files).filter((name) => !source.files[name]!.dir);
  const order = [...first.filter((name) => names.includes(name)), ...names.filter((name) => !first.includes(name))];
  const target = new JSZip();
  for (const name of order) target.file(name, await source.file(name)!.async("uint8array"));
  return target.generateAsync({ type: "uint8array" });
}

async function read(bytes: Uint8Array) {
  const path = join(mkdtempSync(join(tmpdir(), "czt-xlsx-order-")), "book.xlsx");
  writeFileSync(path, bytes);
  const sheets: { name: string; rows: unknown[][] }[] = [];
  for await (const sheet of streamWorkbook(path)) {
    const rows: unknown[][] = [];
    for await (const row of sheet.rows) rows.push(row.values.slice(1));
    sheets.push({ name: sheet.name, rows });
  }
  return sheets;
}

describe("streamWorkbook reads a workbook whatever the order of its zip entries", () => {
  it.each([
    ["workbook parts first", ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml"]],
    ["sheets before the workbook, its relationships and styles", ["xl/sharedStrings.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/workbook.xml", "xl/styles.xml"]],
    ["sheets before the shared strings (ExcelJS's own writer)", ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml"]],
    ["the second sheet stored first", ["xl/worksheets/sheet2.xml", "xl/worksheets/sheet1.xml"]],
  ])("%s: names, rows and date cells", async (_, order) => {
    const sheets = await read(await reordered(await workbookBytes(), order));
    expect(sheets).toEqual([
      { name: "人员", rows: [["id", "birthDate"], ["1", new Date("1990-03-07T00:00:00Z")]] },
      { name: "second", rows: [["x"]] },
    ]);
  });

  it("eight reads of one workbook at once all give its text cells (no shared string lost to timing)", async () => {
    const bytes = await reordered(await workbookBytes(), ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml"]);
    const reads = await Promise.all(Array.from({ length: 8 }, () => read(bytes)));
    for (const sheets of reads) expect(sheets.map((sheet) => sheet.rows[0])).toEqual([["id", "birthDate"], ["x"]]);
  });
});
