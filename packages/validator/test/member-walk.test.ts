import { describe, expect, it } from "vitest";
import { countMembers, unaccountedBytes } from "../src/input/member-walk.js";
import { nodeText } from "../src/node/text-platform.js";

// The walk behind the JSON fast paths (parse-json-text.ts, parse-record.ts): its member count
// is what tells them that JSON.parse merged a name written twice, its -1 that a value nests
// too deep, and its decoding what turns a bytes string's values into text. A wrong count or
// depth only sends a record down the slow path, so these are stated here, on the walk itself.
const encoder = new TextEncoder();
/** The bytes string of a text: its UTF-8 bytes, one per character. */
const bytesOf = (text: string) => {
  const bytes = encoder.encode(text);
  return nodeText.latin1Slicer(bytes)(0, bytes.length);
};

describe("countMembers", () => {
  it("counts the members of every object in a value, nested in objects and arrays", () => {
    expect(countMembers({}, 64)).toBe(0);
    expect(countMembers({ a: 1, b: "x", c: null }, 64)).toBe(3);
    expect(countMembers({ a: { b: 1, c: { d: 2 } } }, 64)).toBe(4);
    expect(countMembers([{ a: 1 }, { b: 2, c: 3 }, 4, "x", null], 64)).toBe(3);
    expect(countMembers({ list: [{ a: 1, b: 2 }, [{ c: 3 }]] }, 64)).toBe(4);
    expect(countMembers([[], {}, [{}]], 64)).toBe(0);
    expect(countMembers({ a: [], b: {} }, 64)).toBe(2);
  });

  it("counts no members in a value that is not an object or array", () => {
    for (const value of ["abc", 42, true, null]) expect(countMembers(value, 64)).toBe(0);
    expect(countMembers(null, 0)).toBe(0);
    expect(countMembers("abc", 0)).toBe(0);
  });

  it("is -1 when a value nests deeper than the limit (the value itself at depth 1), at any place", () => {
    expect(countMembers({ a: { b: {} } }, 3)).toBe(2);
    expect(countMembers({ a: { b: {} } }, 2)).toBe(-1);
    expect(countMembers([[[]]], 3)).toBe(0);
    expect(countMembers([[[]]], 2)).toBe(-1);
    expect(countMembers({ a: 1, b: [1, { c: 1, d: [] }], e: 2 }, 3)).toBe(-1);
    expect(countMembers([{ a: 1 }, [1, [2, [3]]], { b: 2 }], 3)).toBe(-1);
    expect(countMembers({}, 0)).toBe(-1);
  });

  it("does not count strings, numbers and nulls at the deepest level as nesting", () => {
    expect(countMembers([["x", 1, null, true]], 2)).toBe(0);
    expect(countMembers({ a: { b: null, c: 1, d: "x" } }, 2)).toBe(4);
  });

  it("decodes the strings of a bytes-string value in place, until its non-ASCII bytes are accounted for", () => {
    const value = JSON.parse(bytesOf('{"name":"张三","plain":"abc","tags":["é",{"city":"长沙"}],"n":1}')) as unknown;
    // 张三 and 长沙: 6 bytes each; é: 2.
    expect(countMembers(value, 64, 14)).toBe(5);
    expect(unaccountedBytes()).toBe(0);
    expect(value).toEqual({ name: "张三", plain: "abc", tags: ["é", { city: "长沙" }], n: 1 });
  });

  it("leaves the bytes it cannot account for to unaccountedBytes (non-ASCII names)", () => {
    const value = JSON.parse(bytesOf('{"名":"张三"}')) as Record<string, unknown>;
    expect(countMembers(value, 64, 9)).toBe(1);
    expect(unaccountedBytes()).toBe(3);
    expect(value["\xe5\x90\x8d"]).toBe("张三");
  });

  it("starts afresh on each call", () => {
    countMembers(JSON.parse(bytesOf('{"名":1}')) as unknown, 64, 3);
    expect(unaccountedBytes()).toBe(3);
    countMembers(42, 64, 0);
    expect(unaccountedBytes()).toBe(0);
  });
});
