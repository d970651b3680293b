import type { RecordRule } from "../rule.js";
import { isDeemed, maskOfPaidMonths, periodMask } from "./support/contribution-months.js";
import { asEnrolment } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/** A contribution year (or its paid months) outside the enrolment's period; deemed years precede it by nature. */
export const enrolmentContributionOutsidePeriodRule: RecordRule = {
  kind: "record",
  id: "enrolment.contribution-outside-period",
  severity: "error",
  category: "date",
  appliesTo: ["enrolment"],
  versions: v1,
  title: { zh: "缴费年度在参保期间之外", en: "Contribution outside the enrolment period" },
  message: {
    zh: "{year} 年的缴费不在参保期间 {start}–{end} 之内",
    en: "The contributions of {year} fall outside the enrolment period {start}–{end}",
  },
  guidance: {
    zh: "缴费记录（含补缴）只能属于参保期间内的月份：填写了 paidMonths 的，逐月核对；未填写的，核对年度。视同缴费年限（kind 为 deemed）在个人缴费开始之前，不核对。参保期间有误的改期间，缴费属于另一参保登记的移到该登记。",
    en: "Contributions (back payments included) belong to months of the enrolment period: with paidMonths each month is checked, without it the year. Deemed years (kind deemed) precede individual contributions and are not checked. Correct the period, or move contributions that belong to another enrolment there.",
  },
  check(record, _context, emit) {
    const enrolment = asEnrolment(record);
    const years = enrolment?.contributions;
    if (!enrolment || !years) return;
    const { start, end } = enrolment.period;
    for (let i = 0; i < years.length; i++) {
      const entry = years[i]!;
      if (isDeemed(entry)) continue;
      const inPeriod = periodMask(entry.year, start, end);
      const outside = entry.paidMonths === undefined ? inPeriod === 0 : (maskOfPaidMonths(entry.paidMonths) & ~inPeriod) !== 0;
      if (outside) emit(`/contributions/${i}/${entry.paidMonths === undefined ? "year" : "paidMonths"}`, { year: entry.year, start, end: end ?? "" });
    }
  },
};
