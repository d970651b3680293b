import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findInvalidUtf8, parseJsonText, standardMaxDepth } from "../src/index.js";
import { countNameColons } from "../src/input/parse-json-text.js";

const runs = Number(process.env["CZT_FC_RUNS"] ?? 200);

/** The rule, params and position of a refused text (or "ok"). */
function problemOf(text: string, maxDepth?: number) {
  const outcome = parseJsonText(text, maxDepth === undefined ? {} : { maxDepth });
  if (outcome.ok) return "ok";
  return { ruleId: outcome.ruleId, params: outcome.params, offset: outcome.offset, line: outcome.line, column: outcome.column };
}

describe("parseJsonText: the checks every record gets", () => {
  it("refuses a member name written twice, at any depth, where the second one is", () => {
    expect(problemOf('{"records":[1],"city":"430100","records":[2]}')).toMatchObject({ ruleId: "input.duplicate-name", params: { name: "records" }, offset: 31, line: 1, column: 32 });
    expect(problemOf('{"a":{"b":1,\n "b":2}}')).toMatchObject({ ruleId: "input.duplicate-name", params: { name: "b" }, line: 2, column: 2 });
    expect(problemOf('[{"x":1},{"y":[{"z":1,"z" :2}]}]')).toMatchObject({ ruleId: "input.duplicate-name", params: { name: "z" } });
    // Spelled differently, the same name: JSON.parse merges them.
    expect(problemOf('{"name":1,"n\\u0061me":2}')).toMatchObject({ ruleId: "input.duplicate-name", params: { name: "name" }, offset: 10 });
    // The same name in two objects is not a repeat.
    expect(problemOf('{"a":{"b":1},"c":{"b":2},"d":"\\":x"}')).toBe("ok");
  });

  it("never quotes a name that may be data: only its length", () => {
    expect(problemOf('{"extensions":{"430102199003071234":1,"430102199003071234":2}}')).toMatchObject({
      ruleId: "input.duplicate-name",
      params: { "name.en": "(a name of 18 characters)" },
    });
    expect(JSON.stringify(problemOf('{"陈桂兰":1,"陈桂兰":2}'))).not.toContain("陈桂兰");
  });

  it("refuses the reserved names at any depth, escaped or not", () => {
    expect(problemOf('{"extensions":{"x":{"constructor":1}}}')).toMatchObject({ ruleId: "input.forbidden-key", params: { key: "constructor" }, offset: 20 });
    expect(problemOf('{"\\u005f_proto__":{}}')).toMatchObject({ ruleId: "input.forbidden-key", params: { key: "__proto__" } });
    expect(problemOf('{"note":"constructor prototype __proto__"}')).toBe("ok");
  });

  it("refuses nesting deeper than the standard's limit of 64 levels, the record being level 1", () => {
    expect(standardMaxDepth).toBe(64);
    const nested = (levels: number) => `{"x":${"[".repeat(levels - 1)}${"]".repeat(levels - 1)}}`;
    expect(problemOf(nested(64))).toBe("ok");
    expect(problemOf(nested(65))).toMatchObject({ ruleId: "input.too-deep", params: { limit: 64 }, offset: 5 + 63 });
    expect(problemOf(nested(100_000))).toMatchObject({ ruleId: "input.too-deep" });
    expect(problemOf(nested(65), 100)).toBe("ok");
  });

  it("refuses lone surrogates and U+FFFE/U+FFFF in strings and names, escaped or raw", () => {
    expect(problemOf('{"name":"\\ud800"}')).toMatchObject({ ruleId: "input.invalid-character", params: { codePoint: "U+D800" }, offset: 9 });
    expect(problemOf('{"name":"\\udc00x"}')).toMatchObject({ ruleId: "input.invalid-character", params: { codePoint: "U+DC00" } });
    expect(problemOf('{"\\ud83d":1}')).toMatchObject({ ruleId: "input.invalid-character" });
    expect(problemOf('{"name":"a\\uFFFE"}')).toMatchObject({ ruleId: "input.invalid-character", params: { codePoint: "U+FFFE" } });
    expect(problemOf('{"name":"a\uffff"}')).toMatchObject({ ruleId: "input.invalid-character", params: { codePoint: "U+FFFF" } });
    expect(problemOf('{"name":"a\ud800"}')).toMatchObject({ ruleId: "input.invalid-character", params: { codePoint: "U+D800" } });
    expect(problemOf('{"name":"\\ud83d\\ude00 😀 \\ud83d😀"}')).toMatchObject({ ruleId: "input.invalid-character", params: { codePoint: "U+D83D" }, offset: 25 });
    expect(problemOf('{"name":"\\ud83d\\ude00 😀 \\\\ud800"}')).toBe("ok");
  });

  it("says where a syntax error is and what was expected there, quoting nothing of the record", () => {
    const outcome = parseJsonText('{"name":陈桂兰,"idNumber":"430102199003071234"}');
    expect(outcome).toMatchObject({ ok: false, ruleId: "input.malformed-json", params: { expected: "value" }, offset: 8, column: 9 });
    expect(JSON.stringify(outcome)).not.toMatch(/陈|4301/);
    expect(problemOf('{"a":1 "b":2}')).toMatchObject({ params: { expected: "comma-or-object-end", "expected.en": "a comma or }" }, column: 8 });
    expect(problemOf('{"a" 1}')).toMatchObject({ params: { expected: "colon" } });
    expect(problemOf("[1,]")).toMatchObject({ params: { expected: "value" }, offset: 3 });
    expect(problemOf('{"a":1}x')).toMatchObject({ params: { expected: "end-of-text" } });
    expect(problemOf('{"a":"b')).toMatchObject({ params: { expected: "closing-quote" }, offset: 7 });
    expect(problemOf('{"a":01}')).toMatchObject({ params: { expected: "comma-or-object-end" } });
    expect(problemOf('{"a":"\\x"}')).toMatchObject({ params: { expected: "escape" } });
  });

  it("accepts what JSON.parse accepts (without the refused names and characters), with the same value", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        for (const text of [JSON.stringify(value), JSON.stringify(value, null, 2)]) {
          const outcome = parseJsonText(text);
          const refusable = /__proto__|constructor|prototype|[\ud800-\udfff\ufffe\uffff]/.test(text);
          if (!refusable) expect(outcome).toEqual({ ok: true, value: JSON.parse(text) });
        }
      }),
      { numRuns: runs },
    );
  });

  it("fails exactly where JSON.parse fails", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.jsonValue({ maxDepth: 3 }), fc.nat(60), (noise, value, at) => {
        const text = JSON.stringify(value);
        const mutated = text.slice(0, at) + noise + text.slice(at);
        let parses = true;
        try {
          JSON.parse(mutated);
        } catch {
          parses = false;
        }
        const outcome = parseJsonText(mutated);
        if (!parses) expect(outcome.ok).toBe(false);
        if (!outcome.ok && outcome.ruleId === "input.malformed-json") expect(parses).toBe(false);
      }),
      { numRuns: runs },
    );
  });
});

