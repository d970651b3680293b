import { describe, expect, it } from "vitest";
import { parseJsonText } from "../src/index.js";
import { parseRecordBytes, parseRecordText } from "../src/input/parse-record.js";
import { nodeText } from "../src/node/text-platform.js";

const encoder = new TextEncoder();
/** The bytes string of a text: its UTF-8 bytes, one per character. */
const bytesOf = (text: string) => {
  const bytes = encoder.encode(text);
  return nodeText.latin1Slicer(bytes)(0, bytes.length);
};

describe("records under a raised nesting limit", () => {
  // --max-depth may be raised far above the standard's 64: a record nested 100 000 levels
  // deep is then read (or refused) without running out of stack, in a worker thread too.
  const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;

  it("are read when within the limit, on every path", () => {
    expect(parseJsonText(deep, { maxDepth: 200_000 }).ok).toBe(true);
    expect(parseRecordText(deep, 200_000, false).ok).toBe(true);
    expect(parseRecordBytes(bytesOf(deep), 200_000, false).ok).toBe(true);
  });

  it("are refused, located, when one level deeper than the limit", () => {
    expect(parseJsonText(deep, { maxDepth: 99_999 })).toEqual({ ok: false, ruleId: "input.too-deep", params: { limit: 99_999 }, offset: 99_999, line: 1, column: 100_000 });
    expect(parseRecordBytes(bytesOf(deep), 99_999, false)).toMatchObject({ ok: false, ruleId: "input.too-deep", column: 100_000 });
  });
});

describe("records with escapes, read from bytes", () => {
  it("give the escaped characters, wherever the raw non-ASCII text is", () => {
    for (const line of [String.raw`{"b":"\u00e9\u00e9\u00e9","a":"张"}`, String.raw`{"a":"张","b":"\u00e9"}`, String.raw`{"a":"\u4e2d国"}`]) {
      expect(parseRecordBytes(bytesOf(line), 64, false), line).toEqual({ ok: true, value: JSON.parse(line) });
    }
  });
});
