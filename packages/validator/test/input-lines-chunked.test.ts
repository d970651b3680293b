import { describe, expect, it } from "vitest";
import { type ChunkReader, createJsonLinesReader, defaultLimits, type InputItem, type ReaderOptions } from "../src/index.js";
import { createCsvReader } from "../src/input/csv-reader.js";
import { nodeText } from "../src/node/text-platform.js";
import { readAll as readWith, summarise } from "./support/read-all.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const join = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((part) => [...part]));
/** 张三 in GB18030. */
const zhangSan = [0xd5, 0xc5, 0xc8, 0xfd];
/** What GB18030 makes of bytes (that may also be valid UTF-8). */
const asGb18030 = (bytes: number[]) => new TextDecoder("gb18030").decode(new Uint8Array(bytes));
/** Records of 8 bytes each, enough to fill the 8 KiB the reader judges a file's start on. */
const filler = (count: number) => '{"a":1}\n'.repeat(count);

/** Feeds every chunk, as a caller that does not look at `done` would, and returns the reader and what it emitted. */
function feedAll(create: (options: ReaderOptions) => ChunkReader, bytes: Uint8Array, chunkSize: number, options: Partial<ReaderOptions> = {}) {
  const items: InputItem[] = [];
  const reader = create({ file: "test.jsonl", encoding: "auto", limits: defaultLimits, emit: (item) => items.push(item), ...options });
  for (let offset = 0; offset < bytes.length; offset += chunkSize) reader.push(bytes.slice(offset, offset + chunkSize));
  reader.end();
  return { reader, items };
}

