import { describe, expect, it } from "vitest";
import { createJsonDocumentReader, type InputItem } from "../src/index.js";
import { readAll } from "./support/read-all.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const join = (...parts: (Uint8Array | number[] | string)[]) => new Uint8Array(parts.flatMap((part) => [...(typeof part === "string" ? utf8(part) : part)]));
/** 张三 and 李四 in GB18030. */
const zhangSan = [0xd5, 0xc5, 0xc8, 0xfd];
const liSi = [0xc0, 0xee, 0xcb, 0xc4];
const bom = [0xef, 0xbb, 0xbf];

/** Each item as [kind or rule, value or detail, line, column, recordIndex, lostRecord or contextOnly]. */
function brief(items: readonly InputItem[]): unknown[] {
  return items.map((item) => {
    const { line, column, recordIndex } = item.location;
    if (item.kind !== "error") return [item.kind, item.value, line, column, recordIndex, item.kind === "header" ? item.contextOnly : undefined];
    return [item.ruleId, item.params["detail"] ?? item.params["expected"], line, column, recordIndex, item.lostRecord];
  });
}
const read = (bytes: Uint8Array, options: Parameters<typeof readAll>[2] = {}) => brief(readAll(createJsonDocumentReader, bytes, options));
/** Every chunking from one byte at a time to the whole file at once. */
const chunkings = [[1], [2], [3], [4], [5], [7], [2, 9], [64], [1 << 20]];

describe("JSON documents: bytes invalid in the file's encoding cost only the record holding them", () => {
  it("three records, a byte 0xFF in the second: the first and third read, the second lost at the byte, in any chunking", () => {
    const bytes = join('[\n{"n":"a"},\n{"n":"b', [0xff], 'c"},\n{"n":"d"}\n]');
    for (const chunkSizes of chunkings) {
      expect(read(bytes, { chunkSizes })).toEqual([
        ["record", { n: "a" }, 2, 1, 0, undefined],
        ["input.encoding", "record-not-utf-8", 3, 8, 1, true],
        ["record", { n: "d" }, 4, 1, 2, undefined],
      ]);
    }
  });

  it("the finding says where and what in words, in both languages, as the JSON Lines reader's does", () => {
    const [, finding] = readAll(createJsonDocumentReader, join('[{"n":"a"},\n {"n":"b', [0xff], '"}]'));
    expect(finding).toEqual({
      kind: "error",
      ruleId: "input.encoding",
      params: { detail: "record-not-utf-8", "detail.zh": "该记录在此处不是有效的 UTF-8：未读取该记录", "detail.en": "the record is not valid UTF-8 here: it is not read" },
      location: { file: "test.jsonl", line: 2, column: 9, recordIndex: 1 },
      lostRecord: true,
    });
  });

  it("after UTF-8 text, a character cut short or an invalid byte next to characters any chunk boundary may cut", () => {
    // 张 (E5 BC A0) cut short by a quote; then an 0xFF after a four-byte character.
    const bytes = join('[{"n":"张"},\n{"n":"', [0xe5, 0xbc], '"}, {"n":"😀', [0xff], '李"},\n{"n":"李"}]');
    for (const chunkSizes of chunkings) {
      expect(read(bytes, { chunkSizes })).toEqual([
        ["record", { n: "张" }, 1, 2, 0, undefined],
        ["input.encoding", "record-not-utf-8", 2, 7, 1, true],
        ["input.encoding", "record-not-utf-8", 2, 20, 2, true],
        ["record", { n: "李" }, 3, 1, 3, undefined],
      ]);
    }
  });

  it("one finding per record, at its first invalid byte, whatever else is wrong with it", () => {
    expect(read(join('[{"n":"', [0xff], '", "m": "', [0xc0], '"}, {"a":1,,', [0xff], '}, {"a":2}]'))).toEqual([
      ["input.encoding", "record-not-utf-8", 1, 8, 0, true],
      ["input.encoding", "record-not-utf-8", 1, 31, 1, true],
      ["record", { a: 2 }, 1, 35, 2, undefined],
    ]);
  });

  it("a GB18030 document (--encoding auto or gb18030) with a byte invalid in GB18030 too: the same, located as GB18030", () => {
    const bytes = join('[\n{"n":"', zhangSan, '"},\n{"n":"', liSi, [0xff], '"},\n{"n":"', liSi, '"}\n]');
    const records = [
      ["record", { n: "张三" }, 2, 1, 0, undefined],
      ["input.encoding", "record-not-gb18030", 3, 9, 1, true],
      ["record", { n: "李四" }, 4, 1, 2, undefined],
    ];
    for (const chunkSizes of chunkings) {
      expect(read(bytes, { chunkSizes })).toEqual([["input.encoding", "decoded-as-gb18030", 2, undefined, -1, false], ...records]);
      expect(read(bytes, { chunkSizes, encoding: "gb18030" })).toEqual(records);
    }
  });

  it("the warning that the file is GB18030 comes in file order, at the line of its first GB18030 character", () => {
    const bytes = join('[\n{"a":1},\n{"n":"', zhangSan, [0xff], '"},\n{"n":"', liSi, '"}\n]');
    for (const chunkSizes of chunkings) {
      expect(read(bytes, { chunkSizes })).toEqual([
        ["record", { a: 1 }, 2, 1, 0, undefined],
        ["input.encoding", "decoded-as-gb18030", 3, undefined, -1, false],
        ["input.encoding", "record-not-gb18030", 3, 9, 1, true],
        ["record", { n: "李四" }, 4, 1, 2, undefined],
      ]);
    }
  });

  it("a package: invalid bytes in a record cost that record; in the members, no record but the header (an error where they are)", () => {
    const inRecord = join('{"schemaVersion":"1.0","records":[\n{"a":1},\n{"a":"', [0xff], '"},\n{"a":3}],"city":"430100"}');
    for (const chunkSizes of [[1], [5], [1 << 20]]) {
      expect(read(inRecord, { chunkSizes })).toEqual([
        ["header", { schemaVersion: "1.0" }, 1, undefined, -1, true],
        ["record", { a: 1 }, 2, 1, 0, undefined],
        ["input.encoding", "record-not-utf-8", 3, 7, 1, true],
        ["record", { a: 3 }, 4, 1, 2, undefined],
        ["header", { schemaVersion: "1.0", city: "430100" }, 1, undefined, -1, undefined],
      ]);
    }
    const inMembers = join('{"schemaVersion":"1.0","city":"4301', [0xff], '","records":[\n{"a":1}]}');
    expect(read(inMembers)).toEqual([
      ["input.encoding", "bytes-not-utf-8", 1, 36, -1, false],
      ["record", { a: 1 }, 2, 1, 0, undefined],
    ]);
    // After the records: reported at the end, once.
    expect(read(join('{"records":[{"a":1}],"city":"', [0xff, 0xff], '"}'))).toEqual([
      ["header", {}, 1, undefined, -1, true],
      ["record", { a: 1 }, 1, 13, 0, undefined],
      ["input.encoding", "bytes-not-utf-8", 1, 30, -1, false],
    ]);
  });

  it("the first pass over a package reads its members past a record with invalid bytes, and none with them", () => {
    const pass = (bytes: Uint8Array) => {
      const items: InputItem[] = [];
      const reader = createJsonDocumentReader({ file: "x.json", encoding: "auto", limits: { maxRecordBytes: 1000, maxDepth: 64 }, emit: (item) => items.push(item), membersOnly: true });
      reader.push(bytes);
      reader.end();
      return brief(items);
    };
    expect(pass(join('{"records":[{"a":"', [0xff], '"}],"city":"430100"}'))).toEqual([["header", { city: "430100" }, 1, undefined, -1, undefined]]);
    expect(pass(join('{"records":[{"a":1}],"city":"', [0xff], '"}'))).toEqual([]);
  });

  it("a document that is one record, with invalid bytes: that record lost", () => {
    expect(read(join('{"recordType":"person",\n "name":"', [0xff], '"}'))).toEqual([["input.encoding", "record-not-utf-8", 2, 10, 0, true]]);
  });

  it("invalid bytes before or after the document: an error that costs no record, the document read", () => {
    expect(read(join(" ", [0xff], ' [{"a":1}] ', [0xfe], " "))).toEqual([
      ["input.encoding", "bytes-not-utf-8", 1, 2, -1, false],
      ["record", { a: 1 }, 1, 5, 0, undefined],
      ["input.encoding", "bytes-not-utf-8", 1, 14, -1, false],
    ]);
  });

  it("between records, invalid bytes are a stray character: the record they stand before is lost", () => {
    expect(read(join('[{"a":1}, ', [0xff], '{"a":2}, {"a":3}]'))).toEqual([
      ["record", { a: 1 }, 1, 2, 0, undefined],
      ["input.encoding", "record-not-utf-8", 1, 11, 1, true],
      ["record", { a: 3 }, 1, 21, 2, undefined],
    ]);
  });

  it("a record cut short inside a character at the end of the file is truncated, not invalid", () => {
    expect(read(join('[{"a":"张"},\n{"a":"', [0xe5, 0xbc]))).toEqual([
      ["record", { a: "张" }, 1, 2, 0, undefined],
      ["input.truncated", "cut-short", 2, 1, 1, true],
    ]);
  });
});

