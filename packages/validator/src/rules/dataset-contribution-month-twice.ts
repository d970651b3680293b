import type { DatasetIndex } from "../dataset/dataset-index.js";
import type { DatasetRule } from "../rule.js";
import { cityCodeOf } from "./support/city-code.js";
import { schemeCodes, schemeFamily, schemeSupplements } from "./support/code-tables.js";
import { v1 } from "./support/versions.js";

/**
 * Scheme index → the group of schemes a month can be paid in only once: the family
 * (pension, medical …); a supplementary scheme (大额医疗费用补助 beside 职工医保) is its own.
 */
const familyNumbers = new Map<string, number>();
const overlapFamily: readonly number[] = [
  -1,
  ...schemeCodes.codes.map((code) => {
    const family = schemeSupplements.has(code) ? code : (schemeFamily.get(code) ?? code);
    if (!familyNumbers.has(family)) familyNumbers.set(family, familyNumbers.size);
    return familyNumbers.get(family)!;
  }),
];

/** Months two enrolments both paid: how many, and the first. */
function sharedMonths(index: DatasetIndex, a: number, b: number): { count: number; first: number } {
  let count = 0;
  let first = -1;
  const countA = index.monthRangeCountOf(a);
  const countB = index.monthRangeCountOf(b);
  let i = 0;
  let j = 0;
  while (i < countA && j < countB) {
    const from = Math.max(index.monthRangeFirstOf(a, i), index.monthRangeFirstOf(b, j));
    const lastA = index.monthRangeLastOf(a, i);
    const lastB = index.monthRangeLastOf(b, j);
    const to = Math.min(lastA, lastB);
    if (from <= to) {
      if (count === 0) first = from;
      count += to - from + 1;
    }
    if (lastA < lastB) i++;
    else j++;
  }
  return { count, first };
}

const monthText = (month: number) => `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;

/**
 * The same month paid twice in one insurance family by two employee-scheme enrolments of
 * one person (matched across cities by identity number): 重复缴费, counted by month as
 * 人社部发〔2014〕17号 counts it. The index keeps only packed month ranges per enrolment.
 */
export const datasetContributionMonthTwiceRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.contribution-month-twice",
  severity: "error",
  category: "duplicate",
  appliesTo: ["enrolment"],
  versions: v1,
  title: { zh: "同一月份重复缴费", en: "One month paid twice" },
  message: {
    zh: "同一人 {scheme}（{city}）与参保登记 {otherId} 的 {otherScheme}（{otherCity}）在 {months} 个月份重复缴费，自 {firstMonth} 起",
    en: "The same person's {scheme} ({city}) and enrolment {otherId} in {otherScheme} ({otherCity}) were both paid for {months} months, from {firstMonth}",
  },
  guidance: {
    zh: "同一人同一险种族（养老、医疗、失业……）的职工险种在同一月份只能缴费一次，无论同市或跨市；重复缴费时段按月计算（人社部发〔2014〕17号），转移接续时应清退其中一份。月份取缴费记录的 paidMonths；未填写的，全年 12 个月或与参保期间相符的月数视为已知，其余不比较。视同缴费年限不计。补充险种（如大额医疗费用补助）与其主险种同时缴费不属重复。",
    en: "An employee scheme of one family (pension, medical, unemployment…) is paid once per month per person, in one city or across cities; overlapping periods are counted by month (人社部发〔2014〕17号) and one of them is refunded on transfer. Months come from paidMonths; without it a 12-month year, or a year whose months match the enrolment period, is known, others are not compared. Deemed years do not count. A supplementary scheme (large medical expense subsidy …) paid beside its main scheme is no duplicate.",
  },
  paramSources: {
    scheme: { field: "/scheme", codeList: "insuranceScheme" },
    otherScheme: { field: "/scheme", codeList: "insuranceScheme" },
  },
  check(index, _context, emit) {
    // Enrolments with paid months (an enrolment's person group is never negative).
    const slots: number[] = [];
    for (let slot = 0; slot < index.size; slot++) if (index.monthRangeCountOf(slot) > 0) slots.push(slot);
    const key = (slot: number) => index.personGroupOf(slot) * (familyNumbers.size + 1) + (overlapFamily[index.codeOf(slot)] ?? familyNumbers.size);
    // A stable sort: within one person and family, the enrolments stay in record order.
    slots.sort((a, b) => key(a) - key(b));
    // Each enrolment against the earlier ones of its person and family (from `start` on).
    let start = 0;
    for (const [j, later] of slots.entries()) {
      if (key(later) !== key(slots[start]!)) start = j;
      for (let i = start; i < j; i++) {
        const earlier = slots[i]!;
        const shared = sharedMonths(index, later, earlier);
        if (shared.count === 0) continue;
        emit(index.handleOf(later), "/contributions", {
          // Stryker disable next-line StringLiteral: rules run on schema-valid records, whose scheme codes are all in the list: "unknown" is never reached
          scheme: schemeCodes.codes[index.codeOf(later) - 1] ?? "unknown",
          city: cityCodeOf(index.cityOf(later)),
          otherId: index.idOf(earlier),
          // Stryker disable next-line StringLiteral: rules run on schema-valid records, whose scheme codes are all in the list: "unknown" is never reached
          otherScheme: schemeCodes.codes[index.codeOf(earlier) - 1] ?? "unknown",
          otherCity: cityCodeOf(index.cityOf(earlier)),
          months: shared.count,
          firstMonth: monthText(shared.first),
        });
        break;
      }
    }
  },
};
