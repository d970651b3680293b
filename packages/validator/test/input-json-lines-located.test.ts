import { describe, expect, it } from "vitest";
import { createJsonLinesReader, type InputItem } from "../src/index.js";
import { nodeText } from "../src/node/text-platform.js";
import { readAll as readWith } from "./support/read-all.js";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe.each([
  ["TextDecoder", undefined],
  ["Node's text functions", nodeText],
])("JSON Lines findings (%s)", (_name, text) => {
  const read = (lines: string, options: Parameters<typeof readWith>[2] = {}): InputItem[] => readWith(createJsonLinesReader, utf8(lines), { ...options, text });

  it("a bad line is located at its line and column and costs one record", () => {
    expect(read('{"a":1}\n  {"a": x}\n{"a":3}\n')).toEqual([
      { kind: "record", value: { a: 1 }, location: { file: "test.jsonl", line: 1, recordIndex: 0 } },
      {
        kind: "error",
        ruleId: "input.malformed-json",
        params: { expected: "value", "expected.zh": "一个值（对象、数组、字符串、数字、true、false 或 null）", "expected.en": "a value (object, array, string, number, true, false or null)" },
        location: { file: "test.jsonl", line: 2, recordIndex: 1, column: 9 },
      },
      { kind: "record", value: { a: 3 }, location: { file: "test.jsonl", line: 3, recordIndex: 2 } },
    ]);
    expect(read('{"名":1,"名":2}\n')).toMatchObject([{ ruleId: "input.duplicate-name", location: { line: 1, column: 8 } }]);
  });

  it("only the first record may be the header; a header line later is a record", () => {
    expect(read('\n{"recordType":"header","schemaVersion":"1.0"}\n{"recordType":"header"}\n"header"\n')).toEqual([
      { kind: "header", value: { recordType: "header", schemaVersion: "1.0" }, location: { file: "test.jsonl", line: 2, recordIndex: -1 } },
      { kind: "record", value: { recordType: "header" }, location: { file: "test.jsonl", line: 3, recordIndex: 0 } },
      { kind: "record", value: "header", location: { file: "test.jsonl", line: 4, recordIndex: 1 } },
    ]);
    expect(read('{"recordType":"person"}\n{"recordType":"header"}\n')).toMatchObject([{ kind: "record" }, { kind: "record" }]);
    expect(read("null\n")).toEqual([{ kind: "record", value: null, location: { file: "test.jsonl", line: 1, recordIndex: 0 } }]);
  });

  it("the last line without a newline is cut short only where its text ends, trailing blanks included", () => {
    const last = (line: string) => read(`{"a":1}\n${line}`).slice(1);
    expect(last('{"a":1,"b"   ')).toMatchObject([{ ruleId: "input.truncated", params: { detail: "cut-short", "detail.en": "the record is cut short" }, location: { line: 2 } }]);
    expect(last('{"a":')).toMatchObject([{ ruleId: "input.truncated" }]);
    expect(last('{"a":1}x')).toMatchObject([{ ruleId: "input.malformed-json", params: { expected: "end-of-text" } }]);
    expect(last('{"a": x')).toMatchObject([{ ruleId: "input.malformed-json", params: { expected: "value" } }]);
    // A no-break or ideographic space is no JSON whitespace: a wrong character there, not the end of a cut record.
    expect(last('{"a":1,"b"\u00a0')).toMatchObject([{ ruleId: "input.malformed-json" }]);
    expect(last('{"a":1,"b" \u3000')).toMatchObject([{ ruleId: "input.malformed-json" }]);
    expect(last('{"a":1,"b"\t\r')).toMatchObject([{ ruleId: "input.truncated" }]);
    expect(last('{"__proto__":')).toMatchObject([{ ruleId: "input.forbidden-key" }]);
    // With a newline after it, the same text is not cut short but malformed.
    expect(read('{"a":\n')).toMatchObject([{ ruleId: "input.malformed-json" }]);
  });
});
