/**
 * 统一社会信用代码 (unified social credit codes), GB 32100-2015: 18 characters from a
 * 31-character set (digits and upper-case letters without I, O, S, V, Z) — registering
 * authority, organisation kind, GB/T 2260 division (positions 3–8), GB 11714
 * organisation code (positions 9–17) and a MOD 31 check character.
 */

import { organisationCodeCheckCharacter } from "./organisation-code.js";

export type CreditCodeInvalidReason = "length" | "characters" | "checkCharacter" | "organisationCheckCharacter";

export type CreditCodeValidation =
  | { valid: true; normalised: string }
  | { valid: false; reason: CreditCodeInvalidReason; expected?: string };

export interface CreditCodeValidationOptions {
  /**
   * Also check positions 9–17 as a GB 11714 organisation code (reason
   * `organisationCheckCharacter`, `expected` = the expected 17th character).
   * Off by default: not every issuer's codes satisfy it.
   */
  innerCheck?: boolean;
}

/** The GB 32100-2015 character set; a character's value is its index (0–30). */
export const creditCodeCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** GB 32100-2015 weights for positions 1–17: 3^(i−1) mod 31. */
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const codePattern = new RegExp(`^[${creditCodeCharset}]{18}$`);
const first17Pattern = new RegExp(`^[${creditCodeCharset}]{17}$`);

/**
 * Trims surrounding white space and upper-cases letters. Does not validate.
 */
export function normaliseCreditCode(s: string): string {
  return s.trim().toUpperCase();
}

/**
 * The check character of the first 17 characters of a unified social credit code
 * (GB 32100-2015, 校验码): `c = 31 − (Σ vᵢ·wᵢ mod 31)` with weights
 * `1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28`, where `c = 31` means 0; the check
 * character is the charset's character of value `c`.
 *
 * @throws RangeError when `first17` is not 17 characters of the GB 32100 set.
 */
export function creditCodeCheckCharacter(first17: string): string {
  if (!first17Pattern.test(first17)) {
    throw new RangeError(`creditCodeCheckCharacter expects 17 characters of ${creditCodeCharset}, got ${first17.length} characters`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += creditCodeCharset.indexOf(first17[i]!) * weights[i]!;
  return creditCodeCharset[(31 - (sum % 31)) % 31]!;
}

/**
 * Validates a unified social credit code (GB 32100-2015) after
 * {@link normaliseCreditCode}: length 18, characters of the 31-character set (no I, O,
 * S, V, Z), the MOD 31 check character (reporting the `expected` one) and, with
 * `innerCheck`, the GB 11714-1997 check of the organisation code in positions 9–17.
 */
export function validateCreditCode(s: string, options: CreditCodeValidationOptions = {}): CreditCodeValidation {
  const normalised = normaliseCreditCode(s);
  if ([...normalised].length !== 18) return { valid: false, reason: "length" };
  if (!codePattern.test(normalised)) return { valid: false, reason: "characters" };
  const expected = creditCodeCheckCharacter(normalised.slice(0, 17));
  if (normalised[17] !== expected) return { valid: false, reason: "checkCharacter", expected };
  if (options.innerCheck) {
    const innerExpected = organisationCodeCheckCharacter(normalised.slice(8, 16));
    if (normalised[16] !== innerExpected) {
      return { valid: false, reason: "organisationCheckCharacter", expected: innerExpected };
    }
  }
  return { valid: true, normalised };
}
