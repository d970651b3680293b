import { Kind, type DatasetIndex } from "../../dataset/dataset-index.js";
import { openEnd } from "../../dataset/index-entry.js";
import { basicPensionBenefits, benefitStatusCodes, benefitTypeCodes, contributionStatusCodes, employeeSchemes, schemeCodes, schemeFamily } from "./code-tables.js";
import { cachedView } from "./index-cache.js";

const terminatedBenefit = benefitStatusCodes.index.get("terminated") ?? -1;
const contributing = contributionStatusCodes.index.get("1") ?? -1;

/** Benefit type index → whether it is a basic pension; the unemployment benefit's index. */
const isBasicPension: readonly boolean[] = [false, ...benefitTypeCodes.codes.map((code) => basicPensionBenefits.has(code))];
export const unemploymentBenefit = benefitTypeCodes.index.get("unemployment.benefit") ?? -1;

/** Scheme index → employee pension scheme (企业职工 / 机关事业); medical family. */
const isEmployeePension: readonly boolean[] = [false, ...schemeCodes.codes.map((code) => schemeFamily.get(code) === "pension" && employeeSchemes.has(code))];
const isMedical: readonly boolean[] = [false, ...schemeCodes.codes.map((code) => schemeFamily.get(code) === "medical")];

export function isBasicPensionSlot(index: DatasetIndex, slot: number): boolean {
  return isBasicPension[index.codeOf(slot)] === true;
}
export function isEmployeePensionScheme(scheme: number): boolean {
  return isEmployeePension[scheme] === true;
}
export function isMedicalScheme(scheme: number): boolean {
  return isMedical[scheme] === true;
}

/** An enrolment that still collects contributions (个人缴费状态 1). */
export function isContributing(index: DatasetIndex, slot: number): boolean {
  return index.kindOf(slot) === Kind.Enrolment && index.statusOf(slot) === contributing;
}

/** Whether two slots' periods (start and inclusive end, `openEnd` when open) share a day. */
export function periodsOverlap(index: DatasetIndex, a: number, b: number): boolean {
  return index.startOf(a) <= index.endOf(b) && index.startOf(b) <= index.endOf(a);
}

/**
 * Basic-pension and unemployment benefits by person group (identity number across
 * cities), each list in start order. A terminated benefit without an end date is left
 * out: when it stopped is unknown. Benefits are few next to enrolments, so the rules walk
 * the enrolments and look their person up here.
 */
export const benefitsByPerson = cachedView((index: DatasetIndex): ReadonlyMap<number, readonly number[]> => {
  const byGroup = new Map<number, number[]>();
  for (let slot = 0; slot < index.size; slot++) {
    if (index.kindOf(slot) !== Kind.Benefit) continue;
    if (!isBasicPensionSlot(index, slot) && index.codeOf(slot) !== unemploymentBenefit) continue;
    if (index.statusOf(slot) === terminatedBenefit && index.endOf(slot) === openEnd) continue;
    const group = index.personGroupOf(slot);
    if (group < 0) continue;
    const list = byGroup.get(group);
    if (list) list.push(slot);
    else byGroup.set(group, [slot]);
  }
  for (const list of byGroup.values()) list.sort((a, b) => index.startOf(a) - index.startOf(b) || a - b);
  return byGroup;
});
