/**
 * Exact money arithmetic for the examples: every amount is an integer number of fen,
 * percentages are applied to integers and rounded half up once, as the contract's
 * 12 % rule does (`round_half_up(monthlyBase × months × 12 / 100)`).
 */
import type { ContributionYear } from "./model.js";

/** Whole yuan to fen. */
export function yuan(amount: number): number {
  if (!Number.isSafeInteger(amount)) throw new Error(`yuan(${amount}): give whole yuan, or write the fen directly`);
  return amount * 100;
}

/** `fen × percent / 100`, rounded half up, for non-negative integers. */
export function percentOf(fen: number, percent: number): number {
  if (!Number.isSafeInteger(fen) || fen < 0 || !Number.isSafeInteger(percent) || percent < 0) {
    throw new Error(`percentOf(${fen}, ${percent}): non-negative integers only`);
  }
  return Math.floor((fen * percent + 50) / 100);
}

export interface ContributionPlan {
  /** First month contributed, YYYY-MM. */
  from: string;
  /** Last month contributed, YYYY-MM (inclusive). */
  to: string;
  /** Monthly contribution base of a year, in fen. */
  monthlyBase: (year: number) => number;
  individualPercent: number;
  employerPercent: number;
}

/** Yearly contribution records of an employee scheme, one per calendar year touched. */
export function contributionYears(plan: ContributionPlan): ContributionYear[] {
  const [fromYear, fromMonth] = plan.from.split("-").map(Number) as [number, number];
  const [toYear, toMonth] = plan.to.split("-").map(Number) as [number, number];
  const years: ContributionYear[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const first = year === fromYear ? fromMonth : 1;
    const last = year === toYear ? toMonth : 12;
    const months = last - first + 1;
    const monthlyBase = plan.monthlyBase(year);
    years.push({
      year,
      months,
      monthlyBase,
      individualAmount: percentOf(monthlyBase * months, plan.individualPercent),
      employerAmount: percentOf(monthlyBase * months, plan.employerPercent),
    });
  }
  return years;
}

/**
 * Yearly records of the resident pension scheme: a flat yearly amount chosen by the
 * person (a contribution grade), no wage base and no employer.
 */
export function residentContributionYears(fromYear: number, toYear: number, yearlyAmount: (year: number) => number): ContributionYear[] {
  const years: ContributionYear[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    years.push({ year, months: 12, monthlyBase: 0, individualAmount: yearlyAmount(year), employerAmount: 0 });
  }
  return years;
}

/** 国办发〔2009〕66号: 12 % of each year's contribution base since 1998, by its months. */
export function pooledFundAmount(years: readonly ContributionYear[]): number {
  return years.filter((y) => y.year >= 1998).reduce((sum, y) => sum + percentOf(y.monthlyBase * y.months, 12), 0);
}

export function totalMonths(years: readonly ContributionYear[]): number {
  return years.reduce((sum, y) => sum + y.months, 0);
}

export function totalIndividual(years: readonly ContributionYear[]): number {
  return years.reduce((sum, y) => sum + y.individualAmount, 0);
}

/**
 * A synthetic average monthly wage in whole yuan: 600 in 1996, growing 10 % a year,
 * rounded to 10 yuan. Not an official statistic; it only gives the contribution
 * histories a plausible shape.
 */
export function syntheticWage(year: number): number {
  let wage = 600;
  for (let y = 1996; y < year; y++) wage = Math.round((wage * 11) / 100) * 10;
  return wage;
}

/**
 * A contribution base as a share (percent) of the synthetic wage, in fen. Real bases are
 * actual wages with fen, so a few fen vary by year; this keeps the 12 % rule's half-up
 * rounding exercised.
 */
export function baseAt(percentOfWage: number): (year: number) => number {
  return (year) => syntheticWage(year) * percentOfWage + ((year * 37 + percentOfWage) % 100);
}
