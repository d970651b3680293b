import { describe, expect, it } from "vitest";
import { createJsonLinesReader, type InputItem } from "../src/index.js";
import { createCsvReader } from "../src/input/csv-reader.js";
import { nodeText } from "../src/node/text-platform.js";
import { readAll as readWith, summarise } from "./support/read-all.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const join = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((part) => [...part]));
/** 张三 in GB18030. */
const zhangSan = [0xd5, 0xc5, 0xc8, 0xfd];

// The lines under JSON Lines and CSV: on the portable path (TextDecoder, as in a browser)
// and on Node's (native UTF-8 check, lines as one-byte strings).
describe.each([
  ["TextDecoder", undefined],
  ["Node's text functions", nodeText],
])("lines of a file (%s)", (_name, text) => {
  const readAll = (bytes: Uint8Array, options: Parameters<typeof readWith>[2] = {}): InputItem[] => readWith(createJsonLinesReader, bytes, { ...options, text });

  it("a UTF-16 file, either byte order, is one located finding asking for UTF-8, and nothing more is read", () => {
    for (const bom of [[0xff, 0xfe], [0xfe, 0xff]]) {
      const bytes = join(bom, [0x7b, 0, 0x7d, 0, 0x0a, 0]);
      for (const chunkSizes of [[bytes.length], [1]]) {
        expect(readAll(bytes, { chunkSizes })).toEqual([
          {
            kind: "error",
            ruleId: "input.encoding",
            params: { detail: "utf-16", "detail.zh": "不支持 UTF-16 文本，请以 UTF-8 导出", "detail.en": "UTF-16 text is not supported; export as UTF-8" },
            location: { file: "test.jsonl", line: 1, recordIndex: 0 },
            lostRecord: true,
          },
        ]);
      }
    }
    // Only at the very start: the same bytes later in a line are just not UTF-8.
    expect(summarise(readAll(join(utf8('{"a":1}\n'), [0xff, 0xfe, 0x0a])))).toEqual(["record@1", "input.encoding@2"]);
  });

  it("a NUL byte in the first 8 KiB makes the file binary; one after them is a character the JSON refuses", () => {
    const padded = (nulAt: number) => join(utf8(`{"a":"${"x".repeat(nulAt - 6)}`), [0], utf8('"}\n{"b":2}\n'));
    expect(readAll(padded(8191))).toEqual([{ kind: "error", ruleId: "input.binary", params: {}, location: { file: "test.jsonl", line: 1, recordIndex: 0 }, lostRecord: true }]);
    expect(summarise(readAll(padded(8191), { chunkSizes: [1000] }))).toEqual(["input.binary@1"]);
    expect(summarise(readAll(padded(8192)))).toEqual(["input.malformed-json@1", "record@2"]);
    expect(summarise(readAll(padded(8192), { chunkSizes: [4096] }))).toEqual(["input.malformed-json@1", "record@2"]);
  });

  it("a file shorter than the 8 KiB looked at is judged at its end, in any chunking", () => {
    expect(summarise(readAll(utf8('{"a":1}\n{"a":2}'), { chunkSizes: [1] }))).toEqual(["record@1", "record@2"]);
    expect(summarise(readAll(join(utf8('{"a":1}\n'), [0]), { chunkSizes: [3] }))).toEqual(["input.binary@1"]);
  });

  it("a UTF-8 byte-order mark is dropped at the start only", () => {
    expect(readAll(utf8('\uFEFF{"a":1}\n'))).toMatchObject([{ kind: "record", value: { a: 1 }, location: { line: 1 } }]);
    expect(readAll(utf8('\uFEFF{"a":1}\n'), { chunkSizes: [1] })).toMatchObject([{ kind: "record", value: { a: 1 } }]);
    // A second mark is text (a character JSON does not allow outside strings).
    expect(summarise(readAll(utf8('\uFEFF\uFEFF{"a":1}\n')))).toEqual(["input.malformed-json@1"]);
  });

  it("a line of exactly --max-line-bytes bytes is read, one byte more is not, whatever its characters and chunking", () => {
    // Each line is 28 bytes: 8 of `{"n":""}` and 20 of text, in characters of 1, 2, 3 and 4 bytes.
    for (const name of ["x".repeat(20), "é".repeat(10), "张三".repeat(3) + "xx", "😀".repeat(5)]) {
      const line = JSON.stringify({ n: name });
      expect(utf8(line).length).toBe(28);
      const bytes = utf8(`${line}\n${line}\n${line}`);
      for (const chunkSizes of [[bytes.length], [5], [40]]) {
        expect(summarise(readAll(bytes, { maxRecordBytes: 28, chunkSizes })), `${name} ${chunkSizes}`).toEqual(["record@1", "record@2", "record@3"]);
        expect(summarise(readAll(bytes, { maxRecordBytes: 27, chunkSizes })), `${name} ${chunkSizes}`).toEqual(["input.line-too-long@1", "input.line-too-long@2", "input.line-too-long@3"]);
      }
    }
  });

  it("a line of nothing but spaces, tabs and a CR is blank, however long: no record and no finding", () => {
    const items = readAll(utf8(`{"a":1}\n${" ".repeat(7)}\n${" \t".repeat(20)}\r\n\r\n{"a":2}\n   \t`));
    expect(items).toEqual([
      { kind: "record", value: { a: 1 }, location: { file: "test.jsonl", line: 1, recordIndex: 0 } },
      { kind: "record", value: { a: 2 }, location: { file: "test.jsonl", line: 5, recordIndex: 1 } },
    ]);
  });

  it("the line-too-long finding names the limit and costs one record", () => {
    expect(readAll(utf8(`${"x".repeat(50)}\n{"a":1}\n`), { maxRecordBytes: 20 })).toEqual([
      { kind: "error", ruleId: "input.line-too-long", params: { limit: 20 }, location: { file: "test.jsonl", line: 1, recordIndex: 0 }, lostRecord: true },
      { kind: "record", value: { a: 1 }, location: { file: "test.jsonl", line: 2, recordIndex: 1 } },
    ]);
  });

  it("a long line split over many chunks is skipped from its start to its end, and the lines after keep their numbers", () => {
    const bytes = utf8(`{"a":1}\n{"b":"${"x".repeat(100)}"}\n{"c":3}\n{"d":"${"y".repeat(100)}"}`);
    for (const chunkSizes of [[7], [13, 1], [64]]) {
      expect(summarise(readAll(bytes, { maxRecordBytes: 30, chunkSizes }))).toEqual(["record@1", "input.line-too-long@2", "record@3", "input.line-too-long@4"]);
    }
  });

  it("--encoding gb18030 reads GB18030 without a warning; a line not GB18030 is an error on its line", () => {
    const bytes = join(utf8('{"name":"'), zhangSan, utf8('"}\n{"name":"'), [0x81, 0x20], utf8('"}\n{"a":1}\n'));
    const items = readAll(bytes, { encoding: "gb18030" });
    expect(summarise(items)).toEqual(["record@1", "input.encoding@2", "record@3"]);
    expect(items[0]).toMatchObject({ value: { name: "张三" } });
    expect(items[1]).toMatchObject({ params: { detail: "line-not-gb18030", "detail.en": "the line is not valid GB18030" }, lostRecord: true });
  });

  it("--encoding utf-8 never guesses: a GB18030 line is an error on its line", () => {
    const bytes = join(utf8('{"a":1}\n{"name":"'), zhangSan, utf8('"}\n{"a":3}\n'));
    const items = readAll(bytes, { encoding: "utf-8" });
    expect(summarise(items)).toEqual(["record@1", "input.encoding@2", "record@3"]);
    expect(items[1]).toMatchObject({ params: { detail: "line-not-utf-8", "detail.en": "the line is not valid UTF-8" } });
  });

  it("with --encoding auto, a file found to be GB18030 is read as GB18030 from that line on, ASCII lines too", () => {
    const bytes = join(utf8('{"a":1}\n{"name":"'), zhangSan, utf8('"}\n{"a":3}\n{"name":"'), zhangSan, utf8('"}'));
    for (const chunkSizes of [[bytes.length], [3]]) {
      const items = readAll(bytes, { chunkSizes });
      expect(summarise(items)).toEqual(["record@1", "input.encoding@2", "record@2", "record@3", "record@4"]);
      expect(items[1]).toEqual({
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
      });
      expect(items[4]).toMatchObject({ value: { name: "张三" }, location: { recordIndex: 3 } });
    }
  });

  it("bytes that are neither UTF-8 nor GB18030 are an error on their line, not a switch of encoding", () => {
    const bytes = join(utf8('{"a":1}\n{"name":"'), [0x81, 0x20], utf8('"}\n{"name":"张"}\n'));
    expect(summarise(readAll(bytes))).toEqual(["record@1", "input.encoding@2", "record@3"]);
  });
});

describe("lines of a CSV file", () => {
  it("a UTF-16 file is refused at once and the reader is done", () => {
    const bytes = join([0xff, 0xfe], [0x69, 0, 0x64, 0, 0x0a, 0]);
    expect(summarise(readWith(createCsvReader, bytes))).toEqual(["input.encoding@1"]);
  });
});
