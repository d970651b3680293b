import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskIdentifier, maskMobile, maskName } from "../src/index.js";
import { fcParameters } from "./fast-check-settings.js";

describe("maskIdentifier", () => {
  it("keeps the division and the last four of an 18-character number", () => {
    expect(maskIdentifier("430102199003071234")).toBe("430102********1234");
    expect(maskIdentifier(" 43021119851231004X ")).toBe("430211********004X");
  });

  it("reveals at most half of other lengths", () => {
    expect(maskIdentifier("430102900307123")).toBe("4301********123");
    expect(maskIdentifier("E12345678")).toBe("E1*****78");
    expect(maskIdentifier("AB")).toBe("A*");
    expect(maskIdentifier("A")).toBe("*");
    expect(maskIdentifier("")).toBe("");
  });

  it("keeps the length and never reveals more than half except for the 18-character rule", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-ascii", minLength: 0, maxLength: 40 }), (raw) => {
        const s = raw.trim();
        const masked = maskIdentifier(s);
        expect(masked.length).toBe(s.length);
        const revealed = [...masked].filter((c) => c !== "*").length;
        expect(revealed).toBeLessThanOrEqual(s.length === 18 ? 10 : Math.floor(s.length / 2));
      }),
      fcParameters,
    );
  });
});

describe("maskName", () => {
  it("keeps the first code point only", () => {
    expect(maskName("张三")).toBe("张*");
    expect(maskName("欧阳娜娜")).toBe("欧***");
    expect(maskName("𣵦王")).toBe("𣵦*");
    expect(maskName("阿依古丽·买买提")).toBe("阿*******");
  });

  it("never shows a one-character name", () => {
    expect(maskName("张")).toBe("*");
    expect(maskName("")).toBe("");
  });
});

describe("maskMobile", () => {
  it("keeps the first three and last four digits", () => {
    expect(maskMobile("13800138000")).toBe("138****8000");
    expect(maskMobile("0731-8888")).toBe("07*****88"); // not a mobile: identifier rule
  });
});

describe("masking what is typed around the value", () => {
  it("ignores surrounding white space in names and mobiles", () => {
    expect(maskName(" 张三 ")).toBe("张*");
    expect(maskMobile(" 13800138000\n")).toBe("138****8000");
  });

  it("masks 12 digits, or 11 after another character, as an identifier, not as a mobile", () => {
    expect(maskMobile("138001380001")).toBe(maskIdentifier("138001380001"));
    expect(maskMobile("A13800138000")).toBe(maskIdentifier("A13800138000"));
  });
});
