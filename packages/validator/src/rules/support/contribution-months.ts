import type { ContributionYearView } from "./record-view.js";

/**
 * Months of a contribution year as a 12-bit mask (bit 0 = January), so overlaps
 * (重复缴费时段, counted by month: 人社部发〔2014〕17号) are one `&`.
 */

export const fullYear = 0xfff;

/** The mask of a `paidMonths` string ("111111000000" = January to June). */
export function maskOfPaidMonths(paidMonths: string): number {
  let mask = 0;
  for (let month = 0; month < 12; month++) if (paidMonths.charCodeAt(month) === 49) mask |= 1 << month;
  return mask;
}

export function monthCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** The months of `year` that a period (inclusive dates, `end` absent = open) touches. */
export function periodMask(year: number, start: string, end: string | undefined): number {
  const startYear = Number(start.slice(0, 4));
  const endYear = end === undefined ? Number.POSITIVE_INFINITY : Number(end.slice(0, 4));
  if (year < startYear || year > endYear) return 0;
  const first = year === startYear ? Number(start.slice(5, 7)) - 1 : 0;
  const last = end !== undefined && year === endYear ? Number(end.slice(5, 7)) - 1 : 11;
  let mask = 0;
  for (let month = first; month <= last; month++) mask |= 1 << month;
  return mask;
}

export const isDeemed = (entry: ContributionYearView): boolean => entry.kind === "deemed";

/**
 * The months an entry covers: its `paidMonths`, else the whole year for 12 months, else
 * the period's months of that year when they are exactly `months` many; otherwise which
 * months is unknown (undefined).
 */
export function knownMask(entry: ContributionYearView, start: string, end: string | undefined): number | undefined {
  if (entry.paidMonths !== undefined) return maskOfPaidMonths(entry.paidMonths);
  if (entry.months === 12) return fullYear;
  const inPeriod = periodMask(entry.year, start, end);
  return monthCount(inPeriod) === entry.months ? inPeriod : undefined;
}
