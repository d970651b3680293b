// Frozen with release 1.0 of the standard: a copy of src/arbitraries/contributions.ts as released. Do not edit (see ../index.ts).
import fc from "fast-check";
import type { ContributionYear } from "../../../records.js";

/** Contribution rates of the employee pension (individual 8 %, employer 16 %), used to make amounts realistic. */
const individualRate = 8;
const employerRate = 16;

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
 * The contribution years of a period: a part year counts its months. `bases` gives the
 * monthly base (fen) of successive years (cycled).
 */
export function contributionYears(start: string, end: string, bases: readonly number[]): ContributionYear[] {
  const [startYear, startMonth] = start.split("-").map(Number) as [number, number];
  const [endYear, endMonth] = end.split("-").map(Number) as [number, number];
  const years: ContributionYear[] = [];
  for (let year = startYear; year <= endYear; year++) {
    const first = year === startYear ? startMonth : 1;
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
    });
  }
  return years;
}

/** Monthly bases between ¥3,000 and ¥20,000, in fen. */
export function monthlyBasesArbitrary(): fc.Arbitrary<number[]> {
  return fc.array(fc.integer({ min: 300_000, max: 2_000_000 }), { minLength: 1, maxLength: 4 });
}
