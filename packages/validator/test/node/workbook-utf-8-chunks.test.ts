// ExcelJS's parsers decode each chunk of a zip entry on its own: a Chinese character cut at a
// chunk's end read as U+FFFD, in a name here and there of a large workbook. streamWorkbook
// decodes every part as one stream of UTF-8.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { expect, it } from "vitest";
import { streamWorkbook } from "../../src/node/index.js";

it("the text of a workbook larger than a chunk reads whole: shared strings and formula results", async () => {
  const rows = Array.from({ length: 1500 }, (_, i) => [`湖南省长沙市芙蓉区人民路${i}号`, `张三李四王五赵六${i}`]);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("人员");
  for (const [address, name] of rows) sheet.addRow([address, { formula: "A1", result: name }]);
  const path = join(mkdtempSync(join(tmpdir(), "czt-workbook-utf-8-chunks-")), "book.xlsx");
  await workbook.xlsx.writeFile(path);
  const read: unknown[][] = [];
  for await (const streamed of streamWorkbook(path)) for await (const row of streamed.rows) read.push([row.values[1], (row.values[2] as { result: unknown }).result]);
  expect(read).toEqual(rows);
});
