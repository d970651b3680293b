import { describe, expect, it } from "vitest";
import { parseJsonText } from "../src/index.js";

/** Rule, expected token (or the params), offset, line and column of a refused text; "ok" with the value of an accepted one. */
function outcomeOf(text: string, maxDepth?: number) {
  const outcome = parseJsonText(text, maxDepth === undefined ? {} : { maxDepth });
  if (outcome.ok) return { ok: outcome.value };
  const { ruleId, params, offset, line, column } = outcome;
  return [ruleId, params["expected"] ?? params["codePoint"] ?? params["name"] ?? params["limit"], offset, line, column];
}

// `"\u0041"` (an escaped A) makes parseJsonText read the text with its exact scanner even
// where JSON.parse accepts it: what the scanner accepts must be exactly JSON.
const scanned = (members: string) => `{"k":"\\u0041",${members}}`;

describe("the JSON every record is read as", () => {
  it("accepts every form of number, literal, escape, empty container and whitespace JSON has", () => {
    const texts = [
      scanned('"n":[-0,0,-0.5,10.25e+10,1E-3,2e5,123,9,-9.0E0]'),
      scanned('"t":true,"f":false,"z":null,"e":{},"a":[],"e2":{ \t},"a2":[\r\n]'),
      scanned('"s":" { } [ ] , : \\" \\\\ \\/ \\b \\f \\n \\r \\t"'),
      scanned('"h":"\\u09aF\\u0f0F\\uABCD\\uabcd\\uD7FF\\uE000\\uFFFD\\uD83D\\uDE00 😀 \\uDBFF\\uDFFF"'),
      `{ "a" :\t[ 1 ,\r\n2 ] ,\n"b" : { "c" : [ ] } , "k":"\\u0041" }`,
      '"\\u0041"',
      "[[[]]]",
    ];
    for (const text of texts) expect(outcomeOf(text), text).toEqual({ ok: JSON.parse(text) });
  });

  it("refuses a number where it stops being one, expecting a digit", () => {
    expect(outcomeOf('{"a":-}')).toEqual(["input.malformed-json", "digit", 6, 1, 7]);
    expect(outcomeOf('{"a":-x}')).toEqual(["input.malformed-json", "digit", 6, 1, 7]);
    expect(outcomeOf('{"a":1.}')).toEqual(["input.malformed-json", "digit", 7, 1, 8]);
    expect(outcomeOf('{"a":1.e5}')).toEqual(["input.malformed-json", "digit", 7, 1, 8]);
    expect(outcomeOf('{"a":1.5e}')).toEqual(["input.malformed-json", "digit", 9, 1, 10]);
    expect(outcomeOf('{"a":1E+}')).toEqual(["input.malformed-json", "digit", 8, 1, 9]);
    expect(outcomeOf('{"a":1e-x}')).toEqual(["input.malformed-json", "digit", 8, 1, 9]);
    expect(outcomeOf('{"a":-01}')).toEqual(["input.malformed-json", "comma-or-object-end", 7, 1, 8]);
    expect(outcomeOf('{"a":.5}')).toEqual(["input.malformed-json", "value", 5, 1, 6]);
    expect(outcomeOf('{"a":+1}')).toEqual(["input.malformed-json", "value", 5, 1, 6]);
  });

  it("refuses a misspelt literal where it starts, expecting a value", () => {
    for (const literal of ["tru", "True", "nul", "fals", "nulL", "undefined"]) {
      expect(outcomeOf(`[1,\n ${literal}]`), literal).toEqual(["input.malformed-json", "value", 5, 2, 2]);
    }
  });

  it("names what was expected where a structure breaks", () => {
    expect(outcomeOf("")).toEqual(["input.malformed-json", "value", 0, 1, 1]);
    expect(outcomeOf(" \t")).toEqual(["input.malformed-json", "value", 2, 1, 3]);
    expect(outcomeOf("[")).toEqual(["input.malformed-json", "value", 1, 1, 2]);
    expect(outcomeOf("[1,")).toEqual(["input.malformed-json", "value", 3, 1, 4]);
    expect(outcomeOf("{")).toEqual(["input.malformed-json", "name", 1, 1, 2]);
    expect(outcomeOf("{a:1}")).toEqual(["input.malformed-json", "name", 1, 1, 2]);
    expect(outcomeOf('{"a":1,}')).toEqual(["input.malformed-json", "name", 7, 1, 8]);
    expect(outcomeOf('{"a"}')).toEqual(["input.malformed-json", "colon", 4, 1, 5]);
    expect(outcomeOf('{"a":')).toEqual(["input.malformed-json", "value", 5, 1, 6]);
    expect(outcomeOf("[1 2]")).toEqual(["input.malformed-json", "comma-or-array-end", 3, 1, 4]);
    expect(outcomeOf('{"a":1]')).toEqual(["input.malformed-json", "comma-or-object-end", 6, 1, 7]);
    expect(outcomeOf("[1}")).toEqual(["input.malformed-json", "comma-or-array-end", 2, 1, 3]);
    expect(outcomeOf("{} x")).toEqual(["input.malformed-json", "end-of-text", 3, 1, 4]);
    expect(outcomeOf("[] []")).toEqual(["input.malformed-json", "end-of-text", 3, 1, 4]);
    expect(outcomeOf("{ }\r\n\t ")).toEqual({ ok: {} });
  });

  it("refuses a string where it breaks: a control character, a bad escape, a missing hex digit or closing quote", () => {
    expect(outcomeOf('["ab\ncd"]')).toEqual(["input.malformed-json", "string-character", 4, 1, 5]);
    expect(outcomeOf('["a\u0001"]')).toEqual(["input.malformed-json", "string-character", 3, 1, 4]);
    expect(outcomeOf('["a\u001f"]')).toEqual(["input.malformed-json", "string-character", 3, 1, 4]);
    expect(outcomeOf('["a\\x"]')).toEqual(["input.malformed-json", "escape", 4, 1, 5]);
    expect(outcomeOf('["a\\')).toEqual(["input.malformed-json", "closing-quote", 4, 1, 5]);
    expect(outcomeOf('["abc')).toEqual(["input.malformed-json", "closing-quote", 5, 1, 6]);
    expect(outcomeOf('["\\u12')).toEqual(["input.malformed-json", "hex-digit", 6, 1, 7]);
    // The characters next to 0-9, A-F and a-f are no hex digits.
    for (const bad of ["/", ":", "@", "G", "`", "g"]) expect(outcomeOf(`["\\u${bad}000"]`), bad).toEqual(["input.malformed-json", "hex-digit", 4, 1, 5]);
  });

  it("refuses a lone surrogate half or a noncharacter where it is, escaped or raw", () => {
    expect(outcomeOf('["\\uD800"]')).toEqual(["input.invalid-character", "U+D800", 2, 1, 3]);
    expect(outcomeOf('["\\uDBFFx"]')).toEqual(["input.invalid-character", "U+DBFF", 2, 1, 3]);
    expect(outcomeOf('["x\\uDC00"]')).toEqual(["input.invalid-character", "U+DC00", 3, 1, 4]);
    expect(outcomeOf('["x\\uDFFF"]')).toEqual(["input.invalid-character", "U+DFFF", 3, 1, 4]);
    expect(outcomeOf('["\\uD800\\n"]')).toEqual(["input.invalid-character", "U+D800", 2, 1, 3]);
    expect(outcomeOf('["\\uD800\\uD800\\uDC00"]')).toEqual(["input.invalid-character", "U+D800", 2, 1, 3]);
    expect(outcomeOf('["\\uFFFF"]')).toEqual(["input.invalid-character", "U+FFFF", 2, 1, 3]);
    expect(outcomeOf('["a\uD800b"]')).toEqual(["input.invalid-character", "U+D800", 3, 1, 4]);
    expect(outcomeOf('["a\uDC00"]')).toEqual(["input.invalid-character", "U+DC00", 3, 1, 4]);
    expect(outcomeOf('["\uFFFE"]')).toEqual(["input.invalid-character", "U+FFFE", 2, 1, 3]);
  });

  it("counts lines and columns from the text's start, a problem on a line break being on the line it ends", () => {
    expect(outcomeOf("[1,\n\n  ]")).toEqual(["input.malformed-json", "value", 7, 3, 3]);
    expect(outcomeOf('{"a":1,\n}')).toEqual(["input.malformed-json", "name", 8, 2, 1]);
    expect(outcomeOf('\n["a\nb"]')).toEqual(["input.malformed-json", "string-character", 4, 2, 4]);
  });

  it("refuses nesting deeper than the limit where it gets too deep, empty containers counted", () => {
    expect(outcomeOf("[[[]]]", 2)).toEqual(["input.too-deep", 2, 2, 1, 3]);
    expect(outcomeOf("[[[]]]", 3)).toEqual({ ok: [[[]]] });
    expect(outcomeOf('{"a":{"b":{}}}', 2)).toEqual(["input.too-deep", 2, 10, 1, 11]);
  });
});

