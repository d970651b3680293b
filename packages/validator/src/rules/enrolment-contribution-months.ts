import type { RecordRule } from "../rule.js";
import { isDeemed, maskOfPaidMonths, monthCount, periodMask } from "./support/contribution-months.js";
import type { EnrolmentView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

const tooMany = { "reason.zh": "超过参保期间在该年的月数", "reason.en": "more than the enrolment period has in that year", reason: "period" } as const;
const maskDiffers = { "reason.zh": "与 paidMonths 中标记的月数不符", "reason.en": "not the number of months marked in paidMonths", reason: "paidMonths" } as const;

/** The months of a year: no more than the period allows, and as many as `paidMonths` marks. */
export const enrolmentContributionMonthsRule: RecordRule = {
  kind: "record",
  id: "enrolment.contribution-months",
  severity: "error",
  category: "amount",
  appliesTo: ["enrolment"],
  versions: v1,
  title: { zh: "年度缴费月数", en: "Months of a contribution year" },
  message: {
    zh: "{year} 年缴费月数 {months} {reason}（{allowed}）",
    en: "{months} months in {year} is {reason} ({allowed})",
  },
  guidance: {
    zh: "年度缴费月数 months 不得超过参保期间在该年覆盖的月数（如 7 月 1 日参保，当年最多 6 个月）；填写 paidMonths 的，其中 1 的个数须等于 months。视同缴费年限不受参保期间限制。",
    en: "A year's months may not exceed the months the enrolment period covers in that year (enrolled on 1 July: at most 6 that year); with paidMonths, the number of 1s equals months. Deemed years are not bound by the period.",
  },
  check(record, _context, emit) {
    // The rule applies to this record type only.
    const enrolment = record as unknown as EnrolmentView;
    const years = enrolment.contributions;
    if (!years) return;
    const { start, end } = enrolment.period;
    for (let i = 0; i < years.length; i++) {
      const entry = years[i]!;
      if (entry.paidMonths !== undefined) {
        const marked = monthCount(maskOfPaidMonths(entry.paidMonths));
        if (marked !== entry.months) {
          emit(`/contributions/${i}/months`, { year: entry.year, months: entry.months, allowed: marked, ...maskDiffers });
          continue;
        }
      }
      if (isDeemed(entry)) continue;
      const allowed = monthCount(periodMask(entry.year, start, end));
      // A year wholly outside the period is enrolment.contribution-outside-period's finding.
      if (allowed > 0 && entry.months > allowed) emit(`/contributions/${i}/months`, { year: entry.year, months: entry.months, allowed, ...tooMany });
    }
  },
};
