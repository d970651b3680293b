import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { describe, expect, it } from "vitest";
import { createJsonDocumentReader, type InputItem, type ReaderOptions } from "../src/index.js";
import { validateFiles } from "../src/node/index.js";
import { readAll } from "./support/read-all.js";
import { changshaHeader, person } from "./support/records.js";

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

describe("JSON documents: where invalid bytes are, in any chunking", () => {
  it("at the file's very first byte, or the first byte of a chunk: that byte only, not the character after it", () => {
    for (const chunkSizes of chunkings) {
      expect(read(join([0xff], '[{"a":1}]'), { chunkSizes })).toEqual([
        ["input.encoding", "bytes-not-utf-8", 1, 1, -1, false],
        ["record", { a: 1 }, 1, 3, 0, undefined],
      ]);
    }
    // The chunk after `[{"a":1},` opens with the byte: only the record it stands before is lost.
    for (const chunkSizes of [...chunkings, [9, 1 << 20]]) {
      expect(read(join('[{"a":1},', [0xff], '{"a":2},{"a":3}]'), { chunkSizes })).toEqual([
        ["record", { a: 1 }, 1, 2, 0, undefined],
        ["input.encoding", "record-not-utf-8", 1, 10, 1, true],
        ["record", { a: 3 }, 1, 19, 2, undefined],
      ]);
    }
  });

  it("at a record's first or last character, or between a record and its comma", () => {
    for (const chunkSizes of chunkings) {
      expect(read(join("[", [0xff], '{"a":1},{"a":2}]'), { chunkSizes })).toEqual([
        ["input.encoding", "record-not-utf-8", 1, 2, 0, true],
        ["record", { a: 2 }, 1, 11, 1, undefined],
      ]);
      expect(read(join('[{"a":1}', [0xff], "]"), { chunkSizes })).toEqual([
        ["record", { a: 1 }, 1, 2, 0, undefined],
        ["input.encoding", "record-not-utf-8", 1, 9, 1, true],
      ]);
      // A stray character of its own between a record and its comma: the records around it are read.
      expect(read(join('[{"a":1}', [0xff], ',{"a":2},{"a":3}]'), { chunkSizes })).toEqual([
        ["record", { a: 1 }, 1, 2, 0, undefined],
        ["input.encoding", "record-not-utf-8", 1, 9, 1, true],
        ["record", { a: 2 }, 1, 11, 2, undefined],
        ["record", { a: 3 }, 1, 19, 3, undefined],
      ]);
    }
  });

  it("a character cut short at the end of the file, after the document: an error there, the document read", () => {
    for (const chunkSizes of chunkings) {
      expect(read(join('[{"a":1}] ', [0xe5]), { chunkSizes })).toEqual([
        ["record", { a: 1 }, 1, 2, 0, undefined],
        ["input.encoding", "bytes-not-utf-8", 1, 11, -1, false],
      ]);
      expect(read(join('[{"n":"', zhangSan, '"}]', [0x84]), { chunkSizes, encoding: "gb18030" })).toEqual([
        ["record", { n: "张三" }, 1, 2, 0, undefined],
        ["input.encoding", "bytes-not-gb18030", 1, 13, -1, false],
      ]);
    }
  });

  it("in a package's members before and after the records: one error at the first, no header, the records read", () => {
    const bytes = join('{"a":"', [0xff], '","records":[{"a":1},\n{"a":2}],"b":"', [0xff], '"}');
    for (const chunkSizes of chunkings) {
      expect(read(bytes, { chunkSizes })).toEqual([
        ["input.encoding", "bytes-not-utf-8", 1, 7, -1, false],
        ["record", { a: 1 }, 1, 21, 0, undefined],
        ["record", { a: 2 }, 2, 1, 1, undefined],
      ]);
    }
  });

  it("right after a byte-order mark, and after a second one (only the first stray thing is reported)", () => {
    for (const chunkSizes of chunkings) {
      expect(read(join(bom, [0xff], '[{"a":1}]'), { chunkSizes })).toEqual([
        ["input.encoding", "bytes-not-utf-8", 1, 1, -1, false],
        ["record", { a: 1 }, 1, 3, 0, undefined],
      ]);
      expect(read(join(bom, bom, [0xff], '[{"a":1}]'), { chunkSizes })).toEqual([
        ["input.encoding", "stray-byte-order-mark", 1, 1, -1, false],
        ["record", { a: 1 }, 1, 4, 0, undefined],
      ]);
    }
  });

  it("GB18030 bytes before and after the document, read with --encoding auto, gb18030 and utf-8", () => {
    const after = join('[{"n":"', zhangSan, '"}] ', [0xff]);
    const before = join(" ", [0xff], '[{"n":"', zhangSan, '"}]');
    const warning = ["input.encoding", "decoded-as-gb18030", 1, undefined, -1, false];
    for (const chunkSizes of chunkings) {
      expect(read(after, { chunkSizes })).toEqual([warning, ["record", { n: "张三" }, 1, 2, 0, undefined], ["input.encoding", "bytes-not-gb18030", 1, 14, -1, false]]);
      expect(read(after, { chunkSizes, encoding: "gb18030" })).toEqual([["record", { n: "张三" }, 1, 2, 0, undefined], ["input.encoding", "bytes-not-gb18030", 1, 14, -1, false]]);
      expect(read(after, { chunkSizes, encoding: "utf-8" })).toEqual([
        ["input.encoding", "record-not-utf-8", 1, 8, 0, true],
        ["input.encoding", "bytes-not-utf-8", 1, 16, -1, false],
      ]);
      // Before: with auto, the 0xFF is read as UTF-8 (it is not GB18030 either), the file found GB18030 after it.
      expect(read(before, { chunkSizes })).toEqual([["input.encoding", "bytes-not-utf-8", 1, 2, -1, false], warning, ["record", { n: "张三" }, 1, 4, 0, undefined]]);
      expect(read(before, { chunkSizes, encoding: "gb18030" })).toEqual([["input.encoding", "bytes-not-gb18030", 1, 2, -1, false], ["record", { n: "张三" }, 1, 4, 0, undefined]]);
      expect(read(before, { chunkSizes, encoding: "utf-8" })).toEqual([
        ["input.encoding", "bytes-not-utf-8", 1, 2, -1, false],
        ["input.encoding", "record-not-utf-8", 1, 10, 0, true],
      ]);
    }
  });

  it("with --encoding auto, a record's invalid bytes before the file is found GB18030 are invalid UTF-8, those after invalid GB18030", () => {
    for (const chunkSizes of chunkings) {
      expect(read(join('[{"n":"', [0xff], '"},{"n":"', zhangSan, '"}]'), { chunkSizes })).toEqual([
        ["input.encoding", "record-not-utf-8", 1, 8, 0, true],
        ["input.encoding", "decoded-as-gb18030", 1, undefined, -1, false],
        ["record", { n: "张三" }, 1, 12, 1, undefined],
      ]);
      expect(read(join('[{"n":"', zhangSan, '"},{"n":"', [0xff], '"}]'), { chunkSizes })).toEqual([
        ["input.encoding", "decoded-as-gb18030", 1, undefined, -1, false],
        ["record", { n: "张三" }, 1, 2, 0, undefined],
        ["input.encoding", "record-not-gb18030", 1, 19, 1, true],
      ]);
    }
  });
});

