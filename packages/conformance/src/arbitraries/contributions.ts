import fc from "fast-check";
import type { ContributionYear } from "../records.js";

/** Contribution rates of the employee pension (individual 8 %, employer 16 %), used to make amounts realistic. */
const pensionIndividualRate = 8;
const employerRate = 16;

/**
 * The person's share per employee scheme, in percent, as the standard's default
 * contributionRate rows have it (enrolment.contribution-rate): 2 % for employee medical
 * insurance, 1 % for unemployment, nothing for work injury and maternity.
 */
const individualRates: Readonly<Record<string, number>> = {
  "pension.employee": 8,
  "pension.institution": 8,
  "medical.employee": 2,
  unemployment: 1,
  workInjury: 0,
  maternity: 0,
};
export function individualRateOf(scheme: string): number {
  return individualRates[scheme] ?? pensionIndividualRate;
}

/** The `paidMonths` mask of months `first`–`last` (1–12). */
export function paidMonthsMask(first: number, last: number): string {
  let mask = "";
  for (let month = 1; month <= 12; month++) mask += month >= first && month <= last ? "1" : "0";
  return mask;
}

/** round_half_up(a * b / 100) on integers, exactly (no floating point). */
export function percentOf(amount: number, percent: number): number {
  return Math.floor((amount * percent * 2 + 100) / 200);
}

/**
 * The pooled fund that moves with an employee-pension transfer (国办发〔2009〕66号):
 * 12 % of each year's actual contribution wage (base × months) since 1998.
 */
export function pooledFundOf(contributions: readonly ContributionYear[]): number {
  return contributions.filter((year) => year.year >= 1998).reduce((sum, year) => sum + percentOf(year.monthlyBase * year.months, 12), 0);
}

export function monthsOf(contributions: readonly ContributionYear[]): number {
  return contributions.reduce((sum, year) => sum + year.months, 0);
}

export function individualTotalOf(contributions: readonly ContributionYear[]): number {
  return contributions.reduce((sum, year) => sum + year.individualAmount, 0);
}

/**
 * The contribution years of a period: a part year counts its months and marks them in
 * `paidMonths`; a period starting after the 1st pays from the next month. `bases` gives the
 * monthly base (fen) of successive years (cycled).
 */
export function contributionYears(start: string, end: string, bases: readonly number[], individualRate = pensionIndividualRate): ContributionYear[] {
  const [startYear, startMonth] = start.split("-").map(Number) as [number, number];
  const [endYear, endMonth] = end.split("-").map(Number) as [number, number];
  const years: ContributionYear[] = [];
  for (let year = startYear; year <= endYear; year++) {
    // Joining after the 1st, the first month paid is the next one (the previous employer paid that month).
    const first = year === startYear ? (Number(start.slice(8, 10)) > 1 ? startMonth + 1 : startMonth) : 1;
    const last = year === endYear ? endMonth : 12;
    const months = last - first + 1;
    if (months < 1) continue;
    const monthlyBase = bases[(year - startYear) % bases.length]!;
    years.push({
      year,
      months,
      monthlyBase,
      individualAmount: percentOf(monthlyBase * months, individualRate),
      employerAmount: percentOf(monthlyBase * months, employerRate),
      // A part year says which months (the dataset rule on months paid twice reads them).
      ...(months < 12 ? { paidMonths: paidMonthsMask(first, last) } : {}),
    });
  }
  return years;
}

/** Monthly bases between ¥3,000 and ¥20,000, in fen. */
export function monthlyBasesArbitrary(): fc.Arbitrary<number[]> {
  return fc.array(fc.integer({ min: 300_000, max: 2_000_000 }), { minLength: 1, maxLength: 4 });
}
