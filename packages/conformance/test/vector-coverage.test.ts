import { codeLists } from "@czt/schemas";
import { rules } from "@czt/validator";
import { describe, expect, it } from "vitest";
import type { Vector } from "../src/index.js";
import { allVectors } from "./support.js";

/**
 * Rules a vector cannot exercise, and why: they are about the file system or about a
 * reader limit each implementation sets, not about data every implementation must judge alike.
 */
const notExpressibleAsVectors: Readonly<Record<string, string>> = {
  "input.unreadable": "a missing path or a permission problem is not a property of bytes",
  "input.line-too-long": "the limit is an implementation setting (64 MiB in @czt/validator); a vector would be that large",
};

function firing(ruleId: string): Vector[] {
  return allVectors.filter((vector) => vector.findings.some((finding) => finding.ruleId === ruleId));
}

function notFiring(ruleId: string): Vector[] {
  return allVectors.filter((vector) => vector.groupRules.includes(ruleId) && !vector.findings.some((finding) => finding.ruleId === ruleId));
}

/** Every record in the valid vectors: what implementations must accept. */
function acceptedRecords(): Record<string, unknown>[] {
  const records: Record<string, unknown>[] = [];
  for (const vector of allVectors) {
    if (!vector.valid) continue;
    if (vector.data !== undefined) records.push(vector.data as Record<string, unknown>);
    for (const entry of vector.records ?? []) records.push(entry.record as Record<string, unknown>);
  }
  return records;
}

/** Where each code list is used in the records (pointer templates, `*` for array items). */
const codeFields: Readonly<Record<string, readonly string[]>> = {
  sex: ["sex"],
  ethnicity: ["ethnicity"],
  documentType: ["documents.*.type"],
  residenceType: ["hukou.residenceType"],
  hukouCategory: ["hukou.historicalCategory"],
  relationToHead: ["household.relationToHead", "household.members.*.relationToHead"],
  insuranceScheme: ["scheme"],
  contributionStatus: ["contributionStatus"],
  employmentStatus: ["employmentStatus"],
  department: ["agency.department", "from.agency.department", "to.agency.department", "meta.sourceAgency.department"],
  transferKind: ["kind"],
  transferStatus: ["status", "steps.*.status"],
  transferReason: ["steps.*.reasonCode"],
  assistanceProgramme: ["programme"],
  caseStatus: ["caseStatus"],
  charityFundingSource: ["charity.fundingSource"],
  specialCareCategory: ["specialCare.category"],
  paymentStatus: ["payments.*.status"],
  accountKind: ["payments.*.accountKind"],
  fundingSource: ["payments.*.funding.*.source"],
  transferDocumentKind: ["steps.*.documents.*.kind"],
  participationType: ["participationType"],
  enrolmentEndReason: ["endReason"],
  contributionKind: ["contributions.*.kind"],
  contributionPayer: ["contributions.*.paidBy.*.payer"],
  benefitFrequency: ["benefitFrequency", "frequency"],
  benefitKind: ["benefitKind"],
  dibaoCategory: ["dibaoCategory"],
  povertyCause: ["povertyCauses.*"],
  classifiedSupplementReason: ["classifiedSupplementReasons.*"],
  reviewOutcome: ["reviews.*.outcome"],
  legalSupportObligation: ["legalSupporters.*.obligation"],
  labourCapacity: ["household.members.*.labourCapacity"],
  healthCondition: ["household.members.*.healthCondition"],
  disabilityCategory: ["household.members.*.disability.category"],
  disabilityGrade: ["household.members.*.disability.grade"],
  benefitType: ["benefitType"],
  benefitStatus: ["status"],
  benefitEndReason: ["endReason"],
  medicalRegistrationType: ["registrationType"],
  vitalStatus: ["vitalStatus.status"],
  vitalStatusSource: ["vitalStatus.source"],
  organisationKind: ["kind"],
  institutionOwnership: ["ownership"],
  charityPurpose: ["projects.*.purposes.*", "charity.purpose"],
  donorType: ["donorType"],
  readPurpose: ["purposes.*"],
  specialCareDisabilityGrade: ["specialCare.disability.grade"],
  specialCareDisabilityNature: ["specialCare.disability.nature"],
};

