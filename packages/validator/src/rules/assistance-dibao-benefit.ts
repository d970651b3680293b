import type { RecordRule } from "../rule.js";
import { caseDivision } from "./support/case-division.js";
import { isPayingDibaoCase } from "./support/dibao-case.js";
import { datePart } from "./support/iso-date.js";
import { parameterTables, roundingToleranceOn } from "./support/parameter-tables.js";
import { type AssistanceView, coveredMemberCount } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/**
 * 社会救助暂行办法: benefit = (standard − per-capita income) × covered members, within the
 * rounding tolerance of the case's division (parameter `benefitRoundingTolerance`: some
 * local systems pay to the yuan).
 */
export const assistanceDibaoBenefitRule: RecordRule = {
  kind: "record",
  id: "assistance.dibao-benefit",
  severity: "error",
  category: "amount",
  appliesTo: ["assistance"],
  versions: v1,
  title: { zh: "低保金按差额计算", en: "低保 benefit is the gap times the members" },
  message: {
    zh: "低保金应为 ({monthlyStandard} − {perCapitaIncome}) × {coveredMembers} = {expected} 分，实为 {actual} 分",
    en: "benefitAmount should be ({monthlyStandard} − {perCapitaIncome}) × {coveredMembers} = {expected} fen, found {actual}",
  },
  guidance: {
    zh: "《社会救助暂行办法》：低保按家庭人均收入低于当地标准的差额，按保障人数计发；分类施保另计于 classifiedSupplement。全家人人同额而不论收入即“平均保”。收入不低于标准时由 assistance.dibao-income-below-standard 报告，本规则不再计算。分档救助（填写 benefitTier）的金额按档次核定，不按差额计算，本规则不核对。当地系统按元取整时，参数表 benefitRoundingTolerance 给出该区县（或市、省）可接受的差额（分），默认须分毫相等。",
    en: "社会救助暂行办法: 低保 pays the gap between the local standard and the household's per-capita income, times the covered members; 分类施保 goes in classifiedSupplement. When the income is not below the standard, assistance.dibao-income-below-standard reports instead. A tiered (分档) case (benefitTier recorded) is paid by its tier, not the gap, and is not checked. Where the local system rounds (e.g. to the yuan), the parameter table benefitRoundingTolerance gives the accepted difference in fen for the county (or city, or province); without a row the amounts must match to the fen.",
  },
  paramSources: {
    monthlyStandard: { field: "/monthlyStandard" },
    perCapitaIncome: { field: "/perCapitaIncome" },
    coveredMembers: { field: "/coveredMembers" },
    expected: { derivedFrom: ["/monthlyStandard", "/perCapitaIncome", "/coveredMembers"] },
    actual: { field: "/benefitAmount" },
  },
  check(record, context, emit) {
    // The rule applies to assistance cases only. A 分档 case's amount is set by its tier, not by the income gap.
    const assistance = record as unknown as AssistanceView;
    if (!isPayingDibaoCase(assistance) || assistance.benefitTier !== undefined) return;
    // Without the standard, the income or the member count the expected amount is NaN, which no comparison reports.
    const { monthlyStandard = Number.NaN, perCapitaIncome = Number.NaN, benefitAmount } = assistance;
    const members = coveredMemberCount(assistance) ?? Number.NaN;
    if (perCapitaIncome >= monthlyStandard) return;
    const expected = (monthlyStandard - perCapitaIncome) * members;
    const tolerance = roundingToleranceOn(parameterTables(context.parameters), caseDivision(assistance), datePart(assistance.meta.lastUpdated));
    if (Math.abs(benefitAmount - expected) > tolerance) {
      emit("/benefitAmount", { monthlyStandard, perCapitaIncome, coveredMembers: members, expected, actual: benefitAmount });
    }
  },
};
