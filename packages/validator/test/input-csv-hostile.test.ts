import { describe, expect, it } from "vitest";
import { createCsvReader } from "../src/input/csv-reader.js";
import { readAll, summarise } from "./support/read-all.js";

const encode = (text: string) => new TextEncoder().encode(text);
const header = "recordType,id,name,sex";
const row = (n: number, name = "张伟") => `person,430100-P-${String(n).padStart(6, "0")},${name},1`;

describe("CSV reader on hostile input", () => {
  it("one unterminated quote costs one row: later rows are read, in linear time", () => {
    for (const after of [5_000, 20_000]) {
      const lines = [header, row(0), row(1, '"张伟')];
      for (let i = 0; i < after; i++) lines.push(row(i + 2));
      const started = performance.now();
      const items = readAll(createCsvReader, encode(`${lines.join("\r\n")}\r\n`), { chunkSizes: [65536] });
      const seconds = (performance.now() - started) / 1000;
      const errors = items.filter((item) => item.kind === "error");
      expect(errors).toMatchObject([{ ruleId: "input.csv-columns", params: { detail: "quote-not-closed-within" }, location: { line: 3 } }]);
      expect(items.filter((item) => item.kind === "record")).toHaveLength(after + 1);
      expect(seconds).toBeLessThan(5);
    }
  });

  it("a quoted cell over a few lines is still one cell; a quote open at the end is a truncated last row", () => {
    const items = readAll(createCsvReader, encode(`${header}\r\nperson,430100-P-1,"张\r\n伟",1\r\n${row(2)}\r\n${row(3, '"x')}`));
    expect(summarise(items)).toEqual(["record@2", "record@4", "input.truncated@5"]);
    expect(items[0]).toMatchObject({ value: { name: "张\r\n伟" } });
  });

  it("a stray quote near the end: reported, and the rows after it read again", () => {
    const items = readAll(createCsvReader, encode(`${header}\n${row(1, '"x')}\n${row(2)}\n${row(3)}\n`));
    expect(summarise(items)).toEqual(["input.csv-columns@2", "record@3", "record@4"]);
  });

  it("a quoted cell longer than --max-line-bytes is cut off there", () => {
    const lines = [header, row(1, '"x'), ...Array.from({ length: 50 }, (_, i) => row(i + 2))];
    const items = readAll(createCsvReader, encode(lines.join("\n")), { maxRecordBytes: 200 });
    expect(summarise(items).slice(0, 2)).toEqual(["input.csv-columns@2", "record@3"]);
    expect(items.filter((item) => item.kind === "record")).toHaveLength(50);
  });

  it("an array index in a header above the documented maximum: one located finding, nothing allocated", () => {
    for (const name of ["documents.99999999.number", "documents.1000000.number", "documents.100.number", "documents.007.number"]) {
      const items = readAll(createCsvReader, encode(`recordType,id,${name}\nperson,1,x\nperson,2,y\n`));
      expect(items).toMatchObject([{ ruleId: "input.csv-columns", params: { detail: "array-index-too-large", column: 3, limit: 99 }, location: { line: 1 } }]);
    }
    expect(summarise(readAll(createCsvReader, encode("recordType,id,documents.99.number\nperson,1,x\n")))).toEqual(["record@2"]);
  });

  it("a column named twice is a located duplicate-name error", () => {
    const items = readAll(createCsvReader, encode("recordType,id,name,id\nperson,1,x,2\n"));
    expect(items).toMatchObject([{ ruleId: "input.duplicate-name", params: { "name.en": "of column 4" }, location: { line: 1 }, lostRecord: false }]);
  });
});
