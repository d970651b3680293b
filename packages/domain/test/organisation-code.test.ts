import { describe, expect, it } from "vitest";
import { organisationCodeCheckCharacter, validateOrganisationCode } from "../src/index.js";

describe("organisation codes (GB 11714-1997)", () => {
  it("computes check characters of the credit-code vectors' inner codes", () => {
    expect(organisationCodeCheckCharacter("MA4L1234")).toBe("6");
    expect(organisationCodeCheckCharacter("00000001")).toBe("9");
    expect(organisationCodeCheckCharacter("44487654")).toBe("8");
  });

  it("writes 10 as X and 11 as 0", () => {
    // Σ = 0 → C9 = 11 − 0 = 11 → "0"; Σ = 6·2 = 12 ≡ 1 → C9 = 10 → "X".
    expect(organisationCodeCheckCharacter("00000000")).toBe("0");
    expect(organisationCodeCheckCharacter("00000006")).toBe("X");
  });

  it("accepts the written form with or without the hyphen", () => {
    expect(validateOrganisationCode("MA4L1234-6")).toEqual({ valid: true, normalised: "MA4L12346" });
    expect(validateOrganisationCode(" ma4l12346 ")).toEqual({ valid: true, normalised: "MA4L12346" });
  });

  it("reports length, characters and the expected check character", () => {
    expect(validateOrganisationCode("MA4L1234")).toEqual({ valid: false, reason: "length" });
    expect(validateOrganisationCode("MA4L123#6")).toEqual({ valid: false, reason: "characters" });
    expect(validateOrganisationCode("MA4L1234-7")).toEqual({ valid: false, reason: "checkCharacter", expected: "6" });
  });
});

describe("organisationCodeCheckCharacter input", () => {
  it("throws a RangeError for anything but 8 digits or upper-case letters", () => {
    expect(() => organisationCodeCheckCharacter("MA4L123")).toThrow(
      new RangeError("organisationCodeCheckCharacter expects 8 digits or upper-case letters, got 7 characters"),
    );
    expect(() => organisationCodeCheckCharacter("MA4L12345")).toThrow(/got 9 characters/);
    expect(() => organisationCodeCheckCharacter("ma4l1234")).toThrow(RangeError);
  });
});