describe("parseJsonText: a name written twice, whatever the values around it", () => {
  // The fast path compares the members JSON.parse kept with the names written; values with
  // colons and quotes must not make up for the member a repeated name lost.
  it("is found when values hold colons, or start with a quote, as often as names were lost", () => {
    expect(problemOf('{"a":1,"a":2,"b":"x:y:z"}')).toMatchObject({ ruleId: "input.duplicate-name", params: { name: "a" }, offset: 7 });
    expect(problemOf('{"a":"1","a":2,"b":"s"}')).toMatchObject({ ruleId: "input.duplicate-name", params: { name: "a" }, offset: 9 });
    expect(problemOf('{"t":"12:30","t" : "13:00","u":":"}')).toMatchObject({ ruleId: "input.duplicate-name", params: { name: "t" } });
  });
});

describe("countNameColons: the names a JSON text writes, at most", () => {
  it("counts the colons right after a quote, spaces and line breaks between allowed", () => {
    expect(countNameColons("[1,2]")).toBe(0);
    expect(countNameColons('{"a":1}')).toBe(1);
    expect(countNameColons('{"a" :1,"b"\t:{"c"\r\n\t :2},"d":[{"e":3}]}')).toBe(5);
    // Colons inside values are not after a quote, unless a value starts with one: an upper bound.
    expect(countNameColons('{"time":"12:30","url":"http://x"}')).toBe(2);
    expect(countNameColons('{"a":":"}')).toBe(2);
  });
});

describe("findInvalidUtf8", () => {
  it("gives the offset of the first byte that is not UTF-8", () => {
    const utf8 = new TextEncoder().encode('{"name":"陈桂兰"}');
    expect(findInvalidUtf8(utf8)).toBe(-1);
    expect(findInvalidUtf8(Uint8Array.of(0x41, 0xb3, 0xc2))).toBe(1);
    expect(findInvalidUtf8(Uint8Array.of(0x41, 0xed, 0xa0, 0x80))).toBe(1); // an encoded surrogate
    expect(findInvalidUtf8(Uint8Array.of(0xc0, 0x80))).toBe(0); // overlong
    expect(findInvalidUtf8(Uint8Array.of(0x41, 0xe9, 0x99))).toBe(1); // cut short
    expect(findInvalidUtf8(Uint8Array.of(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
  });

  it("agrees with a fatal TextDecoder on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(findInvalidUtf8(bytes) === -1).toBe(valid);
      }),
      { numRuns: runs * 5 },
    );
  });
});

describe("parseJsonText on exports that escape all non-ASCII text", () => {
  it("reads them as the unescaped text, and still finds what escapes may hide", () => {
    const escaped = JSON.stringify({ name: "张三", note: "a\\b" }).replace("张三", "\\u5f20\\u4e09");
    expect(parseJsonText(escaped)).toEqual({ ok: true, value: { name: "张三", note: "a\\b" } });
    expect(parseJsonText('{"\\u5f20":1,"张":2}')).toMatchObject({ ok: false, ruleId: "input.duplicate-name", offset: 12 });
    expect(parseJsonText('{"\\u0063onstructor":1}')).toMatchObject({ ok: false, ruleId: "input.forbidden-key" });
    expect(parseJsonText('{"a":"\\uDBFF"}')).toMatchObject({ ok: false, ruleId: "input.invalid-character", params: { codePoint: "U+DBFF" } });
    expect(parseJsonText('{"a":"\\uFfFe"}')).toMatchObject({ ok: false, ruleId: "input.invalid-character", params: { codePoint: "U+FFFE" } });
  });
});
