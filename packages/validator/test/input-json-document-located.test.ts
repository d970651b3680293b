import { describe, expect, it } from "vitest";
import { createJsonDocumentReader, type InputItem } from "../src/index.js";
import { readAll } from "./support/read-all.js";

const encode = (text: string) => new TextEncoder().encode(text);
const read = (text: string, options: Parameters<typeof readAll>[2] = {}) => readAll(createJsonDocumentReader, encode(text), options);

/** Each item as [kind or rule, value or detail, line, column, recordIndex, lostRecord or contextOnly]. */
function brief(items: readonly InputItem[]): unknown[] {
  return items.map((item) => {
    const { line, column, recordIndex } = item.location;
    if (item.kind !== "error") return [item.kind, item.value, line, column, recordIndex, item.kind === "header" ? item.contextOnly : undefined];
    const detail = item.params["expected"] ?? item.params["detail"] ?? item.params["limit"] ?? item.params["name"];
    return [item.ruleId, detail, line, column, recordIndex, item.lostRecord];
  });
}
const briefOf = (text: string, options: Parameters<typeof readAll>[2] = {}) => brief(read(text, options));

describe("where a JSON document's problems are", () => {
  it("content after the document is one finding at its first character, costing no record", () => {
    expect(briefOf('[{"a":1}] x y\n z')).toEqual([
      ["record", { a: 1 }, 1, 2, 0, undefined],
      ["input.malformed-json", "end-of-text", 1, 11, -1, false],
    ]);
    expect(read("[] x")).toEqual([
      {
        kind: "error",
        ruleId: "input.malformed-json",
        params: { expected: "end-of-text", "expected.zh": "JSON 值之后不再有内容", "expected.en": "nothing after the JSON value" },
        location: { file: "test.jsonl", line: 1, column: 4 },
        lostRecord: false,
      },
    ].map((item) => ({ ...item, location: { ...item.location, recordIndex: -1 } })));
  });

  it("a document that does not start with { or [ is refused where it starts, and nothing more is read", () => {
    expect(read('\n\n  5\n{"a":1}')).toEqual([
      {
        kind: "error",
        ruleId: "input.malformed-json",
        params: { expected: "object-or-array", "expected.zh": "以 { 或 [ 开始的 JSON 文档", "expected.en": "a JSON document starting with { or [" },
        location: { file: "test.jsonl", line: 3, column: 3, recordIndex: 0 },
        lostRecord: true,
      },
    ]);
  });

  it("an empty or blank file is cut short: the file is empty", () => {
    for (const text of ["", " \n\t\r\n "]) {
      expect(read(text)).toEqual([
        {
          kind: "error",
          ruleId: "input.truncated",
          params: { detail: "file-empty", "detail.zh": "文件为空", "detail.en": "the file is empty" },
          location: { file: "test.jsonl", line: 1, recordIndex: -1 },
          lostRecord: false,
        },
      ]);
    }
  });

  it("a document cut between records: the records are kept and the end of the file is located", () => {
    expect(briefOf('[\n{"a":1},\n')).toEqual([
      ["record", { a: 1 }, 2, 1, 0, undefined],
      ["input.truncated", "document-cut-short", 3, undefined, -1, false],
    ]);
    expect(read("[\n")).toMatchObject([{ params: { "detail.en": "the document is cut short" } }]);
  });

  it("a document cut inside a record: the record is cut short, at its start", () => {
    expect(briefOf('[\n {"a":1},\n  {"b":')).toEqual([
      ["record", { a: 1 }, 2, 2, 0, undefined],
      ["input.truncated", "cut-short", 3, 3, 1, true],
    ]);
    expect(briefOf("[1,2", { chunkSizes: [2] })).toEqual([
      ["record", 1, 1, 2, 0, undefined],
      ["input.truncated", "cut-short", 1, 4, 1, true],
    ]);
  });

  it("a single record with a syntax error is located at the error and costs one record", () => {
    expect(briefOf('{"a":1,\n"b":}')).toEqual([["input.malformed-json", "value", 2, 5, 0, true]]);
  });

  it("a bad member of a package is located in the file, before or after the records, and costs no record", () => {
    expect(briefOf('{"schemaVersion": x, "records": []}')).toEqual([["input.malformed-json", "value", 1, 19, -1, false]]);
    expect(briefOf('{"a":1,\n"records":[{"x":1}],\n"b":tru}', { chunkSizes: [4] })).toEqual([
      ["header", { a: 1 }, 1, undefined, -1, true],
      ["record", { x: 1 }, 2, 12, 0, undefined],
      ["input.malformed-json", "value", 3, 5, -1, false],
    ]);
  });

  it("a second records member is a duplicate name, and both members' records are read", () => {
    expect(briefOf('{"records": [{"a":1}], "records": [{"b":2}]}')).toEqual([
      ["header", {}, 1, undefined, -1, true],
      ["record", { a: 1 }, 1, 14, 0, undefined],
      ["record", { b: 2 }, 1, 36, 1, undefined],
      ["input.duplicate-name", "records", 1, 24, -1, false],
    ]);
  });
});