describe("JSON documents: what the scanner reads as records", () => {
  it("a package's members after the records, arrays and objects among them, are the header, not records", () => {
    for (const chunkSizes of chunkings) {
      expect(read(join('{"records":[{"a":1}],"tags":["x","y"],"meta":{"k":[1]}}'), { chunkSizes })).toEqual([
        ["header", {}, 1, undefined, -1, true],
        ["record", { a: 1 }, 1, 13, 0, undefined],
        ["header", { tags: ["x", "y"], meta: { k: [1] } }, 1, undefined, -1, undefined],
      ]);
    }
  });

  it("arrays inside records and records that are arrays are read whole; `records` holding an object is no records array", () => {
    for (const chunkSizes of chunkings) {
      expect(read(join('{"records":[{"a":[1,[2]]},[3]]}'), { chunkSizes })).toEqual([
        ["header", {}, 1, undefined, -1, true],
        ["record", { a: [1, [2]] }, 1, 13, 0, undefined],
        ["record", [3], 1, 27, 1, undefined],
        ["header", {}, 1, undefined, -1, undefined],
      ]);
      expect(read(join('{"records":{"a":1}}'), { chunkSizes })).toEqual([["record", { records: { a: 1 } }, 1, 1, 0, undefined]]);
    }
  });

  it("a second records array: its records read, the header given once, the duplicate name an error where it is", () => {
    for (const chunkSizes of chunkings) {
      expect(read(join('{"records":[{"a":1}],"records":[{"a":2}]}'), { chunkSizes })).toEqual([
        ["header", {}, 1, undefined, -1, true],
        ["record", { a: 1 }, 1, 13, 0, undefined],
        ["record", { a: 2 }, 1, 33, 1, undefined],
        ["input.duplicate-name", undefined, 1, 22, -1, false],
      ]);
    }
  });

  it("records that are not objects are read each, up to their comma", () => {
    for (const chunkSizes of chunkings) {
      expect(read(join('[1, "x", null, true,\n{"a":1}, [2]]'), { chunkSizes })).toEqual([
        ["record", 1, 1, 2, 0, undefined],
        ["record", "x", 1, 5, 1, undefined],
        ["record", null, 1, 10, 2, undefined],
        ["record", true, 1, 16, 3, undefined],
        ["record", { a: 1 }, 2, 1, 4, undefined],
        ["record", [2], 2, 10, 5, undefined],
      ]);
    }
  });

  it("a record that is no object or array runs to the next comma at the records' level: a bracket after it without one is in it", () => {
    for (const chunkSizes of chunkings) {
      expect(read(join("[1 [2,3] 4,\n5]"), { chunkSizes })).toEqual([
        ["input.malformed-json", "end-of-text", 1, 4, 0, true],
        ["record", 5, 2, 1, 1, undefined],
      ]);
    }
  });

  it("a document cut short after a whole record keeps it; cut inside one loses that one", () => {
    for (const chunkSizes of chunkings) {
      expect(read(join('[{"a":1}'), { chunkSizes })).toEqual([
        ["record", { a: 1 }, 1, 2, 0, undefined],
        ["input.truncated", "document-cut-short", 1, undefined, -1, false],
      ]);
      expect(read(join("[[1]"), { chunkSizes })).toEqual([
        ["record", [1], 1, 2, 0, undefined],
        ["input.truncated", "document-cut-short", 1, undefined, -1, false],
      ]);
      expect(read(join("[1"), { chunkSizes })).toEqual([["input.truncated", "cut-short", 1, 2, 0, true]]);
    }
  });

  it("a comma before a package's or a one-record document's closing brace is malformed JSON where the brace is, not a cut-short document", () => {
    for (const chunkSizes of chunkings) {
      expect(read(join('{"a":1,}'), { chunkSizes })).toEqual([["input.malformed-json", "name", 1, 8, 0, true]]);
      expect(read(join('{"records":[{"a":1}],"b":2,}'), { chunkSizes })).toEqual([
        ["header", {}, 1, undefined, -1, true],
        ["record", { a: 1 }, 1, 13, 0, undefined],
        ["input.malformed-json", "name", 1, 28, -1, false],
      ]);
    }
  });

  it("a binary file: a caller that pushes on after the reader is done gets nothing more", () => {
    const items: InputItem[] = [];
    const reader = createJsonDocumentReader({ file: "x.json", encoding: "auto", limits: { maxRecordBytes: 1000, maxDepth: 64 }, emit: (item) => items.push(item) });
    reader.push(join('[{"a":', [0]));
    expect(reader.done).toBe(true);
    reader.push(join('1},{"a":2}]'));
    reader.end();
    expect(brief(items)).toEqual([["input.binary", undefined, 1, undefined, 0, true]]);
  });
});

