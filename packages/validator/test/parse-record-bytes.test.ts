import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRecordBytes, parseRecordText } from "../src/input/parse-record.js";
import { decodeBytesString } from "../src/input/utf8-bytes-string.js";
import { nodeText } from "../src/node/text-platform.js";

const runs = Number(process.env["CZT_FC_RUNS"] ?? 200);
const encoder = new TextEncoder();
/** The bytes string of a text: its UTF-8 bytes, one per character. */
const bytesOf = (text: string) => {
  const bytes = encoder.encode(text);
  return nodeText.latin1Slicer(bytes)(0, bytes.length);
};
/** What a UTF-8 file holding the text says (lone surrogates cannot be encoded). */
const roundTrip = (text: string) => new TextDecoder().decode(encoder.encode(text));

describe("bytes strings", () => {
  it("decode to the text whose UTF-8 bytes they hold, astral characters included", () => {
    expect(decodeBytesString(bytesOf("张三·𣵦 é"))).toBe("张三·𣵦 é");
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        expect(decodeBytesString(bytesOf(text))).toBe(roundTrip(text));
      }),
      { numRuns: runs },
    );
  });

  it("decode long texts (more characters than one fromCharCode call takes)", () => {
    for (const text of ["长株潭".repeat(10_000), "湘".repeat(300_000), "x".repeat(4096), "é".repeat(4097)]) expect(decodeBytesString(bytesOf(text))).toBe(text);
  });
});

describe("parseRecordBytes", () => {
  const maxDepth = 64;
  // Lines up to twice the depth limit take the accounting path, longer ones the full walk:
  // both limits below put many generated lines on each side.
  const same = (text: string, mayBeTruncated = false): void => {
    for (const depth of [maxDepth, 1000]) {
      const expected = parseRecordText(roundTrip(text), depth, mayBeTruncated);
      expect(parseRecordBytes(bytesOf(text), depth, mayBeTruncated, nodeText.countNonAscii)).toEqual(expected);
      expect(parseRecordBytes(bytesOf(text), depth, mayBeTruncated)).toEqual(expected);
    }
  };

  it("gives the decoded record: values, keys, escapes and raw characters mixed", () => {
    for (const line of [
      '{"name":"张三","a":["é",1,null,true,{"b":["国"]}],"astral":"𣵦"}',
      '{"name":"张三","地址":{"街道":"韶山路"}}',
      '{"name":"张三","mixed":"\\u4e2d国"}',
    ]) {
      for (const depth of [maxDepth, 1000]) expect(parseRecordBytes(bytesOf(line), depth, false, nodeText.countNonAscii)).toEqual({ ok: true, value: JSON.parse(line) });
    }
  });

  it("refuses a name written twice, as the text path does", () => {
    same('{"name":"张三","name":"李四","b":"ü"}');
    // Values with colons or starting with a quote do not make up for the member the repeat lost.
    same('{"a":1,"a":2,"b":"x:y:z"}');
    same('{"a":"1","a":2,"b":"张三"}');
    expect(parseRecordBytes(bytesOf('{"a":"1","a":2,"b":"张三"}'), maxDepth, false)).toMatchObject({ ok: false, ruleId: "input.duplicate-name", column: 10 });
    expect(parseRecordBytes(bytesOf('{"name":"张三","name":"李四"}'), maxDepth, false)).toMatchObject({ ok: false, ruleId: "input.duplicate-name", column: 14 });
  });

  it("finds the problems the text path finds, with the same columns", () => {
    same('{"__proto__": {"polluted": true}}');
    same('{"a": {"b": {"constructor": 1}}}');
    same('{"名字": "张三", "prototype": 1}');
    same('{"a": "张三", "名字": "李四"}');
    same('{"a": "张三", "b": {"c": ["x", {"名": 1}]}}');
    same('{"a": "constructor", "b": "张三"}');
    same(`${"[".repeat(70)}${"]".repeat(70)}`);
    same('{"name": "张三",, "b": 1}');
    same('{"name": "张三", "b": ', true);
    // A last line cut short is input.truncated; one with a stray character after the record is not.
    expect(parseRecordText('{"name": "张三", "b": ', maxDepth, true)).toMatchObject({ ok: false, ruleId: "input.truncated" });
    expect(parseRecordText('   {"a":1}x', maxDepth, true)).toMatchObject({ ok: false, ruleId: "input.malformed-json", column: 11 });
    expect(parseRecordText('{"a":1}x   ', maxDepth, true)).toMatchObject({ ok: false, ruleId: "input.malformed-json", column: 8 });
    same('"张三"');
    same("42");
  });

  it("agrees with the text path on any JSON value", () => {
    const json = fc.jsonValue({ maxDepth: 6, stringUnit: "binary" }).map((value) => JSON.stringify(value));
    const unicodeJson = fc
      .dictionary(fc.string({ unit: "binary", maxLength: 6 }), fc.oneof(fc.string({ unit: "binary", maxLength: 12 }), fc.integer(), fc.constant(null)), { maxKeys: 5 })
      .map((value) => JSON.stringify(value));
    fc.assert(
      fc.property(fc.oneof(json, unicodeJson), (line) => same(line)),
      { numRuns: runs },
    );
  });

  it("agrees with the text path on broken lines", () => {
    const base = JSON.stringify({ recordType: "person", name: "欧阳娜娜", address: { street: "芙蓉中路" }, tags: ["é", "𣵦"] });
    fc.assert(
      fc.property(fc.nat(base.length), fc.nat(4), fc.string({ unit: fc.constantFrom("{", "}", '"', ",", ":", "[", "\\", "中", "x", " "), maxLength: 3 }), (at, cut, insert) => {
        const line = base.slice(0, at) + insert + base.slice(at + cut);
        same(line);
        same(line, true);
      }),
      { numRuns: runs },
    );
  });
});
