// Frozen with release 1.0 of the standard: a copy of src/arbitraries/record-arbitraries.ts as released. Do not edit (see ../index.ts).
import fc from "fast-check";
import type { AssistanceRecord, CztRecord, EnrolmentRecord, TransferRecord } from "../../../records.js";
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

/** Any valid record of the four types. */
export function recordArbitrary(): fc.Arbitrary<CztRecord> {
  return fc.oneof(personArbitrary(), enrolmentArbitrary(), transferArbitrary(), assistanceArbitrary());
}
