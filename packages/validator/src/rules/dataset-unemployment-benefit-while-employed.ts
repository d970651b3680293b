import { Kind } from "../dataset/dataset-index.js";
import type { DatasetRule } from "../rule.js";
import { cityCodeOf } from "./support/city-code.js";
import { benefitsByPerson, isContributing, isMedicalScheme, periodsOverlap, unemploymentBenefit } from "./support/benefit-periods.js";
import { schemeCodes } from "./support/code-tables.js";
import { v1 } from "./support/versions.js";

/**
 * Unemployment benefit over days an employer still contributes for the person. Judged
 * from the enrolment periods and contribution status; the months actually paid (a
 * per-month mask) would make it exact, hence a warning.
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
    zh: "失业保险金发给非因本人意愿中断就业的失业人员；重新就业的应停发（《失业保险条例》第十五条）。同一期间有用人单位为其缴纳社会保险（参保登记有 employer 且个人缴费状态为 1），说明已重新就业却仍在领取，或单位未及时减员。职工医保除外：领取失业保险金期间的职工医保由失业保险基金缴纳。人员按公民身份号码跨市匹配。本规则按参保期间判断，只是提示核查：按月缴费记录能精确到月份。",
    en: "Unemployment benefit is paid to people who lost their job involuntarily and stops on re-employment (失业保险条例 art. 15). An employer contributing for the person over the same days (an enrolment with an employer and contribution status 1) means the person works again and still draws the benefit, or the employer did not deregister them in time. Employee medical insurance is left out: the unemployment fund pays it for benefit recipients. Persons are matched across cities by identity number. The rule judges by enrolment periods, hence a warning to verify; per-month contribution records would make it exact.",
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
