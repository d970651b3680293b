// The CSV and JSON Lines readers take bytes however the platform chunks them (Node's 64 KiB
// file stream, the browser's File.stream()): the rows and the detected encoding must not
// depend on it, or the page would map a file differently from czt map.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { csvRows, jsonLinesRows } from "../src/index.js";
import { readCsvRows, readJsonLinesRows } from "../src/node/index.js";

async function* inChunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

const directory = mkdtempSync(join(tmpdir(), "czt-byte-readers-"));

describe("the byte readers", () => {
  it("read a GB18030 CSV with quoted line breaks the same in any chunking, detecting GB18030 from the first 64 KiB as from the file", async () => {
    // ASCII for the first 64 KiB but one GBK name near the start: detection must see it whatever the chunks.
    const lines = ["AAC002,AAC003,备注", '430124197504180315,周志强,"第一行\r\n第二行, ""引号"""'];
    for (let i = 0; i < 3000; i++) lines.push(`4301241975041803${String(i % 100).padStart(2, "0")},name${i},x`);
    const bytes = new Uint8Array(iconv.encode(`${lines.join("\r\n")}\r\n`, "gb18030"));
    const path = join(directory, "gbk.csv");
    writeFileSync(path, bytes);
    const detected: string[] = [];
    const fromFile = await collect(readCsvRows(path, (e) => detected.push(e.encoding)));
    expect(detected).toEqual(["gb18030"]);
    expect(fromFile[1]).toEqual({ row: 2, cells: ["430124197504180315", "周志强", '第一行\r\n第二行, "引号"'] });
    expect(fromFile[2]?.row).toBe(4);
    expect(fromFile).toHaveLength(3002);
    for (const size of [1, 7, 4096, 65_537, bytes.length]) {
      const seen: string[] = [];
      expect(await collect(csvRows(inChunks(bytes, size), (e) => seen.push(e.encoding))), `chunks of ${size}`).toEqual(fromFile);
      expect(seen).toEqual(["gb18030"]);
    }
  });

  it("read JSON Lines with LF, CR LF and blank lines the same in any chunking, numbering lines as Node's readline does", async () => {
    const text = '{"a":1}\r\n\r\n{"名":"周"}\nnot json\r\n[1]\n{"b":2}';
    const bytes = new TextEncoder().encode(text);
    const path = join(directory, "rows.jsonl");
    writeFileSync(path, bytes);
    const fromFile = await collect(readJsonLinesRows(path));
    expect(fromFile.map((row) => row.row)).toEqual([1, 3, 4, 5, 6]);
    expect(fromFile[1]).toEqual({ row: 3, object: { 名: "周" } });
    expect(fromFile[3]).toEqual({ row: 5, error: "not a JSON object" });
    for (const size of [1, 2, 3, 8, bytes.length]) expect(await collect(jsonLinesRows(inChunks(bytes, size))), `chunks of ${size}`).toEqual(fromFile);
  });
});
