import { divisionHistory, isDivisionValidOn, isKnownDivision, provinceOfDivision } from "@czt/domain";

/**
 * `@czt/domain`'s dated division checks, cached per code: rules ask about the same few
 * hundred codes millions of times. For each code the days on which
 * `isDivisionValidOn(code, day)` may change are collected (the validity bounds of the
 * code's meanings and of its province, and the year boundaries around them, since
 * changes known only to the year are accepted for the whole year); the function is
 * evaluated once per segment between them, and lookups compare ISO date strings.
 */
interface Segments {
  /** First day of each segment, ascending; the first is "0000-01-01". */
  readonly starts: readonly string[];
  readonly valid: readonly boolean[];
}

const cache = new Map<string, Segments>();
const maxCachedCodes = 100_000;

function yearStart(date: string, offset: number): string {
  return `${String(Number(date.slice(0, 4)) + offset).padStart(4, "0")}-01-01`;
}

function segmentsOf(code: string): Segments {
  const bounds = new Set<string>(["0000-01-01"]);
  const add = (date: string | undefined) => {
    if (date === undefined) return;
    bounds.add(date);
    bounds.add(yearStart(date, 0));
    bounds.add(yearStart(date, 1));
  };
  for (const meaning of divisionHistory(code)) {
    add(meaning.validFrom);
    add(meaning.validUntil);
  }
  const province = provinceOfDivision(code);
  add(province?.validFrom);
  add(province?.validUntil);
  const starts = [...bounds].sort();
  // isDivisionValidOn rejects dates it cannot parse: probe each segment on a real day.
  const valid = starts.map((start) => isDivisionValidOn(code, start === "0000-01-01" ? "0001-01-01" : start));
  return { starts, valid };
}

/**
 * Same answer as `isDivisionValidOn(code, date)`, cached. `date` is `YYYY-MM-DD` or a
 * date-time (`YYYY-MM-DDThh:mm…`): segment starts are dates, and a date-time compares
 * after its own date, so no slicing is needed.
 */
export function divisionValidOn(code: string, date: string): boolean {
  let segments = cache.get(code);
  if (!segments) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound only caps the cache's memory; clearing it sooner, later or never gives the same answers
    if (cache.size >= maxCachedCodes) cache.clear();
    segments = segmentsOf(code);
    cache.set(code, segments);
  }
  const { starts, valid } = segments;
  let i = starts.length - 1;
  while (i > 0 && starts[i]! > date) i--;
  return valid[i]!;
}

interface IssuingValidity {
  readonly known: boolean;
  /** Last exclusive end of the code's meanings as YYYYMMDD (an approximate end: 1 January of the next year); Infinity = still in force. */
  readonly until: number;
}

const issuingCache = new Map<number, IssuingValidity>();

function validityOf(code: string): IssuingValidity {
  const known = isKnownDivision(code);
  // Codes without a history in the dated table (other prefectures) are judged by province only.
  const history = divisionHistory(code);
  if (!known || history.length === 0) return { known, until: Number.POSITIVE_INFINITY };
  let until = 0;
  for (const meaning of history) {
    if (meaning.validUntil === undefined) return { known, until: Number.POSITIVE_INFINITY };
    // A change dated to the year only counts for the whole year, as lookupDivision counts it.
    const end = meaning.approximate ? (Number(meaning.validUntil.slice(0, 4)) + 1) * 10000 + 101 : Number(meaning.validUntil.replaceAll("-", ""));
    until = Math.max(until, end);
  }
  return { known, until };
}

/**
 * Whether an identity number's issuing division (positions 1–6) is valid for the birth
 * date in positions 7–14: the number was issued at birth or later and never updated, so
 * the code must have been in force at some time on or after the birth date (retired
 * codes stay valid for life). Codes outside the three cities: province prefix only.
 * Reads the digits in place and caches by code number: no string is built per person.
 */
export function issuingDivisionValid(idNumber: string): boolean {
  const code = digitsAt(idNumber, 0, 6);
  let validity = issuingCache.get(code);
  if (!validity) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound only caps the cache's memory; clearing it sooner, later or never gives the same answers
    if (issuingCache.size >= maxCachedCodes) issuingCache.clear();
    validity = validityOf(idNumber.slice(0, 6));
    issuingCache.set(code, validity);
  }
  return validity.known && validity.until > digitsAt(idNumber, 6, 8);
}

function digitsAt(s: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) value = value * 10 + (s.charCodeAt(i) - 48);
  return value;
}