describe("what a JSON document holds", () => {
  it("records of any JSON type, strings holding brackets and quotes included, each at its own column", () => {
    expect(briefOf('[1, "x,]", null,\n true, [2], {"a":"]}\\"{["}]')).toEqual([
      ["record", 1, 1, 2, 0, undefined],
      ["record", "x,]", 1, 5, 1, undefined],
      ["record", null, 1, 12, 2, undefined],
      ["record", true, 2, 2, 3, undefined],
      ["record", [2], 2, 8, 4, undefined],
      ["record", { a: ']}"{[' }, 2, 13, 5, undefined],
    ]);
    expect(briefOf('{"records": [1, [2], {"a":3}]}', { chunkSizes: [3] })).toEqual([
      ["header", {}, 1, undefined, -1, true],
      ["record", 1, 1, 14, 0, undefined],
      ["record", [2], 1, 17, 1, undefined],
      ["record", { a: 3 }, 1, 22, 2, undefined],
      ["header", {}, 1, undefined, -1, undefined],
    ]);
  });

  it("a byte-order mark and CRLF line ends are read, lines and columns counted as written", () => {
    for (const chunkSizes of [[100], [1]]) {
      expect(briefOf('\uFEFF[\r\n{"a":1},\r\n  {"a":2}\r\n]', { chunkSizes })).toEqual([
        ["record", { a: 1 }, 2, 1, 0, undefined],
        ["record", { a: 2 }, 3, 3, 1, undefined],
      ]);
    }
  });

  it("a byte-order mark past the start of the file (two files joined) is a stray character: that record is malformed, the others read", () => {
    for (const chunkSizes of [[100], [1]]) {
      const read = briefOf('\uFEFF[{"a":1},\uFEFF{"a":2},{"a":3}]', { chunkSizes });
      expect(read.map((item) => (item as unknown[])[0])).toEqual(["record", "input.malformed-json", "record"]);
      expect(read[1]).toMatchObject(["input.malformed-json", expect.anything(), 1, 10, 1, true]);
      expect(read[2]).toEqual(["record", { a: 3 }, 1, 19, 2, undefined]);
    }
  });

  it("only the package's own records member holds records; a records member deeper down is data", () => {
    expect(briefOf('{"meta": {"records": [1]}, "records": [{"a":1}]}')).toEqual([
      ["header", { meta: { records: [1] } }, 1, undefined, -1, true],
      ["record", { a: 1 }, 1, 40, 0, undefined],
      ["header", { meta: { records: [1] } }, 1, undefined, -1, undefined],
    ]);
    // A records member that is no array: the document is one record.
    expect(briefOf('{"records": 5}')).toEqual([["record", { records: 5 }, 1, 1, 0, undefined]]);
  });
});

