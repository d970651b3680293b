import { describe, expect, it } from "vitest";
import { normaliseMobile } from "../src/index.js";

describe("normaliseMobile", () => {
  it.each([
    ["13800138000", "13800138000"],
    ["+86 138 0013 8000", "13800138000"],
    ["+86-138-0013-8000", "13800138000"],
    ["0086 19912345678", "19912345678"],
    ["(+86) 158.0000.1111", "15800001111"],
    [" 138 0013 8000 ", "13800138000"],
  ])("%j → %s", (input, expected) => {
    expect(normaliseMobile(input)).toBe(expected);
  });

  it.each([
    "12800138000", // second digit 2
    "1380013800", // 10 digits
    "138001380001", // 12 digits
    "86 13800138000", // bare 86 is not a country-code prefix we strip
    "0731-88888888", // Changsha landline
    "1380013800O", // letter O
    "",
  ])("rejects %j", (input) => {
    expect(normaliseMobile(input)).toBeUndefined();
  });
});

describe("country code", () => {
  it("removes +86 or 0086 only at the start: 0086 inside the number is digits", () => {
    expect(normaliseMobile("13800861234")).toBe("13800861234");
    expect(normaliseMobile("+86 138 0086 1234")).toBe("13800861234");
  });
});
