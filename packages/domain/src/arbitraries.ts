/**
 * fast-check arbitraries for property tests of code that consumes CZT-SS identifiers:
 * valid identity numbers (GB 11643-1999), legacy 15-digit numbers and unified social
 * credit codes (GB 32100-2015). Import from `@czt/domain/arbitraries`; the main entry
 * point does not depend on fast-check.
 */

import fc from "fast-check";
import { creditCodeCharset, creditCodeCheckCharacter } from "./credit-code.js";
import { agglomerationDivisions, provinces } from "./division-table.js";
import { idNumberCheckCharacter } from "./id-number.js";
import { organisationCodeCheckCharacter } from "./organisation-code.js";

const dayMs = 86_400_000;
const agglomerationPrefixes = new Set(["4301", "4302", "4303"]);

/** Every code of the three cities' dated table, current and retired. */
const tableCodes = [...new Set(agglomerationDivisions.map((d) => d.code))];
/** The table also holds codes outside 4301–4303 (醴陵 439001, 湘乡 439002): they are not "elsewhere". */
const tableCodeSet: ReadonlySet<string> = new Set(tableCodes);
const provincePrefixes = provinces.map((p) => p.code.slice(0, 2));

/**
 * A division code an identity number may carry: a code of the three cities' dated table
 * (current or retired), or any code under a province prefix outside the three cities.
 */
export function issuingDivisionArbitrary(): fc.Arbitrary<string> {
  const elsewhere = fc
    .tuple(fc.constantFrom(...provincePrefixes), fc.integer({ min: 0, max: 9999 }))
    .map(([prefix, rest]) => prefix + String(rest).padStart(4, "0"))
    .filter((code) => !agglomerationPrefixes.has(code.slice(0, 4)) && !tableCodeSet.has(code));
  return fc.oneof(fc.constantFrom(...tableCodes), elsewhere);
}

/** A real calendar date `YYYYMMDD` between two ISO dates (inclusive). */
export function compactDateArbitrary(min: string, max: string): fc.Arbitrary<string> {
  const from = Date.parse(`${min}T00:00:00Z`) / dayMs;
  const to = Date.parse(`${max}T00:00:00Z`) / dayMs;
  return fc.integer({ min: from, max: to }).map((day) => new Date(day * dayMs).toISOString().slice(0, 10).replaceAll("-", ""));
}

export interface IdNumberArbitraryOptions {
  /** Earliest birth date, `YYYY-MM-DD` (default 1900-01-01). */
  minBirthDate?: string;
  /** Latest birth date, `YYYY-MM-DD` (default 2025-12-31). */
  maxBirthDate?: string;
  /** Issuing division codes to draw from (default {@link issuingDivisionArbitrary}). */
  divisions?: readonly string[];
}

/** A valid 18-character identity number (GB 11643-1999) with its check character. */
export function idNumberArbitrary(options: IdNumberArbitraryOptions = {}): fc.Arbitrary<string> {
  const division = options.divisions ? fc.constantFrom(...options.divisions) : issuingDivisionArbitrary();
  const birth = compactDateArbitrary(options.minBirthDate ?? "1900-01-01", options.maxBirthDate ?? "2025-12-31");
  const sequence = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, "0"));
  return fc.tuple(division, birth, sequence).map(([d, b, s]) => {
    const first17 = d + b + s;
    return first17 + idNumberCheckCharacter(first17);
  });
}

/**
 * A legacy 15-digit identity number (GB 11643-1989 form: division, `YYMMDD` of a real
 * 19xx date, sequence) whose conversion to 18 characters is valid.
 */
export function legacyIdNumberArbitrary(): fc.Arbitrary<string> {
  const birth = compactDateArbitrary("1900-01-01", "1999-12-31").map((b) => b.slice(2));
  const sequence = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, "0"));
  return fc.tuple(issuingDivisionArbitrary(), birth, sequence).map(([d, b, s]) => d + b + s);
}

export interface CreditCodeArbitraryOptions {
  /** Make positions 9–17 a valid GB 11714 organisation code (default true). */
  innerCheck?: boolean;
}

/**
 * A valid unified social credit code (GB 32100-2015): registering authority and kind,
 * a six-digit division, an eight-character organisation body with (by default) its
 * GB 11714 check character, and the MOD 31 check character.
 */
export function creditCodeArbitrary(options: CreditCodeArbitraryOptions = {}): fc.Arbitrary<string> {
  const charsetChar = fc.constantFrom(...creditCodeCharset);
  const authorityAndKind = fc.constantFrom("11", "12", "13", "19", "51", "52", "53", "59", "91", "92", "93", "Y1");
  const division = fc.oneof(fc.constantFrom(...tableCodes), issuingDivisionArbitrary());
  const body = fc.array(charsetChar, { minLength: 8, maxLength: 8 }).map((cs) => cs.join(""));
  const innerCheck = options.innerCheck ?? true;
  return fc.tuple(authorityAndKind, division, body, charsetChar).map(([ak, d, b, free]) => {
    const first17 = ak + d + b + (innerCheck ? organisationCodeCheckCharacter(b) : free);
    return first17 + creditCodeCheckCharacter(first17);
  });
}
