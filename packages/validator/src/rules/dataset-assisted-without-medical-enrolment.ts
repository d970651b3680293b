import { type DatasetIndex, Kind } from "../dataset/dataset-index.js";
import type { DatasetRule } from "../rule.js";
import { categoryOf } from "./support/assistance-periods.js";
import { caseStatusCodes, programmeCodes, schemeCodes, schemeFamily, schemeSupplements } from "./support/code-tables.js";
import { dayNumber } from "./support/iso-date.js";
import { deathOfGroup } from "./support/recorded-deaths.js";
import { v1 } from "./support/versions.js";

// Stryker disable next-line UnaryOperator: the code is in its list (a constant table), so the -1 fallback is never taken
const active = caseStatusCodes.index.get("active") ?? -1;

/** Scheme index → whether it is basic medical insurance (a medical scheme that supplements none). */
const basicMedical: readonly boolean[] = [false, ...schemeCodes.codes.map((code) => schemeFamily.get(code) === "medical" && !schemeSupplements.has(code))];

/**
 * The person groups (person slots) with a basic medical enrolment whose period holds `day`,
 * in any city, as one byte per slot (a Set of numbers cost 15 MB at a million records);
 * undefined when the dataset holds no basic medical enrolment at all.
 */
function insuredOn(index: DatasetIndex, day: number): Uint8Array | undefined {
  const insured = new Uint8Array(index.size);
  let medical = false;
  for (let slot = 0; slot < index.size; slot++) {
    if (index.kindOf(slot) !== Kind.Enrolment || !basicMedical[index.codeOf(slot)]) continue;
    medical = true;
    // An enrolment whose person is not in the dataset has a group past the table (index.size
    // and up): writing there does nothing, as a typed array drops writes out of its range.
    if (index.startOf(slot) <= day && day <= index.endOf(slot)) insured[index.personGroupOf(slot)] = 1;
  }
  return medical ? insured : undefined;
}

/** The people an active case covers, with the pointer that names each: the beneficiary, the covered members, else the head. */
function coveredPeople(index: DatasetIndex, slot: number): { personId: string; pointer: string }[] {
  const people: { personId: string; pointer: string }[] = [];
  const extras = index.extrasOf(slot);
  const personId = index.personIdOf(slot);
  if (personId !== undefined) people.push({ personId, pointer: "/personId" });
  const members = extras.memberIds ?? [];
  for (let i = 0; i < members.length; i++) {
    if (extras.uncoveredMembers?.includes(i) || members[i] === personId) continue;
    people.push({ personId: members[i]!, pointer: `/household/members/${i}/personId` });
  }
  if (people.length === 0 && extras.headPersonId !== undefined) people.push({ personId: extras.headPersonId, pointer: "/household/headPersonId" });
  return people;
}

/**
 * 资助参保, 应保尽保: every person a 低保 or 特困 case covers is enrolled in basic medical
 * insurance, the contribution paid by medical aid. A covered person the dataset knows, alive
 * on the as-of date, with no basic medical enrolment in force that day in any of the three
 * cities is reported on the case. A warning: the person may be insured outside the three
 * cities, which the export cannot show. An export that holds no basic medical enrolment at
 * all (民政's own) cannot judge it and is left alone.
 */
export const datasetAssistedWithoutMedicalEnrolmentRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.assisted-without-medical-enrolment",
  severity: "warning",
  category: "reference",
  appliesTo: ["assistance", "enrolment"],
  versions: v1,
  title: { zh: "救助对象未参加基本医疗保险", en: "Assisted person without medical insurance" },
  message: {
    zh: "{programme} 案件保障的 {personId} 在 {asOf} 没有有效的基本医疗保险参保登记（三市均无）",
    en: "{personId}, covered by this {programme} case, has no basic medical insurance enrolment in force on {asOf} in any of the three cities",
  },
  guidance: {
    zh: "低保对象、特困人员应全部参加基本医疗保险，个人缴费由医疗救助资助（资助参保，应保尽保）。按公民身份号码在三市的参保登记中查找该人在评估日有效的职工医保或城乡居民医保（补充险种不算）。若其在三市以外参保，可忽略本提示；否则应协同医保部门办理资助参保。数据集中完全没有医疗保险参保登记时（如仅有民政数据）不作判断。",
    en: "低保 recipients and 特困 persons are all to be enrolled in basic medical insurance, their own contribution paid by medical aid (资助参保, 应保尽保). The person's enrolments are looked up by identity number in all three cities: employee or resident basic medical insurance in force on the as-of date (supplementary schemes do not count). If the person is insured outside the three cities, ignore this; otherwise arrange the subsidised enrolment with the medical insurance bureau. A dataset without any medical enrolment (民政's data alone) is not judged.",
  },
  paramSources: { programme: { field: "/programme", codeList: "assistanceProgramme" } },
  check(index, context, emit) {
    const day = dayNumber(context.asOf);
    // Computed at the first active case only: most exports of 人社 or 医保 have none.
    let insured: Uint8Array | undefined;
    let looked = false;
    for (let slot = 0; slot < index.size; slot++) {
      if (index.kindOf(slot) !== Kind.Assistance || categoryOf(index, slot) < 0 || index.statusOf(slot) !== active) continue;
      if (index.startOf(slot) > day || index.endOf(slot) < day) continue;
      if (!looked) {
        insured = insuredOn(index, day);
        // Stryker disable next-line BooleanLiteral: only spares the work: the insured table computed again for the next case is the same table
        looked = true;
      }
      if (insured === undefined) return;
      for (const { personId, pointer } of coveredPeople(index, slot)) {
        const group = index.personGroupById(personId);
        // A person the dataset does not hold is dataset.unresolved-reference's; a dead one is no longer to insure.
        if (group < 0 || group >= index.size || insured[group] === 1) continue;
        const death = deathOfGroup(index, group);
        if (death !== undefined && death.day <= day) continue;
        // Stryker disable next-line StringLiteral: rules run on schema-valid records, whose programme codes are all in the list: "unknown" is never reached
        emit(index.handleOf(slot), pointer, { personId, asOf: context.asOf, programme: programmeCodes.codes[index.codeOf(slot) - 1] ?? "unknown" });
      }
    }
  },
};
