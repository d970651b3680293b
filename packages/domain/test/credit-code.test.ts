import { describe, expect, it } from "vitest";
import { creditCodeCheckCharacter, normaliseCreditCode, validateCreditCode } from "../src/index.js";

// Vectors of the domain reference §3 (GB 32100-2015).
describe("GB 32100 vectors", () => {
  it.each(["91430100MA4L12346D", "914302000000000192", "12430000444876548X"])("%s is valid, also with the inner GB 11714 check", (code) => {
    expect(validateCreditCode(code)).toEqual({ valid: true, normalised: code });
    expect(validateCreditCode(code, { innerCheck: true })).toEqual({ valid: true, normalised: code });
  });

  it("reports the expected check character", () => {
    expect(validateCreditCode("91350203M0001QAY9B")).toEqual({ valid: false, reason: "checkCharacter", expected: "9" });
  });

  it("detects swapped digits", () => {
    expect(validateCreditCode("91430100MA4L12364D")).toMatchObject({ valid: false, reason: "checkCharacter" });
  });

  it("rejects characters outside the set (I, O, S, V, Z)", () => {
    expect(validateCreditCode("91430100000000000I")).toEqual({ valid: false, reason: "characters" });
    for (const letter of "IOSVZ") {
      expect(validateCreditCode(`91430100MA4L1234${letter}D`)).toEqual({ valid: false, reason: "characters" });
      expect(() => creditCodeCheckCharacter(`91430100MA4L1234${letter}`)).toThrow(RangeError);
    }
  });
});

describe("validateCreditCode", () => {
  it("maps c = 31 to the character 0", () => {
    // Σ vᵢ·wᵢ ≡ 0 (mod 31) for 17 zeros, so c = 31 − 0 = 31, which is written 0.
    expect(creditCodeCheckCharacter("00000000000000000")).toBe("0");
    expect(validateCreditCode("000000000000000000").valid).toBe(true);
  });

  it("trims and upper-cases before checking", () => {
    expect(normaliseCreditCode(" 91430100ma4l12346d\t")).toBe("91430100MA4L12346D");
    expect(validateCreditCode(" 91430100ma4l12346d ")).toEqual({ valid: true, normalised: "91430100MA4L12346D" });
  });

  it("reports the length", () => {
    expect(validateCreditCode("91430100MA4L12346")).toEqual({ valid: false, reason: "length" });
    expect(validateCreditCode("")).toEqual({ valid: false, reason: "length" });
  });

  it("checks positions 9–17 as a GB 11714 organisation code only when asked", () => {
    // Organisation code MA4L1234-5 is wrong (expected 6); the outer check is recomputed.
    const first17 = "91430100MA4L12345";
    const code = first17 + creditCodeCheckCharacter(first17);
    expect(validateCreditCode(code)).toEqual({ valid: true, normalised: code });
    expect(validateCreditCode(code, { innerCheck: true })).toEqual({ valid: false, reason: "organisationCheckCharacter", expected: "6" });
  });
});

describe("creditCodeCheckCharacter input", () => {
  it("names the expected form and the length it got", () => {
    expect(() => creditCodeCheckCharacter("91430100MA4L1234")).toThrow(
      new RangeError("creditCodeCheckCharacter expects 17 characters of 0123456789ABCDEFGHJKLMNPQRTUWXY, got 16 characters"),
    );
  });
});