describe("JSON documents: the two passes over a package", () => {
  const pass = (bytes: Uint8Array, options: Partial<ReaderOptions>, chunkSizes: number[]) => {
    const items: InputItem[] = [];
    const reader = createJsonDocumentReader({ file: "x.json", encoding: "auto", limits: { maxRecordBytes: 1000, maxDepth: 64 }, emit: (item) => items.push(item), ...options });
    for (let offset = 0, turn = 0; offset < bytes.length && !reader.done; ) {
      const size = chunkSizes[turn++ % chunkSizes.length]!;
      reader.push(bytes.subarray(offset, offset + size));
      offset += size;
    }
    reader.end();
    return { items: brief(items), done: reader.done };
  };
  const pkg = join('{"records":[{"a":1},{"b":[2]}],"city":"430100","tags":["x"]}');
  const members = { city: "430100", tags: ["x"] };

  it("the first pass, over records before the members, gives the whole header only, once", () => {
    for (const chunkSizes of chunkings) {
      expect(pass(pkg, { membersOnly: true }, chunkSizes)).toEqual({ items: [["header", members, 1, undefined, -1, undefined]], done: false });
      // Invalid bytes in the members: nothing (the second pass reports them).
      expect(pass(join('{"city":"', [0xff], '","records":[{"a":1}]}'), { membersOnly: true }, chunkSizes).items).toEqual([]);
    }
    // An array of records has no members: the first pass stops at once.
    expect(pass(join('[{"a":1}]'), { membersOnly: true }, [1])).toEqual({ items: [], done: true });
  });

  it("the second pass gives the header of the first at the records, once, then the records", () => {
    for (const chunkSizes of chunkings) {
      expect(pass(pkg, { packageMembers: members }, chunkSizes).items).toEqual([
        ["header", members, 1, undefined, -1, undefined],
        ["record", { a: 1 }, 1, 13, 0, undefined],
        ["record", { b: [2] }, 1, 21, 1, undefined],
      ]);
      expect(pass(join('{"city":"', [0xff], '","records":[{"a":1}]}'), { packageMembers: { city: "x" } }, chunkSizes).items).toEqual([
        ["header", { city: "x" }, 1, undefined, -1, undefined],
        ["input.encoding", "bytes-not-utf-8", 1, 10, -1, false],
        ["record", { a: 1 }, 1, 24, 0, undefined],
      ]);
      // A second records array: the header is not given again.
      expect(pass(join('{"records":[{"a":1}],"records":[{"a":2}]}'), { packageMembers: {} }, chunkSizes).items).toEqual([
        ["header", {}, 1, undefined, -1, undefined],
        ["record", { a: 1 }, 1, 13, 0, undefined],
        ["record", { a: 2 }, 1, 33, 1, undefined],
        ["input.duplicate-name", undefined, 1, 22, -1, false],
      ]);
    }
  });
});

