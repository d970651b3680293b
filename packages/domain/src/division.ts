/**
 * GB/T 2260 administrative division codes: dated lookup for the three cities of the
 * agglomeration and province-prefix checks for the rest of China.
 */

import { isIsoDate } from "./calendar-date.js";
import {
  agglomerationDivisions,
  type CityCode,
  type DivisionLevel,
  type DivisionRecord,
  provinces,
} from "./division-table.js";

export type { CityCode, DivisionLevel, DivisionRecord };
export { agglomerationDivisions, provinces };

const divisionCodePattern = /^[1-8]\d{5}$/;
const cityPrefixes: ReadonlyMap<string, CityCode> = new Map([
  ["4301", "430100"],
  ["4302", "430200"],
  ["4303", "430300"],
]);

const recordsByCode = new Map<string, DivisionRecord[]>();
for (const record of [...provinces, ...agglomerationDivisions]) {
  const list = recordsByCode.get(record.code) ?? [];
  list.push(record);
  recordsByCode.set(record.code, list);
}
const provincesByPrefix = new Map(provinces.map((p) => [p.code.slice(0, 2), p]));

/** True when `date` falls in the record's period, `[validFrom, validUntil)`. */
function inForce(record: DivisionRecord, date: string): boolean {
  return (record.validFrom === undefined || record.validFrom <= date) && (record.validUntil === undefined || date < record.validUntil);
}

/**
 * Like {@link inForce}, but an approximate boundary (known to the year only) is widened
 * to the whole year of the change, so neither the old nor the new code is wrongly
 * rejected during that year.
 */
function inForceAllowingApproximation(record: DivisionRecord, date: string): boolean {
  if (!record.approximate) return inForce(record, date);
  // Stryker disable next-line MethodExpression: every approximate validFrom in the table is 1 January (domain.md §4 gives years), which inForce has already matched
  const from = record.validFrom?.slice(0, 4);
  const untilYear = record.validUntil === undefined ? undefined : Number(record.validUntil.slice(0, 4)) + 1;
  const fromStartOfYear = from === undefined || `${from}-01-01` <= date;
  return fromStartOfYear && (untilYear === undefined || date < `${untilYear}-01-01`);
}

/** The agglomeration city a code's first four digits belong to (format only). */
function cityPrefixOf(code: string): CityCode | undefined {
  return cityPrefixes.get(code.slice(0, 4));
}

/** Codes the dated table tracks outside the 4301/4302/4303 prefixes (醴陵 439001, 湘乡 439002, 1986–89). */
const datedCodesElsewhere: ReadonlySet<string> = new Set(agglomerationDivisions.map((d) => d.code).filter((code) => cityPrefixOf(code) === undefined));

/** True when a code is judged by the dated table rather than by its province prefix. */
function isDatedCode(code: string): boolean {
  return cityPrefixOf(code) !== undefined || datedCodesElsewhere.has(code);
}

/**
 * Looks up a GB/T 2260 code in the dated table (the three cities' county- and city-level
 * codes, current and retired, and the province-level codes `xx0000`).
 *
 * Without `onDate`, returns the most recent meaning of the code (a code reused under a
 * new name, like 430102 东区 → 芙蓉区 in 1996, returns the new name). With `onDate`
 * (`YYYY-MM-DD`), returns the meaning in force that day, or `undefined` when the code
 * was not in force (approximate change dates count for the whole year of the change).
 * Codes of other prefectures are not in the table: use {@link provinceOfDivision}.
 *
 * @see GB/T 2260 Codes for the administrative divisions of the People's Republic of China
 */
export function lookupDivision(code: string, onDate?: string): DivisionRecord | undefined {
  const records = recordsByCode.get(code);
  if (records === undefined) return undefined;
  if (onDate === undefined) return latest(records);
  if (!isIsoDate(onDate)) return undefined;
  return records.find((r) => inForce(r, onDate)) ?? records.find((r) => inForceAllowingApproximation(r, onDate));
}

function latest(records: readonly DivisionRecord[]): DivisionRecord | undefined {
  const current = records.find((r) => r.validUntil === undefined);
  if (current !== undefined) return current;
  // Stryker disable next-line MethodExpression,ArrowFunction,LogicalOperator,StringLiteral: no code of the table has two retired meanings, so there is never more than one to sort
  return [...records].sort((a, b) => (b.validUntil ?? "").localeCompare(a.validUntil ?? ""))[0];
}

/** Every meaning a code has had, oldest first (reused codes have several). GB/T 2260. */
export function divisionHistory(code: string): readonly DivisionRecord[] {
  const records = recordsByCode.get(code) ?? [];
  // Stryker disable next-line MethodExpression,ArrowFunction,LogicalOperator,StringLiteral: the table already lists each code's meanings oldest first; the sort guards future entries
  return [...records].sort((a, b) => (a.validFrom ?? "").localeCompare(b.validFrom ?? ""));
}

/**
 * The province-level division (GB/T 2260 first two digits) of any six-digit code, or
 * `undefined` when the prefix is not a province (83 is accepted as the address code of
 * Taiwan residents' residence permits).
 */
export function provinceOfDivision(code: string): DivisionRecord | undefined {
  if (!divisionCodePattern.test(code)) return undefined;
  return provincesByPrefix.get(code.slice(0, 2));
}

/**
 * True when a GB/T 2260 code was in force on `date` (`YYYY-MM-DD`).
 *
 * Codes of Changsha, Zhuzhou and Xiangtan (4301xx, 4302xx, 4303xx, and the 1986–89
 * codes 439001 醴陵市 and 439002 湘乡市) are checked against the dated table, code by code. Any other code is checked by its province prefix only
 * (other 43xxxx codes count as Hunan province); a malformed code or date is `false`.
 */
export function isDivisionValidOn(code: string, date: string): boolean {
  if (!divisionCodePattern.test(code) || !isIsoDate(date)) return false;
  if (isDatedCode(code)) return lookupDivision(code, date) !== undefined;
  const province = provinceOfDivision(code);
  return province !== undefined && inForce(province, date);
}

/**
 * True when a code is or ever was in force, which is what an identity number's issuing
 * division needs (GB 11643-1999, address code: the code is never updated, so a retired code stays
 * valid for life). Three-cities codes must appear in the dated table; other codes need a
 * province prefix.
 */
export function isKnownDivision(code: string): boolean {
  if (!divisionCodePattern.test(code)) return false;
  if (isDatedCode(code)) return recordsByCode.has(code);
  return provinceOfDivision(code) !== undefined;
}

/**
 * The agglomeration city (`430100` 长沙, `430200` 株洲, `430300` 湘潭) a division code
 * belongs to, current or retired, or `undefined` for codes outside the three cities or
 * not in GB/T 2260 (e.g. the statistical zone 430271 云龙示范区).
 */
export function cityOfDivision(code: string): CityCode | undefined {
  if (!isDatedCode(code)) return undefined;
  return recordsByCode.get(code)?.[0]?.city;
}
