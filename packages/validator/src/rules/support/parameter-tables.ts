import type {
  BenefitRoundingToleranceEntry,
  ContributionBaseEntry,
  DibaoMarginalCeilingEntry,
  DibaoStandardEntry,
  Parameters,
  ReviewIntervalEntry,
  TekunStandardRatioEntry,
} from "../../parameters.js";
import { dayNumber, weekday } from "./iso-date.js";

/**
 * Parameter tables prepared once per parameter object (cached), so that rules look
 * figures up with a short scan instead of re-reading the file's arrays on every record.
 */
export interface ParameterTables {
  /** Contribution-base entries by region code. */
  readonly contributionBase: ReadonlyMap<string, readonly ContributionBaseEntry[]>;
  readonly hasContributionBase: boolean;
  /** 低保 standards by `city programme` (city rows) and `county programme` (county rows). */
  readonly dibaoStandard: ReadonlyMap<string, readonly DibaoStandardEntry[]>;
  readonly hasDibaoStandard: boolean;
  /** Day numbers of public holidays (not worked although Monday–Friday). */
  readonly holidays: ReadonlySet<number>;
  /** Day numbers of weekend days worked in exchange for a holiday (调休). */
  readonly workingWeekends: ReadonlySet<number>;
  readonly hasCalendar: boolean;
  /** 特困 standard ratios by region code. */
  readonly tekunStandardRatio: ReadonlyMap<string, readonly TekunStandardRatioEntry[]>;
  /** Review intervals by `programme` and `programme memberCanWork`. */
  readonly reviewInterval: ReadonlyMap<string, readonly ReviewIntervalEntry[]>;
  /** Rounding tolerances by region code. */
  readonly benefitRoundingTolerance: ReadonlyMap<string, readonly BenefitRoundingToleranceEntry[]>;
  /** 低保边缘 ceilings by region code. */
  readonly dibaoMarginalCeiling: ReadonlyMap<string, readonly DibaoMarginalCeilingEntry[]>;
}

const cache = new WeakMap<Parameters, ParameterTables>();

function groupBy<T>(entries: readonly T[] | undefined, keyOf: (entry: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const entry of entries ?? []) {
    const key = keyOf(entry);
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  }
  return map;
}

let lastParameters: Parameters | undefined;
let lastTables: ParameterTables | undefined;

export function parameterTables(parameters: Parameters): ParameterTables {
  if (parameters === lastParameters && lastTables) return lastTables;
  let tables = cache.get(parameters);
  if (tables) {
    lastParameters = parameters;
    lastTables = tables;
    return tables;
  }
  const calendar = parameters.workingDayCalendar;
  tables = {
    contributionBase: groupBy(parameters.contributionBase, (entry) => entry.region),
    hasContributionBase: (parameters.contributionBase?.length ?? 0) > 0,
    dibaoStandard: groupBy(parameters.dibaoStandard, (entry) => `${entry.division ?? entry.city} ${entry.programme}`),
    hasDibaoStandard: (parameters.dibaoStandard?.length ?? 0) > 0,
    holidays: new Set((calendar?.holidays ?? []).map(dayNumber)),
    workingWeekends: new Set((calendar?.workingWeekends ?? []).map(dayNumber)),
    hasCalendar: calendar !== undefined,
    tekunStandardRatio: groupBy(parameters.tekunStandardRatio, (entry) => entry.region),
    reviewInterval: groupBy(parameters.reviewInterval, (entry) => (entry.memberCanWork === true ? `${entry.programme} memberCanWork` : entry.programme)),
    benefitRoundingTolerance: groupBy(parameters.benefitRoundingTolerance, (entry) => entry.region),
    dibaoMarginalCeiling: groupBy(parameters.dibaoMarginalCeiling, (entry) => entry.region),
  };
  cache.set(parameters, tables);
  lastParameters = parameters;
  lastTables = tables;
  return tables;
}

function inForce(entry: { validFrom: string; validUntil?: string }, date: string): boolean {
  return entry.validFrom <= date && (entry.validUntil === undefined || date <= entry.validUntil);
}

function overlaps(entry: { validFrom: string; validUntil?: string }, from: string, until: string): boolean {
  return entry.validFrom <= until && (entry.validUntil === undefined || from <= entry.validUntil);
}

