import { type DatasetIndex, Kind } from "../dataset/dataset-index.js";
import { openEnd } from "../dataset/index-entry.js";
import type { DatasetRule } from "../rule.js";
import { cityCodeOf } from "./support/city-code.js";
import { benefitsByPerson, isContributing, isMedicalScheme, periodsOverlap, unemploymentBenefit } from "./support/benefit-periods.js";
import { schemeCodes } from "./support/code-tables.js";
import { monthOfDay } from "./support/payment-lines.js";
import { v1 } from "./support/versions.js";

/**
 * Whether the enrolment's paid months (the index's ranges, in month order) include a month
 * the benefit's period has a day in (a benefit from the 15th counts that month).
 */
function paidInBenefitMonths(index: DatasetIndex, enrolment: number, benefit: number): boolean {
  const first = monthOfDay(index.startOf(benefit));
  const end = index.endOf(benefit);
  const last = end === openEnd ? Number.POSITIVE_INFINITY : monthOfDay(end);
  const count = index.monthRangeCountOf(enrolment);
  for (let i = 0; i < count; i++) {
    if (index.monthRangeFirstOf(enrolment, i) > last) return false;
    if (index.monthRangeLastOf(enrolment, i) >= first) return true;
  }
  return false;
}

/**
 * Unemployment benefit over days an employer still contributes for the person. Judged
 * from the enrolment periods and contribution status, and where the index knows every month
 * the enrolment paid, also from those: the employer must have paid for a month of the
 * benefit too (so an enrolment left open after the payments stopped is not reported).
 * Contributions are recorded by month, not by day, hence a warning.
 */
export const datasetUnemploymentBenefitWhileEmployedRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.unemployment-benefit-while-employed",
  severity: "warning",
  category: "duplicate",
  appliesTo: ["benefit", "enrolment"],
  versions: v1,
  title: { zh: "领取失业保险金期间单位仍在缴费", en: "Unemployment benefit while an employer contributes" },
  message: {
    zh: "失业保险金期间与单位缴费的参保登记 {enrolmentId}（{scheme}，{city}）重叠",
    en: "The unemployment benefit's period overlaps enrolment {enrolmentId} ({scheme}, {city}), for which an employer contributes",
  },
  guidance: {
    zh: "失业保险金发给非因本人意愿中断就业的失业人员；重新就业的应停发（《失业保险条例》第十五条）。同一期间有用人单位为其缴纳社会保险（参保登记有 employer 且个人缴费状态为 1），说明已重新就业却仍在领取，或单位未及时减员。职工医保除外：领取失业保险金期间的职工医保由失业保险基金缴纳。人员按公民身份号码跨市匹配。缴费记录写明了每个缴费年度缴了哪些月份的（填写 paidMonths，或全年 12 个月，或月数与该年参保期间相符；视同缴费年限不计），还须单位为失业保险金期间内的某个月份缴了费：参保登记未终止而单位已停缴的，不再提示；缴费记录未列出的年度视为未缴费。有年度月份不明或没有缴费记录的，仍按参保期间判断。缴费只记到月、不记到日，故只是提示核查。",
    en: "Unemployment benefit is paid to people who lost their job involuntarily and stops on re-employment (失业保险条例 art. 15). An employer contributing for the person over the same days (an enrolment with an employer and contribution status 1) means the person works again and still draws the benefit, or the employer did not deregister them in time. Employee medical insurance is left out: the unemployment fund pays it for benefit recipients. Persons are matched across cities by identity number. Where the contributions say which months every year paid (paidMonths, a 12-month year, or as many months as the period covers that year; deemed years aside), the employer must also have paid for a month of the benefit: an enrolment left open after the employer stopped paying is no longer reported, and a year the contributions do not list counts as unpaid. Where a year's months are unknown, or there are no contributions, the rule judges by the enrolment period alone. Contributions are recorded by month, not by day, hence a warning to verify.",
  },
  paramSources: {
    scheme: { field: "/scheme", codeList: "insuranceScheme", recordType: "enrolment" },
  },
  check(index, _context, emit) {
    const benefits = benefitsByPerson(index);
    if (benefits.size === 0) return;
    for (let slot = 0; slot < index.size; slot++) {
      if (index.kindOf(slot) !== Kind.Enrolment || !index.hasEmployer(slot) || !isContributing(index, slot) || isMedicalScheme(index.codeOf(slot))) continue;
      const list = benefits.get(index.personGroupOf(slot));
      if (list === undefined) continue;
      for (const benefit of list) {
        if (index.codeOf(benefit) !== unemploymentBenefit || !periodsOverlap(index, slot, benefit)) continue;
        // Months known: the employer paid none of the benefit's months, so it is not employment during it.
        if (index.paidMonthsKnown(slot) && !paidInBenefitMonths(index, slot, benefit)) continue;
        emit(index.handleOf(benefit), "/period", {
          enrolmentId: index.idOf(slot),
          // Stryker disable next-line StringLiteral: rules run on schema-valid records, whose scheme codes are all in the list: "unknown" is never reached
          scheme: schemeCodes.codes[index.codeOf(slot) - 1] ?? "unknown",
          city: cityCodeOf(index.cityOf(slot)),
        });
      }
    }
  },
};
