/**
 * 组织机构代码 (organisation codes), GB 11714-1997: an eight-character body of digits and
 * upper-case letters and a MOD 11 check character, written `XXXXXXXX-C`. Since 2015
 * the code lives on as positions 9–17 of the unified social credit code (GB 32100).
 */

export type OrganisationCodeInvalidReason = "length" | "characters" | "checkCharacter";

export type OrganisationCodeValidation =
  | { valid: true; normalised: string }
  | { valid: false; reason: OrganisationCodeInvalidReason; expected?: string };

/** GB 11714-1997 weights for the eight body characters. */
const weights = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** GB 11714 character value: 0–9 for digits, 10–35 for A–Z. */
function characterValue(c: string): number {
  return Number.parseInt(c, 36);
}

/**
 * The check character of an eight-character organisation-code body (GB 11714-1997):
 * `C9 = 11 − (Σ vᵢ·wᵢ mod 11)` with weights `3 7 9 10 5 8 4 2` and values 0–9, A–Z =
 * 10–35; 10 is written `X` and 11 is written `0`.
 *
 * @throws RangeError when `body` is not 8 digits or upper-case ASCII letters.
 */
export function organisationCodeCheckCharacter(body: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body)) {
    throw new RangeError(`organisationCodeCheckCharacter expects 8 digits or upper-case letters, got ${body.length} characters`);
  }
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += characterValue(body[i]!) * weights[i]!;
  const c = 11 - (sum % 11);
  if (c === 10) return "X";
  if (c === 11) return "0";
  return String(c);
}

/**
 * Validates an organisation code (GB 11714-1997), written with or without the hyphen
 * before the check character (`MA4L1234-6` or `MA4L12346`); surrounding white space is
 * trimmed and letters upper-cased. The normalised form has no hyphen.
 */
export function validateOrganisationCode(s: string): OrganisationCodeValidation {
  const trimmed = s.trim().toUpperCase();
  const normalised = /^.{8}-.$/u.test(trimmed) ? trimmed.replace("-", "") : trimmed;
  if ([...normalised].length !== 9) return { valid: false, reason: "length" };
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(normalised)) return { valid: false, reason: "characters" };
  const expected = organisationCodeCheckCharacter(normalised.slice(0, 8));
  if (normalised[8] !== expected) return { valid: false, reason: "checkCharacter", expected };
  return { valid: true, normalised };
}
