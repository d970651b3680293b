import fc from "fast-check";
import type { AssistanceRecord, BenefitRecord, CztRecord, EnrolmentRecord, MedicalRegistrationRecord, MedicalSettlementRecord, TransferRecord } from "../records.js";
import { retireeStoryArbitrary } from "./benefits.js";
import { beneficiaryStoryArbitrary, buildStory, householdStoryArbitrary, moverStoryArbitrary, residentStoryArbitrary, type Story } from "./dataset.js";
import { personArbitrary } from "./person.js";

/** Records of one story, numbered from a random index so ids vary between runs. */
function recordsOf(story: fc.Arbitrary<Story>): fc.Arbitrary<CztRecord[]> {
  return fc.tuple(story, fc.nat(99_999)).map(([chosen, index]) => buildStory(chosen, index).records);
}

function onlyType<T extends CztRecord>(records: fc.Arbitrary<CztRecord[]>, type: T["recordType"]): fc.Arbitrary<T> {
  return records.map((list) => list.find((record): record is T => record.recordType === type)!);
}

/** A valid enrolment (employee or resident scheme) on its own. */
export function enrolmentArbitrary(): fc.Arbitrary<EnrolmentRecord> {
  return onlyType<EnrolmentRecord>(recordsOf(residentStoryArbitrary), "enrolment");
}

/** A valid completed intercity transfer whose amounts follow the 12 % rule. */
export function transferArbitrary(): fc.Arbitrary<TransferRecord> {
  return onlyType<TransferRecord>(recordsOf(moverStoryArbitrary), "transfer");
}

/** A valid assistance case: a 低保 household or a personal programme. */
export function assistanceArbitrary(): fc.Arbitrary<AssistanceRecord> {
  return onlyType<AssistanceRecord>(recordsOf(fc.oneof(householdStoryArbitrary, beneficiaryStoryArbitrary)), "assistance");
}

/** A valid benefit: a pension in payment. */
export function benefitArbitrary(): fc.Arbitrary<BenefitRecord> {
  return onlyType<BenefitRecord>(recordsOf(retireeStoryArbitrary), "benefit");
}

const withMedical = retireeStoryArbitrary.filter((story) => story.kind === "retiree" && story.medical !== undefined);

/** A valid 异地就医 registration. */
export function medicalRegistrationArbitrary(): fc.Arbitrary<MedicalRegistrationRecord> {
  return onlyType<MedicalRegistrationRecord>(recordsOf(withMedical), "medicalRegistration");
}

/** A valid 异地就医 settlement whose parts add up. */
export function medicalSettlementArbitrary(): fc.Arbitrary<MedicalSettlementRecord> {
  return onlyType<MedicalSettlementRecord>(recordsOf(withMedical), "medicalSettlement");
}

/** Any valid record of every type. */
export function recordArbitrary(): fc.Arbitrary<CztRecord> {
  return fc.oneof(
    personArbitrary(),
    enrolmentArbitrary(),
    transferArbitrary(),
    assistanceArbitrary(),
    benefitArbitrary(),
    medicalRegistrationArbitrary(),
    medicalSettlementArbitrary(),
  );
}
