import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseName, validateName } from "../src/index.js";
import { fcParameters } from "./fast-check-settings.js";

describe("normaliseName", () => {
  it.each([
    ["阿依古丽\u2022买买提", "阿依古丽·买买提"], // bullet
    ["阿依古丽\u30FB买买提", "阿依古丽·买买提"], // katakana middle dot
    ["阿依古丽\uFF0E买买提", "阿依古丽·买买提"], // full-width full stop
    ["阿依古丽\u2027买买提", "阿依古丽·买买提"], // hyphenation point
    ["阿依古丽.买买提", "阿依古丽·买买提"], // ASCII full stop between Han characters
    ["阿依古丽 · 买买提", "阿依古丽·买买提"],
    ["  张　三 ", "张三"], // ideographic space, trimmed
    ["John   Smith", "John Smith"],
    ["J. Smith", "J. Smith"], // a full stop in a Latin name stays
    ["Jose\u0301", "José"], // NFC composes
  ])("%j → %j", (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });

  it("is idempotent", () => {
    const nameish = fc.string({ unit: fc.constantFrom("张", "𣵦", "·", "•", "・", ".", " ", "\u3000", "a", "B", "-") });
    fc.assert(
      fc.property(nameish, (s) => {
        expect(normaliseName(normaliseName(s))).toBe(normaliseName(s));
      }),
      fcParameters,
    );
  });
});

describe("validateName", () => {
  it("accepts Han names, including characters outside the BMP, counted by code point", () => {
    expect(validateName("张三")).toEqual({ valid: true, normalised: "张三" });
    expect(validateName("王𣵦")).toEqual({ valid: true, normalised: "王𣵦" });
    expect(validateName("𨟠")).toMatchObject({ valid: true });
    expect(validateName("阿依古丽•买买提")).toEqual({ valid: true, normalised: "阿依古丽·买买提" });
  });

  it("accepts Latin-script names of foreign nationals", () => {
    expect(validateName("Jean-Luc O'Brien")).toMatchObject({ valid: true });
    expect(validateName("José María")).toMatchObject({ valid: true });
  });

  it("enforces the middle-dot rules", () => {
    expect(validateName("·买买提")).toEqual({ valid: false, reason: "middleDot" });
    expect(validateName("阿依古丽·")).toEqual({ valid: false, reason: "middleDot" });
    expect(validateName("阿依古丽··买买提")).toEqual({ valid: false, reason: "middleDot" });
    expect(validateName("阿依古丽•・买买提")).toEqual({ valid: false, reason: "middleDot" });
  });

  it("names the other reasons", () => {
    expect(validateName("   ")).toEqual({ valid: false, reason: "empty" });
    expect(validateName("张".repeat(101))).toEqual({ valid: false, reason: "length" });
    expect(validateName("𣵦".repeat(100))).toMatchObject({ valid: true }); // 200 UTF-16 units
    expect(validateName("张3")).toEqual({ valid: false, reason: "characters" });
    expect(validateName("张三!")).toEqual({ valid: false, reason: "characters" });
    expect(validateName("张-三")).toEqual({ valid: false, reason: "characters" });
    expect(validateName("...")).toEqual({ valid: false, reason: "characters" });
    expect(validateName("张San")).toEqual({ valid: false, reason: "mixedScripts" });
  });

  it("accepts any run of Han characters from the BMP and Extension B joined by single dots", () => {
    const hanChar = fc.oneof(fc.integer({ min: 0x4e00, max: 0x9fa5 }), fc.integer({ min: 0x20000, max: 0x2a6d6 })).map((cp) => String.fromCodePoint(cp));
    const part = fc.array(hanChar, { minLength: 1, maxLength: 6 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 3 }), (parts) => {
        const name = parts.join("·");
        expect(validateName(name)).toEqual({ valid: true, normalised: name });
      }),
      fcParameters,
    );
  });
});

describe("normaliseName around a middle dot", () => {
  it("removes a space on either side of the dot alone, not only on both", () => {
    expect(normaliseName("阿依古丽· 买买提")).toBe("阿依古丽·买买提");
    expect(normaliseName("阿依古丽 ·买买提")).toBe("阿依古丽·买买提");
  });
});
