import { describe, expect, it } from "vitest";
import { createJsonDocumentReader } from "../src/index.js";
import { readAll, summarise } from "./support/read-all.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const join = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((part) => [...part]));
/** 张三 in GB18030. */
const zhangSan = [0xd5, 0xc5, 0xc8, 0xfd];
const read = (bytes: Uint8Array, options: Parameters<typeof readAll>[2] = {}) => readAll(createJsonDocumentReader, bytes, options);

describe("JSON documents: encodings", () => {
  it("a GB18030 document read with --encoding auto is one warning, on the line of its first GB18030 character, and its records", () => {
    expect(read(join(utf8('[\n{"n":"'), zhangSan, utf8('"},\n{"a":1}\n]')))).toEqual([
      {
        kind: "error",
        ruleId: "input.encoding",
        params: {
          encoding: "gb18030",
          detail: "decoded-as-gb18030",
          "detail.zh": "不是 UTF-8：已按 GB18030 解码（请用 --encoding gb18030 明确指定，或以 UTF-8 导出）",
          "detail.en": "not UTF-8: decoded as GB18030 (use --encoding gb18030 to say so, or export as UTF-8)",
        },
        location: { file: "test.jsonl", line: 2, recordIndex: -1 },
        severity: "warning",
        lostRecord: false,
      },
      { kind: "record", value: { n: "张三" }, location: { file: "test.jsonl", line: 2, column: 1, recordIndex: 0 } },
      { kind: "record", value: { a: 1 }, location: { file: "test.jsonl", line: 3, column: 1, recordIndex: 1 } },
    ]);
  });

  it("bytes that are not UTF-8 cost the record holding them, an error at their line and column; the records before and after are kept", () => {
    const bytes = join(utf8('[{"n":"x"},\n{"n":"'), [0xff], utf8('"},\n{"a":1}\n]'));
    expect(read(bytes, { encoding: "utf-8", chunkSizes: [12] })).toEqual([
      { kind: "record", value: { n: "x" }, location: { file: "test.jsonl", line: 1, column: 2, recordIndex: 0 } },
      {
        kind: "error",
        ruleId: "input.encoding",
        params: { detail: "record-not-utf-8", "detail.zh": "该记录在此处不是有效的 UTF-8：未读取该记录", "detail.en": "the record is not valid UTF-8 here: it is not read" },
        location: { file: "test.jsonl", line: 2, column: 7, recordIndex: 1 },
        lostRecord: true,
      },
      { kind: "record", value: { a: 1 }, location: { file: "test.jsonl", line: 3, column: 1, recordIndex: 2 } },
    ]);
  });

  it("a GB18030 document may start with GB18030's byte-order mark (dropped: columns count from after it, as after UTF-8's)", () => {
    expect(read(join([0x84, 0x31, 0x95, 0x33], utf8('[{"a":1},\n{"a":2}]')), { encoding: "gb18030" })).toMatchObject([
      { kind: "record", value: { a: 1 }, location: { line: 1, column: 2 } },
      { kind: "record", value: { a: 2 }, location: { line: 2, column: 1 } },
    ]);
  });
});

describe("JSON documents: records", () => {
  it("an empty string as the first value is a value like any other", () => {
    expect(read(utf8('["", {"a":1}]'))).toEqual([
      { kind: "record", value: "", location: { file: "test.jsonl", line: 1, column: 2, recordIndex: 0 } },
      { kind: "record", value: { a: 1 }, location: { file: "test.jsonl", line: 1, column: 6, recordIndex: 1 } },
    ]);
  });

  it("a number cut short in an array of records is malformed (a record in an array is never the file's cut-off end)", () => {
    const items = read(utf8('[\n{"a":1},\n1.,\n{"a":2}\n]'));
    expect(summarise(items)).toEqual(["record@2", "input.malformed-json@3", "record@4"]);
    expect(items[1]).toMatchObject({ params: { expected: "digit" }, location: { line: 3, column: 3 } });
  });

  it("a document that is one record is read up to exactly --max-line-bytes characters", () => {
    const record = '{"a":"xxxx"}';
    expect(summarise(read(utf8(record), { maxRecordBytes: record.length }))).toEqual(["record@1"]);
    expect(summarise(read(utf8(record), { maxRecordBytes: record.length - 1 }))).toEqual(["input.line-too-long@1"]);
  });

  it("a records member that is an object, not an array, makes the document one record holding it", () => {
    expect(read(utf8('{"recordType":"person","records":{"a":1}}'))).toEqual([
      { kind: "record", value: { recordType: "person", records: { a: 1 } }, location: { file: "test.jsonl", line: 1, column: 1, recordIndex: 0 } },
    ]);
  });

  it("a package with records written twice: the header once from the first, every record, and the name written twice", () => {
    expect(summarise(read(utf8('{"v":"1.1","records":[{"a":1}],\n"records":[{"a":2}]}')))).toEqual(["header@1", "record@1", "record@2", "input.duplicate-name@2"]);
  });

  it("a pretty-printed package with its records first is read as a package, in any chunking", () => {
    const text = '{\n  "records": [\n    {"a": 1}\n  ],\n  "v": "1.1"\n}';
    for (const chunkSizes of [[text.length], [1], [2], [3], [5]]) {
      expect(read(utf8(text), { chunkSizes }), `${chunkSizes}`).toEqual([
        { kind: "header", value: {}, location: { file: "test.jsonl", line: 1, recordIndex: -1 }, contextOnly: true },
        { kind: "record", value: { a: 1 }, location: { file: "test.jsonl", line: 3, column: 5, recordIndex: 0 } },
        { kind: "header", value: { v: "1.1" }, location: { file: "test.jsonl", line: 1, recordIndex: -1 } },
      ]);
    }
  });
});