describe("JSON documents: one byte-order mark at the start", () => {
  it("a second one is an input.encoding error where it is, costing no record; the document is read", () => {
    const bytes = join(bom, bom, '[{"a":1},\n{"a":2}]');
    for (const chunkSizes of chunkings) {
      expect(read(bytes, { chunkSizes })).toEqual([
        ["input.encoding", "stray-byte-order-mark", 1, 1, -1, false],
        ["record", { a: 1 }, 1, 3, 0, undefined],
        ["record", { a: 2 }, 2, 1, 1, undefined],
      ]);
    }
    expect(readAll(createJsonDocumentReader, bytes)[0]).toMatchObject({
      params: {
        "detail.en": "a byte-order mark (U+FEFF) past the start of the file: only the file's first bytes may be one",
        "detail.zh": "文件开头之后出现字节顺序标记（U+FEFF）：只有文件最前面的字节可以是字节顺序标记",
      },
    });
  });

  it("GB18030's is dropped like UTF-8's (columns count from after it), and a second one is the same error", () => {
    const gbBom = [0x84, 0x31, 0x95, 0x33];
    for (const encoding of ["auto", "gb18030"] as const) {
      const warning = encoding === "auto" ? [["input.encoding", "decoded-as-gb18030", 1, undefined, -1, false]] : [];
      expect(read(join(gbBom, '[{"n":"', zhangSan, '"}]'), { encoding, chunkSizes: [1] })).toEqual([...warning, ["record", { n: "张三" }, 1, 2, 0, undefined]]);
      expect(read(join(gbBom, gbBom, '[{"n":"', zhangSan, '"}]'), { encoding, chunkSizes: [3] })).toEqual([
        ...warning,
        ["input.encoding", "stray-byte-order-mark", 1, 1, -1, false],
        ["record", { n: "张三" }, 1, 3, 0, undefined],
      ]);
    }
  });
});
