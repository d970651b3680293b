import type { ContributionRateEntry, Parameters } from "../parameters.js";
import type { RecordRule } from "../rule.js";
import { employeeSchemes, participationTypesWithEmployer } from "./support/code-tables.js";
import { isDeemed } from "./support/contribution-months.js";
import { asEnrolment } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/** Rates by scheme, prepared once per parameter object. */
const cache = new WeakMap<Parameters, ReadonlyMap<string, readonly ContributionRateEntry[]>>();
function ratesByScheme(parameters: Parameters): ReadonlyMap<string, readonly ContributionRateEntry[]> {
  let table = cache.get(parameters);
  if (table) return table;
  const map = new Map<string, ContributionRateEntry[]>();
  for (const entry of parameters.contributionRate ?? []) {
    const list = map.get(entry.scheme);
    if (list) list.push(entry);
    else map.set(entry.scheme, [entry]);
  }
  table = map;
  cache.set(parameters, table);
  return table;
}

/** The entries in force during the year for the most specific region with any (county, city, province, then nationwide). */
function ratesFor(entries: readonly ContributionRateEntry[], division: string, year: number): ContributionRateEntry[] {
  const from = `${year}-01-01`;
  const until = `${year}-12-31`;
  const regions = [division, `${division.slice(0, 4)}00`, `${division.slice(0, 2)}0000`, undefined];
  for (const region of regions) {
    const found = entries.filter((e) => e.region === region && e.validFrom <= until && (e.validUntil === undefined || from <= e.validUntil));
    if (found.length > 0) return found;
  }
  return [];
}

/** Exact round-half-up of base × months × percent / 100 (percent with up to two decimals). */
function share(base: number, months: number, percent: number): number {
  return Math.round((base * months * Math.round(percent * 100)) / 10_000);
}

/**
 * A unit employee's individual amount against base × months × the dated individual rate
 * (parameter table contributionRate; the standard's default rows unless the agency
 * supplies its own). A year straddling a rate change takes the widest range.
 */
export const enrolmentContributionRateRule: RecordRule = {
  kind: "record",
  id: "enrolment.contribution-rate",
  severity: "warning",
  category: "amount",
  appliesTo: ["enrolment"],
  versions: v1,
  title: { zh: "个人缴费与费率不符", en: "Individual amount against the contribution rate" },
  message: {
    zh: "{year} 年个人缴费 {amount} 分与缴费基数 × 月数 × 个人费率 {rate}% 的 {expected} 分不符（来源：{source}）",
    en: "The individual amount {amount} fen of {year} differs from base × months × the individual rate {rate} %, {expected} fen (source: {source})",
  },
  guidance: {
    zh: "参保身份为单位职工（participationType 要求用人单位）的年度个人缴费应为月缴费基数 × 月数 × 个人费率，允许每月 1 分的舍入差。费率取参数文件 contributionRate 表（未提供时用标准自带的全国默认行，见 docs/cli.md 的“Default parameter tables”）；灵活就业人员等个人全额缴费的、未填写参保身份的（无法区分谁缴费，如全部 1.0 数据）不核对，视同缴费年限不核对。",
    en: "For unit employees (a participationType that requires an employer) the year's individual amount is monthly base × months × the individual rate, within 1 fen per month of rounding. The rate comes from the parameter table contributionRate (the standard's nationwide default rows when the agency supplies none, see Default parameter tables in docs/cli.md); people paying the whole contribution themselves (flexible workers …), enrolments without a participationType (who pays is unknown, as in all 1.0 data) and deemed years are not checked.",
  },
  paramSources: {
    amount: { field: "/contributions/*/individualAmount" },
    expected: { derivedFrom: ["/contributions/*/monthlyBase"] },
  },
  check(record, context, emit) {
    const enrolment = asEnrolment(record);
    const years = enrolment?.contributions;
    const type = enrolment?.participationType;
    // Only where the record says who pays: without a participation type (all of 1.0) a flexible worker paying the whole 20 % cannot be told apart.
    if (!enrolment || !years || type === undefined || !participationTypesWithEmployer.has(type) || !employeeSchemes.has(enrolment.scheme)) return;
    const entries = ratesByScheme(context.parameters).get(enrolment.scheme);
    if (!entries) return;
    for (let i = 0; i < years.length; i++) {
      const entry = years[i]!;
      if (isDeemed(entry)) continue;
      const rates = ratesFor(entries, enrolment.agency.division, entry.year);
      if (rates.length === 0) continue;
      let low = Number.POSITIVE_INFINITY;
      let high = Number.NEGATIVE_INFINITY;
      for (const rate of rates) {
        low = Math.min(low, share(entry.monthlyBase, entry.months, rate.individualRate));
        high = Math.max(high, share(entry.monthlyBase, entry.months, rate.individualRate));
      }
      const slack = entry.months;
      if (entry.individualAmount >= low - slack && entry.individualAmount <= high + slack) continue;
      const first = rates[0]!;
      emit(`/contributions/${i}/individualAmount`, {
        year: entry.year,
        amount: entry.individualAmount,
        rate: first.individualRate,
        expected: low,
        source: first.source,
      });
    }
  },
};
