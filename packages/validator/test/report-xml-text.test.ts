import { describe, expect, it } from "vitest";
import { escapeXml } from "../src/index.js";

describe("escapeXml at the edges of what XML 1.0 can carry", () => {
  it("keeps space, tab, LF and CR, and drops the other C0 controls", () => {
    expect(escapeXml("a b\tc\nd\re\u0001f\u001fg&")).toBe("a b\tc\nd\refg&amp;");
  });

  it("drops lone surrogates at both ends of the range and keeps the characters just outside it", () => {
    expect(escapeXml("\ud7ff\ud800a\udbffb\udc00c\udfffd\ue000&")).toBe("\ud7ffabcd\ue000&amp;");
  });

  it("drops U+FFFE and U+FFFF and keeps U+FFFD and characters beyond the BMP", () => {
    expect(escapeXml("\ufffd\ufffe\uffff\u{10000}\u{10ffff}<")).toBe("\ufffd\u{10000}\u{10ffff}&lt;");
  });

  it("escapes both quotes, for attributes in either quoting", () => {
    expect(escapeXml(`"it's"`)).toBe("&quot;it&apos;s&quot;");
  });
});