describe("member names", () => {
  it("a name written twice is found whatever blank stands between the name and its colon", () => {
    for (const blank of [" ", "\n", "\r", "\t", " \r\n\t"]) {
      expect(outcomeOf(`{"a":1,"a"${blank}:2}`), JSON.stringify(blank)).toEqual(["input.duplicate-name", "a", 7, 1, 8]);
    }
    expect(outcomeOf('{"a":":","b":"x\\":"}')).toEqual({ ok: { a: ":", b: 'x":' } });
  });

  it("is shown in a message when it looks like a field name, else only its length", () => {
    const named = (name: string) => parseJsonText(`{"${name}":1,"${name}":2}`);
    expect(named("a-b_$9")).toMatchObject({ params: { name: "a-b_$9" } });
    expect(named("_x")).toMatchObject({ params: { name: "_x" } });
    expect(named("$")).toMatchObject({ params: { name: "$" } });
    expect(named("x".repeat(64))).toMatchObject({ params: { name: "x".repeat(64) } });
    expect(named("x".repeat(65))).toEqual(expect.objectContaining({ params: { name: "(65)", "name.zh": "（一个 65 个字符的名称）", "name.en": "(a name of 65 characters)" } }));
    expect(named("x123")).toMatchObject({ params: { name: "x123" } });
    for (const hidden of ["x1234", "9a", "-a", "a b", "a.b", "", "张三"]) {
      expect(named(hidden), hidden).toMatchObject({ params: { name: `(${hidden.length})` } });
    }
  });
});
