import { creditCodeCharset, validateCreditCode } from "@czt/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { creditCodeExpectedCheck } from "../../src/rules/support/credit-code-check.js";

const runs = Number(process.env["CZT_FC_RUNS"] ?? 100);

/** What the rule reports, from `@czt/domain`: the expected check character when only it is wrong. */
function fromDomain(code: string): string | undefined {
  const result = validateCreditCode(code);
  return !result.valid && result.reason === "checkCharacter" ? result.expected : undefined;
}

describe("creditCodeExpectedCheck", () => {
  it("answers as @czt/domain's validateCreditCode on codes of the GB 32100 set and on other strings", () => {
    const code = fc.oneof(
      fc.string({ unit: fc.constantFrom(...creditCodeCharset), minLength: 18, maxLength: 18 }),
      fc.string({ unit: fc.constantFrom(...creditCodeCharset, "I", "O", "a", " ", "é"), minLength: 16, maxLength: 20 }),
    );
    fc.assert(
      fc.property(code, (candidate) => {
        expect(creditCodeExpectedCheck(candidate), candidate).toBe(fromDomain(candidate));
      }),
      { numRuns: runs * 10 },
    );
  });

  it("names the right check character of a real code with a wrong one", () => {
    expect(creditCodeExpectedCheck("91430381MA4M5B3Y9Q")).toBeUndefined();
    expect(creditCodeExpectedCheck("91430381MA4M5B3Y9R")).toBe("Q");
    // Lower case is upper-cased by the domain check, as before.
    expect(creditCodeExpectedCheck("91430381ma4m5b3y9r")).toBe("Q");
  });
});
