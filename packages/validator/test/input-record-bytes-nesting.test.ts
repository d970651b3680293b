import { describe, expect, it } from "vitest";
import { parseRecordBytes } from "../src/input/parse-record.js";
import { nodeText } from "../src/node/text-platform.js";

const encoder = new TextEncoder();
/** A line as Node's JSON Lines path reads it: its UTF-8 bytes, one character per byte. */
const bytesOf = (text: string) => {
  const bytes = encoder.encode(text);
  return nodeText.latin1Slicer(bytes)(0, bytes.length);
};
const parse = (text: string, maxDepth = 64) => parseRecordBytes(bytesOf(text), maxDepth, false, nodeText.countNonAscii);

// Node's fast path for JSON Lines (JSON.parse of the bytes, then one walk over the value)
// must give the records and findings of the exact reader, however arrays and objects nest.
describe("records read on Node's fast path", () => {
  it("decode every non-ASCII string, in arrays and objects at any depth", () => {
    const record = { a: ["张三", "x", ["李四", { n: "王五" }]], b: { c: [{ d: "赵六" }], e: "é" }, f: 1 };
    expect(parse(JSON.stringify(record))).toEqual({ ok: true, value: record });
    expect(parse('["张三",["x","李四"]]')).toEqual({ ok: true, value: ["张三", ["x", "李四"]] });
    expect(parse('{"名":"张三","x":["李四"]}')).toEqual({ ok: true, value: { 名: "张三", x: ["李四"] } });
  });

  it("find a name written twice inside an array, or in an object inside an array inside an object", () => {
    expect(parse('[{"x":1},{"y":{"z":1,"z":2}}]')).toMatchObject({ ok: false, ruleId: "input.duplicate-name", params: { name: "z" }, column: 22 });
    expect(parse('{"a":[{"b":1,"b":2}]}')).toMatchObject({ ok: false, ruleId: "input.duplicate-name", params: { name: "b" }, column: 14 });
    expect(parse('{"a":[[{"b":"张","b":"三"}]]}')).toMatchObject({ ok: false, ruleId: "input.duplicate-name" });
  });

  it("refuse nesting over the limit through arrays and objects alike, and accept it at the limit", () => {
    for (const text of ['{"a":[{"b":[1]}]}', '[{"a":{"b":[1]}}]', '{"a":{"b":[[1]]}}', '[[[["x"]]]]']) {
      expect(parse(text, 3), text).toMatchObject({ ok: false, ruleId: "input.too-deep", params: { limit: 3 } });
      expect(parse(text, 4), text).toEqual({ ok: true, value: JSON.parse(text) });
    }
    expect(parse('{"a":[1,{"b":2},[3]],"c":{"d":[]}}', 3)).toEqual({ ok: true, value: { a: [1, { b: 2 }, [3]], c: { d: [] } } });
  });
});
