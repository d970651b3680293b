import { Kind } from "../dataset/dataset-index.js";
import type { DatasetRule } from "../rule.js";
import { cityCodeOf } from "./support/city-code.js";
import { benefitsByPerson, isBasicPensionSlot, isContributing, isEmployeePensionScheme, periodsOverlap } from "./support/benefit-periods.js";
import { benefitTypeCodes, schemeCodes } from "./support/code-tables.js";
import { v1 } from "./support/versions.js";

/** A person draws a basic pension while an employee pension enrolment still collects contributions for the same days. */
export const datasetPensionRecipientContributingRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.pension-recipient-contributing",
  severity: "error",
  category: "duplicate",
  appliesTo: ["enrolment", "benefit"],
  versions: v1,
  title: { zh: "领取养老金期间仍按职工缴费", en: "Pension recipient still contributing as an employee" },
  message: {
    zh: "{scheme}（{city}）仍在缴费，期间与同一人已领取的 {benefitType}（待遇 {benefitId}，{benefitCity}）重叠",
    en: "{scheme} ({city}) is still contributing over the period in which the same person draws {benefitType} (benefit {benefitId}, {benefitCity})",
  },
  guidance: {
    zh: "开始领取基本养老金后，职工基本养老保险（企业或机关事业）不再缴费：参保登记应终止（结束日期为待遇开始前一日，个人缴费状态 3）。仍在缴费说明退休后未办理停保，或在另一城市重复参保缴费。人员按公民身份号码跨市匹配；只看个人缴费状态为 1（参保缴费）的职工养老参保，已终止且无结束日期的待遇不计。",
    en: "Once a basic pension is drawn, the employee pension scheme (enterprise or institution) collects no more contributions: the enrolment ends (end date the day before the benefit starts, contribution status 3). Still contributing means the enrolment was not stopped at retirement, or the person contributes in another city. Persons are matched across cities by identity number; only employee pension enrolments with contribution status 1 count, and terminated benefits without an end date do not.",
  },
  paramSources: {
    scheme: { field: "/scheme", codeList: "insuranceScheme", recordType: "enrolment" },
    benefitType: { field: "/benefitType", codeList: "benefitType", recordType: "benefit" },
  },
  check(index, _context, emit) {
    const benefits = benefitsByPerson(index);
    if (benefits.size === 0) return;
    for (let slot = 0; slot < index.size; slot++) {
      if (index.kindOf(slot) !== Kind.Enrolment || !isContributing(index, slot) || !isEmployeePensionScheme(index.codeOf(slot))) continue;
      const list = benefits.get(index.personGroupOf(slot));
      if (list === undefined) continue;
      // One finding per enrolment: the first pension it overlaps.
      const pension = list.find((benefit) => isBasicPensionSlot(index, benefit) && periodsOverlap(index, slot, benefit));
      if (pension === undefined) continue;
      emit(index.handleOf(slot), "/contributionStatus", {
        // Stryker disable next-line StringLiteral: rules run on schema-valid records, whose scheme codes are all in the list: "unknown" is never reached
        scheme: schemeCodes.codes[index.codeOf(slot) - 1] ?? "unknown",
        city: cityCodeOf(index.cityOf(slot)),
        // Stryker disable next-line StringLiteral: rules run on schema-valid records, whose benefit type codes are all in the list: "unknown" is never reached
        benefitType: benefitTypeCodes.codes[index.codeOf(pension) - 1] ?? "unknown",
        benefitId: index.idOf(pension),
        benefitCity: cityCodeOf(index.cityOf(pension)),
      });
    }
  },
};
