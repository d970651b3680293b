import type { RecordRule } from "../rule.js";
import { maskOfPaidMonths } from "./support/contribution-months.js";
import type { EnrolmentView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/** One year listed twice for the same months: counted twice towards the contribution period. */
export const enrolmentContributionYearTwiceRule: RecordRule = {
  kind: "record",
  id: "enrolment.contribution-year-twice",
  severity: "error",
  category: "duplicate",
  appliesTo: ["enrolment"],
  versions: v1,
  title: { zh: "缴费年度重复", en: "Contribution year listed twice" },
  message: {
    zh: "{year} 年与第 {otherIndex} 条缴费记录重复（缴费月份重叠或未填写 paidMonths）",
    en: "The year {year} repeats contribution entry {otherIndex} (their months overlap, or paidMonths is missing)",
  },
  guidance: {
    zh: "一个年度可以有多条缴费记录（正常缴费、补缴、视同缴费），但其 paidMonths 不得重叠；未填写 paidMonths 的年度只能出现一次。否则该年度的月份被计算两次。",
    en: "A year may have several entries (regular months, a back payment, deemed months), but their paidMonths must not overlap; a year without paidMonths appears once. Otherwise its months count twice.",
  },
  check(record, _context, emit) {
    // The rule applies to this record type only.
    const years = (record as unknown as EnrolmentView).contributions;
    if (!years || years.length < 2) return;
    for (let j = 1; j < years.length; j++) {
      const later = years[j]!;
      for (let i = 0; i < j; i++) {
        const earlier = years[i]!;
        if (earlier.year !== later.year) continue;
        const disjoint =
          earlier.paidMonths !== undefined && later.paidMonths !== undefined && (maskOfPaidMonths(earlier.paidMonths) & maskOfPaidMonths(later.paidMonths)) === 0;
        if (disjoint) continue;
        emit(`/contributions/${j}/year`, { year: later.year, otherIndex: i });
        break;
      }
    }
  },
};