function valuesAt(value: unknown, path: readonly string[]): unknown[] {
  if (path.length === 0) return [value];
  const [head, ...rest] = path;
  if (head === "*") return Array.isArray(value) ? value.flatMap((item) => valuesAt(item, rest)) : [];
  if (typeof value !== "object" || value === null) return [];
  return valuesAt((value as Record<string, unknown>)[head!], rest);
}

describe("vector coverage", () => {
  const catalogue = rules.filter((rule) => !(rule.id in notExpressibleAsVectors));

  it("covers every rule of the validator's catalogue, except the documented ones", () => {
    expect(catalogue.length).toBeGreaterThan(40);
    for (const id of Object.keys(notExpressibleAsVectors)) expect(rules.some((rule) => rule.id === id), `${id} is no longer a rule`).toBe(true);
  });

  it.each(catalogue.map((rule) => rule.id))("%s has a vector where it fires and one where it does not", (ruleId) => {
    expect(firing(ruleId).map((vector) => vector.id), `no vector where ${ruleId} fires`).not.toEqual([]);
    expect(notFiring(ruleId).map((vector) => vector.id), `no vector of a ${ruleId} group where it stays silent`).not.toEqual([]);
  });

  it("names only rules of the catalogue", () => {
    const known = new Set(rules.map((rule) => rule.id));
    for (const vector of allVectors) {
      for (const ruleId of [...vector.groupRules, ...vector.findings.map((finding) => finding.ruleId)]) expect(known.has(ruleId), `${vector.id}: ${ruleId}`).toBe(true);
    }
  });

  it.each(Object.values(codeLists).map((list) => [list.id, list]))("every code of %s is accepted in some valid vector", (id, list) => {
    const fields = codeFields[id as string];
    expect(fields, `no record field known for code list ${id}`).toBeDefined();
    const seen = new Set(acceptedRecords().flatMap((record) => fields!.flatMap((field) => valuesAt(record, field.split(".")))));
    const missing = list.codes.map((entry) => entry.code).filter((code) => !seen.has(code));
    expect(missing, `${list.openness} list ${id}: codes never accepted by a valid vector`).toEqual([]);
  });

  it("has every record type and every programme family (pillar and scheme family) in valid vectors", () => {
    const records = acceptedRecords();
    expect(new Set(records.map((record) => record["recordType"]))).toEqual(new Set(["person", "enrolment", "transfer", "assistance", "benefit", "medicalRegistration", "medicalSettlement", "organisation", "donation", "consent"]));
    const pillars = new Set(codeLists.assistanceProgramme.codes.map((entry) => (entry as unknown as { pillar: string }).pillar));
    const families = new Set(codeLists.insuranceScheme.codes.map((entry) => (entry as unknown as { family: string }).family));
    const seenPillars = new Set(records.map((record) => codeLists.assistanceProgramme.codes.find((entry) => entry.code === record["programme"])).map((entry) => (entry as unknown as { pillar?: string } | undefined)?.pillar));
    const seenFamilies = new Set(records.map((record) => codeLists.insuranceScheme.codes.find((entry) => entry.code === record["scheme"])).map((entry) => (entry as unknown as { family?: string } | undefined)?.family));
    for (const pillar of pillars) expect(seenPillars.has(pillar), `pillar ${pillar}`).toBe(true);
    for (const family of families) expect(seenFamilies.has(family), `scheme family ${family}`).toBe(true);
  });

  it("has dataset vectors spanning the three cities' files", () => {
    const files = new Set(allVectors.flatMap((vector) => (vector.records ?? []).map((entry) => entry.file)));
    expect([...files]).toEqual(expect.arrayContaining(["430100-changsha.jsonl", "430200-zhuzhou.jsonl", "430300-xiangtan.jsonl"]));
  });
});
