import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { idNumberArbitrary, legacyIdNumberArbitrary } from "../src/arbitraries.js";
import { convertLegacyIdNumber, idNumberCheckCharacter, parseIdNumber, validateIdNumber } from "../src/index.js";
import { fcParameters } from "./fast-check-settings.js";
import { adjacentTranspositions, singleSubstitutions } from "./single-character-errors.js";

const idAlphabet = "0123456789X";
/** GB 11643 weights of positions 1–17; the check character has weight 1. */
const fullWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2, 1];

describe("identity numbers (GB 11643-1999) — properties", () => {
  it("accepts every generated valid number", () => {
    fc.assert(
      fc.property(idNumberArbitrary(), (n) => {
        expect(validateIdNumber(n)).toEqual({ valid: true, normalised: n });
      }),
      fcParameters,
    );
  });

  it("rejects every single-character substitution", () => {
    fc.assert(
      fc.property(idNumberArbitrary(), (n) => {
        for (const changed of singleSubstitutions(n, idAlphabet)) {
          expect(validateIdNumber(changed).valid, changed).toBe(false);
        }
      }),
      fcParameters,
    );
  });

  it("rejects every transposition of two adjacent different characters, check character included", () => {
    fc.assert(
      fc.property(idNumberArbitrary(), (n) => {
        for (const { value } of adjacentTranspositions(n)) {
          expect(validateIdNumber(value).valid, value).toBe(false);
        }
      }),
      fcParameters,
    );
  });

  // Why no error escapes (ISO 7064 MOD 11-2): a valid number satisfies
  // Σ aᵢ·Wᵢ ≡ 1 (mod 11) with W = 2^(18−i) mod 11 and X = 10. A substitution a → b at i
  // changes the sum by (b − a)·Wᵢ; 11 is prime, Wᵢ ≢ 0 and 0 < |b − a| ≤ 10, so the sum
  // changes. A transposition at i, i+1 changes it by (a − b)(Wᵢ − Wᵢ₊₁), non-zero because
  // adjacent weights differ mod 11 (Wᵢ = 2·Wᵢ₊₁). These tests pin both facts down.
  it("has the algebraic structure that guarantees detection", () => {
    fc.assert(
      fc.property(idNumberArbitrary(), (n) => {
        const sum = [...n].reduce((acc, c, i) => acc + (c === "X" ? 10 : Number(c)) * fullWeights[i]!, 0);
        expect(sum % 11).toBe(1);
      }),
      fcParameters,
    );
    for (let i = 0; i + 1 < fullWeights.length; i++) {
      expect(fullWeights[i]! % 11).not.toBe(0);
      expect((fullWeights[i]! - fullWeights[i + 1]!) % 11).not.toBe(0);
    }
  });

  it("converts legacy 15-digit numbers to valid 18-character numbers and back", () => {
    fc.assert(
      fc.property(legacyIdNumberArbitrary(), (legacy) => {
        const converted = convertLegacyIdNumber(legacy);
        expect(converted.slice(6, 8)).toBe("19");
        expect(validateIdNumber(converted).valid).toBe(true);
        expect(converted.slice(0, 6) + converted.slice(8, 17)).toBe(legacy);
      }),
      fcParameters,
    );
  });

  it("parses the birth date, sequence and sex that were encoded", () => {
    const components = fc.record({
      birthDate: fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2025, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10)),
      sequence: fc.integer({ min: 0, max: 999 }),
      division: fc.constantFrom("430102", "430221", "110105", "810000"),
    });
    fc.assert(
      fc.property(components, ({ birthDate, sequence, division }) => {
        const seq = String(sequence).padStart(3, "0");
        const first17 = division + birthDate.replaceAll("-", "") + seq;
        const parsed = parseIdNumber(first17 + idNumberCheckCharacter(first17));
        expect(parsed).toEqual({
          division,
          birthDate,
          sex: sequence % 2 === 1 ? "1" : "2",
          sequence: seq,
          checkCharacter: idNumberCheckCharacter(first17),
        });
      }),
      fcParameters,
    );
  });

  it("rejects exactly the birth dates after today", () => {
    fc.assert(
      fc.property(idNumberArbitrary(), fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2030, 0, 1) }), (n, todayMs) => {
        const today = new Date(todayMs).toISOString().slice(0, 10);
        const birthDate = parseIdNumber(n)!.birthDate;
        expect(validateIdNumber(n, { today }).valid).toBe(birthDate <= today);
      }),
      fcParameters,
    );
  });
});