describe("JSON documents with invalid bytes: the summary a user reads", () => {
  it("counts a record lost to invalid bytes as read and invalid, the others as they are, and says where", async () => {
    const dir = mkdtempSync(joinPath(tmpdir(), "czt-json-bytes-"));
    const file = joinPath(dir, "package.json");
    const [first, second, third, fourth] = [0, 1, 2, 3].map((i) => JSON.stringify(person({ id: `430100-P-00000${i}` })));
    // An 0xFF in the second record's name, and one standing before the fourth.
    const [secondBefore, secondAfter] = [second!.slice(0, second!.indexOf("张")), second!.slice(second!.indexOf("张"))];
    const header = JSON.stringify(changshaHeader()).slice(0, -1);
    writeFileSync(file, join(header, ',"records":[\n', first!, ",\n", secondBefore, [0xff], secondAfter, ",\n", third!, ",\n", [0xff], fourth!, "\n]}"));
    const report = await validateFiles([file], { jobs: 1, disableRules: ["dataset.duplicate-person"] }); // every test person shares one identity number
    expect(report.summary).toMatchObject({ records: 4, valid: 2, invalid: 2, byRule: { "input.encoding": 2 } });
    expect(report.findings.map(({ ruleId, line, column, recordIndex, params }) => [ruleId, params["detail"], line, column, recordIndex])).toEqual([
      ["input.encoding", "record-not-utf-8", 3, secondBefore.length + 1, 1],
      ["input.encoding", "record-not-utf-8", 5, 1, 3],
    ]);
  });
});
