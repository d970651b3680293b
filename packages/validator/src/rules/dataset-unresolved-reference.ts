import { type DatasetIndex, Kind, recordTypeOfKind as targetNames } from "../dataset/dataset-index.js";
import type { DatasetEmit, DatasetRule, Severity } from "../rule.js";
import { v1 } from "./support/versions.js";


const missing = { "problem.zh": "在本数据集中不存在", "problem.en": "is not in the dataset" } as const;
const external = { "problem.zh": "不在本数据集中，按 --lenient-references 视为外部记录", "problem.en": "is not in the dataset: taken as external (lenient references)" } as const;

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function resolve(
  index: DatasetIndex,
  slot: number,
  pointer: string,
  reference: string | undefined,
  expected: Kind,
  lenient: boolean,
  emit: DatasetEmit,
): void {
  if (reference === undefined) return;
  const target = index.slotById(reference);
  if (!resolves(index, target, expected)) report(index, slot, pointer, reference, target, expected, lenient, emit);
}

/** Whether the slot a reference found (-1: none) holds a record of the expected type. */
function resolves(index: DatasetIndex, target: number, expected: Kind): boolean {
  return target >= 0 && index.kindOf(target) === expected;
}

function report(
  index: DatasetIndex,
  slot: number,
  pointer: string,
  reference: string,
  target: number,
  expected: Kind,
  lenient: boolean,
  emit: DatasetEmit,
): void {
  const severity: Severity | undefined = lenient && target < 0 ? "info" : undefined;
  const problem =
    target < 0
      ? lenient
        ? external
        : missing
      : { "problem.zh": `是${targetNames[index.kindOf(target)]}记录`, "problem.en": `is ${article(targetNames[index.kindOf(target)])} record` };
  emit(index.handleOf(slot), pointer, { field: pointer, reference, expectedType: targetNames[expected], ...problem }, severity);
}

/** Every personId / enrolmentId / headPersonId / organisationId names a record of the right type in the dataset. */
export const datasetUnresolvedReferenceRule: DatasetRule = {
  kind: "dataset",
  id: "dataset.unresolved-reference",
  severity: "error",
  category: "reference",
  appliesTo: ["enrolment", "transfer", "assistance", "benefit", "medicalRegistration", "medicalSettlement", "donation"],
  versions: v1,
  title: { zh: "引用无法解析", en: "Unresolved reference" },
  message: {
    zh: "{field} 引用的 {expectedType} 记录 {reference} {problem}",
    en: "{field} refers to {expectedType} record {reference}, which {problem}",
  },
  guidance: {
    zh: "以 Id 结尾的字段引用同一数据集中的记录（参保、转移、救助、待遇、异地就医记录引用人员记录，转移、待遇与异地就医记录引用参保记录，异地就医结算引用备案记录；捐赠、慈善救助和机构供养引用机构记录）。一并校验所有相关文件；引用确属其他导出时用 --lenient-references，报告为提示（info）。",
    en: "Fields ending in Id refer to records of the same dataset (enrolments, transfers, assistance, benefits and 异地就医 records refer to persons; transfers, benefits and 异地就医 records to enrolments; settlements to registrations; donations, charity relief and institutional care to organisations). Validate all related files together; when references really point to another export, use --lenient-references to report them as info.",
  },
  check(index, context, emit) {
    const lenient = context.lenientReferences === true;
    for (let slot = 0; slot < index.size; slot++) {
      const kind = index.kindOf(slot);
      if (kind === Kind.Donation) {
        const target = index.organisationTargetOf(slot);
        if (!resolves(index, target, Kind.Organisation)) report(index, slot, "/organisationId", index.organisationIdOf(slot)!, target, Kind.Organisation, lenient, emit);
        continue;
      }
      // Resolved once for the person groups; the target and the id string are looked up only for a finding.
      if (index.hasPersonId(slot) && !index.namesPerson(slot)) report(index, slot, "/personId", index.personIdOf(slot)!, index.personTargetOf(slot), Kind.Person, lenient, emit);
      if (kind === Kind.Transfer) {
        const extras = index.extrasOf(slot);
        resolve(index, slot, "/from/enrolmentId", extras.fromEnrolmentId, Kind.Enrolment, lenient, emit);
        resolve(index, slot, "/to/enrolmentId", extras.toEnrolmentId, Kind.Enrolment, lenient, emit);
      } else if (kind === Kind.Assistance) {
        const extras = index.extrasOf(slot);
        resolve(index, slot, "/household/headPersonId", extras.headPersonId, Kind.Person, lenient, emit);
        resolve(index, slot, "/institution/organisationId", extras.institution?.organisationId, Kind.Organisation, lenient, emit);
        resolve(index, slot, "/charity/organisationId", extras.charity?.organisationId, Kind.Organisation, lenient, emit);
        const members = extras.memberIds;
        if (members === undefined) continue;
        for (const [i, member] of members.entries()) {
          // The pointer is built only for a member that does not resolve.
          const target = index.slotById(member);
          if (!resolves(index, target, Kind.Person)) report(index, slot, `/household/members/${i}/personId`, member, target, Kind.Person, lenient, emit);
        }
      } else {
        // Benefits and 异地就医 records name an enrolment and a registration; persons, enrolments and organisations carry neither.
        const extras = index.extrasOf(slot);
        resolve(index, slot, "/enrolmentId", extras.enrolmentId, Kind.Enrolment, lenient, emit);
        resolve(index, slot, "/registrationId", extras.registrationId, Kind.MedicalRegistration, lenient, emit);
      }
    }
  },
};