// The same lines on the portable path (TextDecoder, as in a browser) and on Node's.
describe.each([
  ["TextDecoder", undefined],
  ["Node's text functions", nodeText],
])("lines of a file, in blocks and chunks (%s)", (_name, text) => {
  const readAll = (bytes: Uint8Array, options: Parameters<typeof readWith>[2] = {}): InputItem[] => readWith(createJsonLinesReader, bytes, { ...options, text });
  const readCsv = (bytes: Uint8Array, options: Parameters<typeof readWith>[2] = {}): InputItem[] => readWith(createCsvReader, bytes, { ...options, text });
  const withText = text ? { text } : {};

  it("only FF FE or FE FF at the start is UTF-16: a file starting with one of those bytes alone is read line by line", () => {
    for (const chunkSizes of [[1000], [1]]) {
      // FF and FF as a second byte are neither UTF-8 nor GB18030: an error on line 1 only.
      expect(summarise(readAll(join([0xff, 0x41], utf8('\n{"a":1}\n')), { chunkSizes }))).toEqual(["input.encoding@1", "record@2"]);
      expect(summarise(readAll(join([0x41, 0xff], utf8('\n{"a":1}\n')), { chunkSizes }))).toEqual(["input.encoding@1", "record@2"]);
      // 81 FE and FE 40 are GB18030 characters: the file is GB18030, read on.
      for (const start of [[0x81, 0xfe], [0xfe, 0x40]]) {
        const items = readAll(join(utf8('{"n":"'), [], start, utf8('"}\n{"a":1}\n')).subarray(6), { chunkSizes });
        expect(summarise(items)).toEqual(["input.encoding@1", "input.malformed-json@1", "record@2"]);
        expect(items[0]).toMatchObject({ params: { detail: "decoded-as-gb18030" }, severity: "warning" });
      }
    }
  });

  it("a UTF-16 or binary file longer than the 8 KiB looked at is one finding, however long the caller goes on feeding it", () => {
    const utf16 = join([0xff, 0xfe], ...Array.from({ length: 10_000 }, () => [0x7b, 0, 0x0a, 0]));
    const binary = join(utf8('{"a":"x'), [0], utf8(`"}\n${filler(3000)}`));
    for (const chunkSize of [1000, 4096]) {
      const read16 = feedAll(createJsonLinesReader, utf16, chunkSize, withText);
      expect(summarise(read16.items)).toEqual(["input.encoding@1"]);
      expect(read16.reader.done).toBe(true);
      const readBinary = feedAll(createJsonLinesReader, binary, chunkSize, withText);
      expect(summarise(readBinary.items)).toEqual(["input.binary@1"]);
      expect(readBinary.reader.done).toBe(true);
    }
    expect(feedAll(createJsonLinesReader, utf8(filler(2000)), 4096, withText).reader.done).toBe(false);
  });

  it("the byte-order mark is dropped only when all three of its bytes are there: a character sharing two of them is text", () => {
    // U+FEE0 (EF BB A0), U+FF3F (EF BC BF), U+3EFF (E3 BB BF) before a record: a character JSON refuses.
    for (const character of ["\uFEE0", "\uFF3F", "\u3EFF"]) {
      expect(summarise(readAll(utf8(`${character}{"a":1}\n{"a":2}\n`))), character).toEqual(["input.malformed-json@1", "record@2"]);
    }
    // In the middle of a file that is read line by line, a mark is text too.
    expect(summarise(readAll(join(utf8('{"a":1}\n'), [0xff], utf8('\n\uFEFF{"a":2}\n{"a":3}\n'))))).toEqual(["record@1", "input.encoding@2", "input.malformed-json@3", "record@4"]);
  });

  it("a long line that arrives after the first 8 KiB, over many chunks, costs only itself; the lines after keep their numbers", () => {
    const bytes = utf8(`${filler(1125)}{"b":"${"x".repeat(3000)}"}\n{"c":3}\n{"d":"${"y".repeat(500)}"}`);
    for (const chunkSize of [333, 1000, 4096]) {
      const items = feedAll(createJsonLinesReader, bytes, chunkSize, { ...withText, limits: { ...defaultLimits, maxRecordBytes: 100 } }).items;
      expect(summarise(items.slice(1124)), `${chunkSize}`).toEqual(["record@1125", "input.line-too-long@1126", "record@1127", "input.line-too-long@1128"]);
      expect(items[1125]).toEqual({ kind: "error", ruleId: "input.line-too-long", params: { limit: 100 }, location: { file: "test.jsonl", line: 1126, recordIndex: 1125 }, lostRecord: true });
      expect(items).toHaveLength(1128);
    }
  });

  it("a line over the limit in the middle of a block, read whole or line by line, names the limit; one of exactly the limit is read", () => {
    const long = `{"b":"${"x".repeat(40)}"}`;
    const exact = `{"e":"${"y".repeat(22)}"}`;
    expect(utf8(exact).length).toBe(30);
    const tooLong = { kind: "error", ruleId: "input.line-too-long", params: { limit: 30 }, location: { file: "test.jsonl", line: 2, recordIndex: 1 }, lostRecord: true };
    const whole = readAll(utf8(`{"a":1}\n${long}\n${exact}\n{"c":3}\n`), { maxRecordBytes: 30 });
    expect(summarise(whole)).toEqual(["record@1", "input.line-too-long@2", "record@3", "record@4"]);
    expect(whole[1]).toEqual(tooLong);
    // A byte that is not UTF-8 sends the block down the line-by-line path.
    const byLine = readAll(join(utf8(`{"a":1}\n`), [0xff], utf8(`\n${long}\n${exact}\n{"c":3}\n{"d":4}\n`)), { maxRecordBytes: 30 });
    expect(summarise(byLine)).toEqual(["record@1", "input.encoding@2", "input.line-too-long@3", "record@4", "record@5", "record@6"]);
    expect(byLine[2]).toEqual({ ...tooLong, location: { file: "test.jsonl", line: 3, recordIndex: 2 } });
  });

  it("a record cut short is input.truncated only as the file's last line without a newline, on either path", () => {
    expect(summarise(readAll(utf8('{"a":1}\n{"a":2}\n{"a":\n')))).toEqual(["record@1", "record@2", "input.malformed-json@3"]);
    expect(summarise(readAll(utf8('{"a":1}\n{"a":2}\n{"a":')))).toEqual(["record@1", "record@2", "input.truncated@3"]);
    expect(summarise(readAll(join(utf8('{"a":1}\n'), [0xff], utf8('\n{"a":\n{"a":2}'))))).toEqual(["record@1", "input.encoding@2", "input.malformed-json@3", "record@4"]);
    expect(summarise(readAll(join(utf8('{"a":1}\n'), [0xff], utf8('\n{"a":\n'))))).toEqual(["record@1", "input.encoding@2", "input.malformed-json@3"]);
    // A file found to be GB18030 is read line by line to its end.
    expect(summarise(readAll(join(utf8('{"a":1}\n{"n":"'), zhangSan, utf8('"}\n{"a":'))))).toEqual(["record@1", "input.encoding@2", "record@2", "input.truncated@3"]);
  });

  it("a blank line at the end of a block read line by line still counts", () => {
    expect(summarise(readAll(join(utf8('{"a":1}\n'), [0xff], utf8('\n\n{"a":2}'))))).toEqual(["record@1", "input.encoding@2", "record@4"]);
  });

  it("--encoding gb18030 reads GB18030 even where its bytes are also valid UTF-8", () => {
    // C3 A9 is é in UTF-8 and another character in GB18030.
    const bytes = join(utf8('{"a":1}\n{"n":"'), [0xc3, 0xa9], utf8('"}\n'));
    const items = readAll(bytes, { encoding: "gb18030" });
    expect(summarise(items)).toEqual(["record@1", "record@2"]);
    expect(items[1]).toMatchObject({ value: { n: asGb18030([0xc3, 0xa9]) } });
    const csv = readCsv(join(utf8("recordType,name\nperson,"), [0xc3, 0xa9], utf8("\n")), { encoding: "gb18030" });
    expect(csv).toMatchObject([{ kind: "record", value: { recordType: "person", name: asGb18030([0xc3, 0xa9]) } }]);
  });

  it("a CSV file's UTF-8 text is read as text", () => {
    expect(readCsv(utf8("recordType,name\nperson,张三\nperson,é\n"))).toMatchObject([
      { kind: "record", value: { name: "张三" }, location: { line: 2 } },
      { kind: "record", value: { name: "é" }, location: { line: 3 } },
    ]);
  });

  it("with --encoding auto, non-ASCII UTF-8 text anywhere before a GB18030 line makes that line an error, not a switch", () => {
    const gbRow = join(utf8("person,"), zhangSan, utf8("\n"));
    // A CSV header in Chinese (UTF-8), then a GB18030 row.
    const chinese = readCsv(join(utf8("记录类型,name\n"), gbRow, utf8("person,x\n")));
    expect(summarise(chinese)).toEqual(["input.encoding@2", "record@3"]);
    expect(chinese[0]).toMatchObject({ params: { detail: "line-not-utf-8" } });
    // An ASCII header: the file is GB18030.
    const ascii = readCsv(join(utf8("recordType,name\n"), gbRow, utf8("person,x\n")));
    expect(summarise(ascii)).toEqual(["input.encoding@2", "record@2", "record@3"]);
    expect(ascii[1]).toMatchObject({ value: { name: "张三" } });
    // On the line-by-line path (a byte that is not UTF-8 before): UTF-8 text, then GB18030.
    const gbLine = join(utf8('{"n":"'), zhangSan, utf8('"}\n'));
    const seen = readAll(join(utf8('{"a":1}\n'), [0xff], utf8('\n{"n":"张三"}\n'), gbLine, utf8('{"a":2}\n')));
    expect(summarise(seen)).toEqual(["record@1", "input.encoding@2", "record@3", "input.encoding@4", "record@5"]);
    expect(seen[3]).toMatchObject({ params: { detail: "line-not-utf-8" } });
    const unseen = readAll(join(utf8('{"a":1}\n'), [0xff], utf8('\n{"a":3}\n'), gbLine, utf8('{"a":2}\n')));
    expect(summarise(unseen)).toEqual(["record@1", "input.encoding@2", "record@3", "input.encoding@4", "record@4", "record@5"]);
    expect(unseen[3]).toMatchObject({ params: { detail: "decoded-as-gb18030" }, severity: "warning" });
  });

  it("a first line that is neither UTF-8 nor GB18030 is reported as not UTF-8", () => {
    expect(readAll(join([0xff, 0x41], utf8('\n{"a":1}\n')))[0]).toMatchObject({ ruleId: "input.encoding", params: { detail: "line-not-utf-8" }, location: { line: 1 } });
  });

  it("a line's size is counted in UTF-8 bytes at every boundary of the encoding (U+0080, U+0800, surrogates, U+E000)", () => {
    // Each line is 28 bytes: 8 of {"n":""} and 20 of text.
    for (const name of ["\u0080".repeat(10), `${"\u0800".repeat(6)}xx`, `${"\ud7ff".repeat(6)}xx`, `${"\ue000".repeat(6)}xx`, "\u{10000}".repeat(5)]) {
      const line = JSON.stringify({ n: name });
      expect(utf8(line).length).toBe(28);
      const bytes = utf8(`${line}\n${line}\n${line}`);
      expect(summarise(readAll(bytes, { maxRecordBytes: 28 })), name).toEqual(["record@1", "record@2", "record@3"]);
      expect(summarise(readAll(bytes, { maxRecordBytes: 27 })), name).toEqual(["input.line-too-long@1", "input.line-too-long@2", "input.line-too-long@3"]);
    }
  });

  it("a DEL character (7F) is ASCII: a file found to be GB18030 reads a line holding one", () => {
    const items = readAll(join(utf8('{"a":1}\n{"n":"'), zhangSan, utf8('"}\n{"d":"\x7f"}\n{"a":2}\n')));
    expect(summarise(items)).toEqual(["record@1", "input.encoding@2", "record@2", "record@3", "record@4"]);
    expect(items[3]).toMatchObject({ value: { d: "\x7f" } });
  });

  it("after a long line is skipped, the lines of the chunks after it are all read", () => {
    const bytes = utf8(`${filler(1125)}{"b":"${"x".repeat(3000)}"}\n${filler(500)}{"c":3}\n`);
    for (const chunkSize of [333, 1000]) {
      const items = feedAll(createJsonLinesReader, bytes, chunkSize, { ...withText, limits: { ...defaultLimits, maxRecordBytes: 100 } }).items;
      expect(summarise(items.filter((item) => item.kind === "error"))).toEqual(["input.line-too-long@1126"]);
      expect(items.filter((item) => item.kind === "record")).toHaveLength(1626);
      expect(items.at(-1)).toMatchObject({ value: { c: 3 }, location: { line: 1627 } });
    }
  });

  it("once a file is GB18030, a UTF-8 line in a chunk without other problems is a located error", () => {
    const bytes = join(utf8('{"a":1}\n{"n":"'), zhangSan, utf8(`"}\n${filler(1100)}{"n":"张三"}\n${filler(600)}{"a":2}\n`));
    for (const chunkSize of [1000, 4096]) {
      const items = feedAll(createJsonLinesReader, bytes, chunkSize, withText).items;
      const errors = items.filter((item) => item.kind === "error").map((item) => [item.location.line, item.kind === "error" ? item.params["detail"] : undefined]);
      expect(errors, `${chunkSize}`).toEqual([
        [2, "decoded-as-gb18030"],
        [1103, "mixed-encodings"],
      ]);
      expect(items.filter((item) => item.kind === "record")).toHaveLength(1703);
    }
  });

  it("once a file is GB18030, a UTF-8 line in a later chunk is a located error, and a line not GB18030 one too", () => {
    const bytes = join(utf8('{"a":1}\n{"n":"'), zhangSan, utf8(`"}\n${filler(1100)}{"n":"张三"}\n{"n":"`), [0x81, 0x20], utf8('"}\n{"a":2}\n'));
    for (const chunkSize of [1000, 4096]) {
      const items = feedAll(createJsonLinesReader, bytes, chunkSize, withText).items;
      expect(summarise(items.slice(-4)), `${chunkSize}`).toEqual(["record@1102", "input.encoding@1103", "input.encoding@1104", "record@1105"]);
      expect(items.at(-3)).toMatchObject({ params: { detail: "mixed-encodings" } });
      expect(items.at(-2)).toMatchObject({ params: { detail: "line-not-gb18030" } });
    }
  });
});
