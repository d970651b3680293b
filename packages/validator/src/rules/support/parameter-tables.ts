import type { ContributionBaseEntry, DibaoStandardEntry, Parameters, TekunStandardRatioEntry } from "../../parameters.js";
import { dayNumber, weekday } from "./iso-date.js";

/**
 * Parameter tables prepared once per parameter object (cached), so that rules look
 * figures up with a short scan instead of re-reading the file's arrays on every record.
 */
export interface ParameterTables {
  /** Contribution-base entries by region code. */
  readonly contributionBase: ReadonlyMap<string, readonly ContributionBaseEntry[]>;
  readonly hasContributionBase: boolean;
  /** 低保 standards by `city programme`. */
  readonly dibaoStandard: ReadonlyMap<string, readonly DibaoStandardEntry[]>;
  readonly hasDibaoStandard: boolean;
  /** Day numbers of public holidays (not worked although Monday–Friday). */
  readonly holidays: ReadonlySet<number>;
  /** Day numbers of weekend days worked in exchange for a holiday (调休). */
  readonly workingWeekends: ReadonlySet<number>;
  readonly hasCalendar: boolean;
  /** 特困 standard ratios by region code. */
  readonly tekunStandardRatio: ReadonlyMap<string, readonly TekunStandardRatioEntry[]>;
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
    dibaoStandard: groupBy(parameters.dibaoStandard, (entry) => `${entry.city} ${entry.programme}`),
    hasDibaoStandard: (parameters.dibaoStandard?.length ?? 0) > 0,
    holidays: new Set((calendar?.holidays ?? []).map(dayNumber)),
    workingWeekends: new Set((calendar?.workingWeekends ?? []).map(dayNumber)),
    hasCalendar: calendar !== undefined,
    tekunStandardRatio: groupBy(parameters.tekunStandardRatio, (entry) => entry.region),
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

export function dibaoStandardOn(tables: ParameterTables, city: string, programme: string, date: string): DibaoStandardEntry | undefined {
  const entries = tables.dibaoStandard.get(`${city} ${programme}`);
  if (!entries) return undefined;
  for (const entry of entries) if (inForce(entry, date)) return entry;
  return undefined;
}

/** The 特困 ratio in force on `date` for the most specific region of `division` that has an entry. */
export function tekunStandardRatioOn(tables: ParameterTables, division: string, date: string): TekunStandardRatioEntry | undefined {
  for (const region of regionsOf(division)) {
    const entries = tables.tekunStandardRatio.get(region);
    if (entries) return entries.find((entry) => inForce(entry, date));
  }
  return undefined;
}

/** Monday–Friday unless a listed holiday, plus listed working weekend days. */
export function isWorkingDay(tables: ParameterTables, day: number): boolean {
  const wd = weekday(day);
  if (wd === 0 || wd === 6) return tables.workingWeekends.has(day);
  return !tables.holidays.has(day);
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
