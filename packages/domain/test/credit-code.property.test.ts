import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { creditCodeArbitrary } from "../src/arbitraries.js";
import { creditCodeCharset, validateCreditCode } from "../src/index.js";
import { fcParameters } from "./fast-check-settings.js";
import { adjacentTranspositions, singleSubstitutions } from "./single-character-errors.js";

/**
 * GB 32100 weights of positions 1–17 (3^(i−1) mod 31). The check character c makes
 * Σ vᵢ·wᵢ + c ≡ 0 (mod 31), i.e. it carries weight 1 in the full sum.
 */
const fullWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28, 1];

describe("unified social credit codes (GB 32100-2015) — properties", () => {
  it("accepts every generated valid code, with and without the inner check", () => {
    fc.assert(
      fc.property(creditCodeArbitrary(), (code) => {
        expect(validateCreditCode(code, { innerCheck: true })).toEqual({ valid: true, normalised: code });
      }),
      fcParameters,
    );
    fc.assert(
      fc.property(creditCodeArbitrary({ innerCheck: false }), (code) => {
        expect(validateCreditCode(code)).toEqual({ valid: true, normalised: code });
      }),
      fcParameters,
    );
  });

  it("rejects every single-character substitution within the character set", () => {
    fc.assert(
      fc.property(creditCodeArbitrary({ innerCheck: false }), (code) => {
        for (const changed of singleSubstitutions(code, creditCodeCharset)) {
          expect(validateCreditCode(changed), changed).toMatchObject({ valid: false, reason: "checkCharacter" });
        }
      }),
      fcParameters,
    );
  });

  it("rejects every transposition of two adjacent different characters, check character included", () => {
    fc.assert(
      fc.property(creditCodeArbitrary({ innerCheck: false }), (code) => {
        for (const { value } of adjacentTranspositions(code)) {
          expect(validateCreditCode(value), value).toMatchObject({ valid: false, reason: "checkCharacter" });
        }
      }),
      fcParameters,
    );
  });

  // Why no transposition escapes, not even at position 17/18: swapping values a ≠ b at
  // i, i+1 changes the sum by (a − b)(Wᵢ − Wᵢ₊₁) mod 31. 31 is prime and |a − b| < 31, so
  // the change is zero only if Wᵢ ≡ Wᵢ₊₁. Consecutive weights are 3^(i−1), which never
  // repeat within 17 steps (3 has order 30 mod 31), and the last pair is 28 vs 1. So no
  // case needs excluding; this test fails if the weights ever change that.
  it("has pairwise different adjacent weights modulo 31, check position included", () => {
    for (let i = 0; i + 1 < fullWeights.length; i++) {
      expect((fullWeights[i]! - fullWeights[i + 1]!) % 31, `positions ${i + 1}/${i + 2}`).not.toBe(0);
    }
    fc.assert(
      fc.property(creditCodeArbitrary(), (code) => {
        const sum = [...code].reduce((acc, c, i) => acc + creditCodeCharset.indexOf(c) * fullWeights[i]!, 0);
        expect(sum % 31).toBe(0);
      }),
      fcParameters,
    );
  });
});