/** The region codes to try for a division, most specific first: county, city, province. */
function regionsOf(division: string): string[] {
  const city = `${division.slice(0, 4)}00`;
  const province = `${division.slice(0, 2)}0000`;
  return division === city ? (city === province ? [division] : [division, province]) : [division, city, province];
}

/**
 * Contribution-base entries in force at some time between `from` and `until` for the
 * most specific region that has any entry. Several entries come back when a bound
 * changed during the span (a contribution year straddling the 1 July update).
 */
export function contributionBaseEntries(tables: ParameterTables, division: string, from: string, until: string): readonly ContributionBaseEntry[] {
  for (const region of regionsOf(division)) {
    const entries = tables.contributionBase.get(region);
    if (entries) return entries.filter((entry) => overlaps(entry, from, until));
  }
  return [];
}

function entryOn<T extends { validFrom: string; validUntil?: string }>(entries: readonly T[] | undefined, date: string): T | undefined {
  if (!entries) return undefined;
  for (const entry of entries) if (inForce(entry, date)) return entry;
  return undefined;
}

/**
 * The 低保 standard of a case: the row of its county when the table has one in force,
 * else the row of its city (a city row applies to all its counties).
 */
export function dibaoStandardOn(tables: ParameterTables, city: string, programme: string, date: string, division?: string): DibaoStandardEntry | undefined {
  const county = division !== undefined && division !== city && division.slice(0, 4) === city.slice(0, 4) ? entryOn(tables.dibaoStandard.get(`${division} ${programme}`), date) : undefined;
  return county ?? entryOn(tables.dibaoStandard.get(`${city} ${programme}`), date);
}

/** The longest review interval of a programme on a date; rows for households with a member able to work first when one can. */
export function reviewIntervalOn(tables: ParameterTables, programme: string, memberCanWork: boolean, date: string): ReviewIntervalEntry | undefined {
  const working = memberCanWork ? entryOn(tables.reviewInterval.get(`${programme} memberCanWork`), date) : undefined;
  return working ?? entryOn(tables.reviewInterval.get(programme), date);
}

/** The entry in force on a date for the most specific region (county, city, province) that has one. */
function regionalEntryOn<T extends { validFrom: string; validUntil?: string }>(table: ReadonlyMap<string, readonly T[]>, division: string, date: string): T | undefined {
  if (table.size === 0) return undefined;
  for (const region of regionsOf(division)) {
    const entry = entryOn(table.get(region), date);
    if (entry) return entry;
  }
  return undefined;
}

/** Accepted rounding difference for assistance amounts of a division on a date, in fen (0 without a row). */
export function roundingToleranceOn(tables: ParameterTables, division: string, date: string): number {
  return regionalEntryOn(tables.benefitRoundingTolerance, division, date)?.toleranceFen ?? 0;
}

/** The 特困 ratio in force on `date` for the most specific region of `division` that has one. */
export function tekunStandardRatioOn(tables: ParameterTables, division: string, date: string): TekunStandardRatioEntry | undefined {
  return regionalEntryOn(tables.tekunStandardRatio, division, date);
}

export function dibaoMarginalCeilingOn(tables: ParameterTables, division: string, date: string): DibaoMarginalCeilingEntry | undefined {
  return regionalEntryOn(tables.dibaoMarginalCeiling, division, date);
}

/** Monday–Friday days after `fromDay` up to and including `toDay`. */
function weekdaysBetween(fromDay: number, toDay: number): number {
  const span = toDay - fromDay;
  if (span <= 0) return 0;
  let count = Math.floor(span / 7) * 5;
  for (let day = fromDay + 1 + Math.floor(span / 7) * 7; day <= toDay; day++) {
    const wd = weekday(day);
    if (wd !== 0 && wd !== 6) count++;
  }
  return count;
}

/**
 * Working days after `fromDay` up to and including `toDay` (the day a step starts does
 * not count, the day it ends does): Monday–Friday, minus listed holidays, plus listed
 * working weekend days. Arithmetic over whole weeks, so long gaps stay cheap.
 */
export function workingDaysBetween(tables: ParameterTables, fromDay: number, toDay: number): number {
  let count = weekdaysBetween(fromDay, toDay);
  if (!tables.hasCalendar || toDay <= fromDay) return count;
  for (const day of tables.holidays) if (day > fromDay && day <= toDay && weekday(day) % 6 !== 0) count--;
  for (const day of tables.workingWeekends) if (day > fromDay && day <= toDay && weekday(day) % 6 === 0) count++;
  return count;
}
