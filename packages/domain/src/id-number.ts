/**
 * 公民身份号码 (citizen identity numbers), GB 11643-1999: six-digit address code
 * (GB/T 2260), eight-digit birth date, three-digit sequence (odd male, even female) and
 * an ISO 7064:1983 MOD 11-2 check character. Also used, with address codes 810000,
 * 820000 and 830000, by the residence permits of Hong Kong, Macao and Taiwan residents.
 */

import { isIsoDate, isRealDate } from "./calendar-date.js";
import { isKnownDivision } from "./division.js";

export type IdNumberInvalidReason = "length" | "characters" | "division" | "birthDate" | "checkCharacter";

export type IdNumberValidation =
  | { valid: true; normalised: string }
  | { valid: false; reason: IdNumberInvalidReason; expected?: string };

export interface IdNumberValidationOptions {
  /** `YYYY-MM-DD`: birth dates after this day are rejected. Without it, no future check. */
  today?: string;
}

export interface ParsedIdNumber {
  /** Address code of the issuing county (GB/T 2260), as issued (possibly retired). */
  division: string;
  birthDate: string;
  /** GB/T 2261.1 sex code: "1" male (odd sequence), "2" female (even sequence). */
  sex: "1" | "2";
  sequence: string;
  checkCharacter: string;
}

/** GB 11643-1999 weights for positions 1–17: 2^(18−i) mod 11. */
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const checkCharacters = "10X98765432";
/** Earliest birth year accepted: nobody alive when the numbers were issued is older. */
const earliestBirthYear = 1800;

/**
 * Normalises an identity number as typed: trims surrounding white space and upper-cases
 * the check character `x` to `X` (GB 11643-1999 writes the check value 10 as `X`).
 * Does not validate.
 */
export function normaliseIdNumber(s: string): string {
  return s.trim().replace(/x$/, "X");
}

/**
 * The check character of the first 17 digits of an identity number: ISO 7064:1983
 * MOD 11-2 as specified by GB 11643-1999 (校验码): `r = Σ dᵢ·wᵢ mod 11` with weights
 * `7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2`, check = `"10X98765432"[r]`.
 *
 * @throws RangeError when `first17` is not exactly 17 ASCII digits.
 */
export function idNumberCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError(`idNumberCheckCharacter expects 17 digits, got ${first17.length} characters`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i]!;
  return checkCharacters[sum % 11]!;
}

/**
 * Validates an 18-character identity number (GB 11643-1999) after
 * {@link normaliseIdNumber}. Checks, in order: length; characters (17 digits, then a
 * digit or `X`); issuing division (a GB/T 2260 code that is or was in force — for
 * Changsha, Zhuzhou and Xiangtan from the dated table, elsewhere by province prefix,
 * 81/82/83 for residence permits); birth date (a real date, from 1800, and not after
 * `options.today` when given); check character (ISO 7064 MOD 11-2), reporting the
 * `expected` one.
 *
 * @throws RangeError when `options.today` is given but is not a `YYYY-MM-DD` date.
 */
export function validateIdNumber(s: string, options: IdNumberValidationOptions = {}): IdNumberValidation {
  if (options.today !== undefined && !isIsoDate(options.today)) {
    throw new RangeError(`validateIdNumber: today must be a YYYY-MM-DD date, got "${options.today}"`);
  }
  const normalised = normaliseIdNumber(s);
  if (normalised.length !== 18) return { valid: false, reason: "length" };
  if (!/^\d{17}[\dX]$/.test(normalised)) return { valid: false, reason: "characters" };
  if (!isKnownDivision(normalised.slice(0, 6))) return { valid: false, reason: "division" };
  if (!isValidBirthDate(normalised.slice(6, 14), options.today)) return { valid: false, reason: "birthDate" };
  const expected = idNumberCheckCharacter(normalised.slice(0, 17));
  if (normalised[17] !== expected) return { valid: false, reason: "checkCharacter", expected };
  return { valid: true, normalised };
}

function isValidBirthDate(yyyymmdd: string, today: string | undefined): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  if (year < earliestBirthYear) return false;
  if (!isRealDate(year, Number(yyyymmdd.slice(4, 6)), Number(yyyymmdd.slice(6, 8)))) return false;
  return today === undefined || toIsoDate(yyyymmdd) <= today;
}

function toIsoDate(yyyymmdd: string): string {
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

/**
 * Splits a valid 18-character identity number (GB 11643-1999) into its parts: issuing
 * division, birth date `YYYY-MM-DD`, sex from the parity of the sequence (odd "1" male,
 * even "2" female), sequence and check character. `undefined` when the number is not
 * valid by {@link validateIdNumber} (convert 15-digit numbers first with
 * {@link convertLegacyIdNumber}).
 */
export function parseIdNumber(s: string): ParsedIdNumber | undefined {
  const result = validateIdNumber(s);
  if (!result.valid) return undefined;
  const n = result.normalised;
  const sequence = n.slice(14, 17);
  return {
    division: n.slice(0, 6),
    birthDate: toIsoDate(n.slice(6, 14)),
    sex: Number(sequence) % 2 === 1 ? "1" : "2",
    sequence,
    checkCharacter: n.slice(17),
  };
}

/**
 * Converts a legacy 15-digit identity number (GB 11643-1989 form: division, `YYMMDD`,
 * sequence) to the 18-character form of GB 11643-1999: inserts the century `19` after
 * the division code (always 19 — every 15-digit number was issued to someone born in the
 * 1900s) and appends the check character. The result is not otherwise validated.
 *
 * @throws RangeError when the input (trimmed) is not 15 digits.
 */
export function convertLegacyIdNumber(s15: string): string {
  const legacy = s15.trim();
  if (!/^\d{15}$/.test(legacy)) {
    throw new RangeError(`convertLegacyIdNumber expects 15 digits, got ${legacy.length} characters`);
  }
  const first17 = `${legacy.slice(0, 6)}19${legacy.slice(6)}`;
  return first17 + idNumberCheckCharacter(first17);
}