describe("the size and depth limits of a JSON document", () => {
  it("a record over --max-line-bytes is skipped at its start; the records after it are read", () => {
    const text = `[{"a":1},\n {"b":"${"x".repeat(100)}"},{"c":3}]`;
    for (const chunkSizes of [[text.length], [16], [1]]) {
      expect(briefOf(text, { maxRecordBytes: 50, chunkSizes })).toEqual([
        ["record", { a: 1 }, 1, 2, 0, undefined],
        ["input.line-too-long", 50, 2, 2, 1, true],
        ["record", { c: 3 }, 2, 111, 2, undefined],
      ]);
    }
  });

  it("a record of exactly --max-line-bytes characters is read", () => {
    const record = `{"b":"${"x".repeat(42)}"}`;
    expect(record.length).toBe(50);
    for (const chunkSizes of [[100], [7]]) {
      expect(briefOf(`[${record}]`, { maxRecordBytes: 50, chunkSizes })).toEqual([["record", { b: "x".repeat(42) }, 1, 2, 0, undefined]]);
      expect(briefOf(`[${record}]`, { maxRecordBytes: 49, chunkSizes })).toEqual([["input.line-too-long", 49, 1, 2, 0, true]]);
    }
  });

  it("package members over --max-line-bytes are one finding at the file's start, costing no record", () => {
    expect(briefOf(`{"name":"${"x".repeat(100)}", "records": [{"a":1}]}`, { maxRecordBytes: 50, chunkSizes: [20] })).toEqual([
      ["record", { a: 1 }, 1, 125, 0, undefined],
      ["input.line-too-long", 50, 1, 1, -1, false],
    ]);
    // One record as the whole document: it is the record that is lost.
    expect(briefOf(`{"name":"${"x".repeat(100)}"}`, { maxRecordBytes: 50 })).toEqual([["input.line-too-long", 50, 1, 1, 0, true]]);
  });

  it("a record nesting deeper than --max-depth is refused at its start", () => {
    // The record is level 1: {"b":[[1]]} nests 3 levels, {"b":[[[1]]]} 4.
    for (const chunkSizes of [[100], [3]]) {
      expect(briefOf('[{"a":1},\n {"b":[[[1]]]}, {"c":[[1]]}]', { maxDepth: 3, chunkSizes })).toEqual([
        ["record", { a: 1 }, 1, 2, 0, undefined],
        ["input.too-deep", 3, 2, 2, 1, true],
        ["record", { c: [[1]] }, 2, 17, 2, undefined],
      ]);
    }
  });

  it("a binary file is one finding and the reader is done", () => {
    const bytes = new Uint8Array([0x5b, 0x7b, 0, 0x7d, 0x5d]);
    expect(readAll(createJsonDocumentReader, bytes)).toEqual([{ kind: "error", ruleId: "input.binary", params: {}, location: { file: "test.jsonl", line: 1, recordIndex: 0 }, lostRecord: true }]);
    const reader = createJsonDocumentReader({ file: "x.json", encoding: "auto", limits: { maxRecordBytes: 100, maxDepth: 64 }, emit: () => {} });
    reader.push(bytes);
    expect(reader.done).toBe(true);
  });
});

describe("the two passes over a package", () => {
  const text = '{"schemaVersion": "1.0", "records": [\n{"a":1}, {"a": 01}\n], "city": "430200"}';
  const pass = (options: { membersOnly?: boolean; packageMembers?: Record<string, unknown> }, input = text) => {
    const items: InputItem[] = [];
    const reader = createJsonDocumentReader({ file: "x.json", encoding: "auto", limits: { maxRecordBytes: 1000, maxDepth: 64 }, emit: (item) => items.push(item), ...options });
    for (let i = 0; i < input.length; i += 9) reader.push(encode(input.slice(i, i + 9)));
    reader.end();
    return { items: brief(items), done: reader.done };
  };

  it("the first pass emits only the whole header, members after the records included, and no problem", () => {
    expect(pass({ membersOnly: true })).toEqual({ items: [["header", { schemaVersion: "1.0", city: "430200" }, 1, undefined, -1, undefined]], done: false });
    expect(pass({ membersOnly: true }, '{"schemaVersion": "1.0", "records": [{"a":1}], "city": x}')).toEqual({ items: [], done: false });
  });

  it("the first pass stops at once on an array of records: there are no members", () => {
    expect(pass({ membersOnly: true }, '[{"a":1}, {"a":2}]')).toEqual({ items: [], done: true });
  });

  it("the second pass gives the header of the first before the first record, and no context-only header", () => {
    expect(pass({ packageMembers: { schemaVersion: "1.0", city: "430200", records: [] } })).toEqual({
      items: [
        ["header", { schemaVersion: "1.0", city: "430200" }, 1, undefined, -1, undefined],
        ["record", { a: 1 }, 2, 1, 0, undefined],
        ["input.malformed-json", "comma-or-object-end", 2, 17, 1, true],
      ],
      done: false,
    });
  });
});
