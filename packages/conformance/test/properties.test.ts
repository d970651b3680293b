import fc from "fast-check";
import { createValidator, type Validator } from "@czt/validator";
import { describe, expect, it } from "vitest";
import { assistanceArbitrary, datasetArbitrary, datasetAsOf, enrolmentArbitrary, generatedParameters, mutationCatalogue, personArbitrary, recordArbitrary, transferArbitrary, validateEntries } from "../src/index.js";
import type { DatasetEntry } from "../src/index.js";
import { rules } from "@czt/validator";
import { propertySettings } from "./support.js";

const validator: Validator = createValidator({ asOf: datasetAsOf, parameters: generatedParameters as never });

function findingsOf(entries: readonly DatasetEntry[]) {
  return validateEntries(validator.createSession(), entries).map(({ finding, record }) => ({ ruleId: finding.ruleId, severity: finding.severity, pointer: finding.pointer, record }));
}

describe("generated data is valid by construction", () => {
  it.each([
    ["person", personArbitrary()],
    ["enrolment", enrolmentArbitrary()],
    ["transfer", transferArbitrary()],
    ["assistance", assistanceArbitrary()],
    ["any record", recordArbitrary()],
  ] as const)("every generated %s passes the schema and record rules", (_type, arbitrary) => {
    fc.assert(
      fc.property(arbitrary as fc.Arbitrary<unknown>, (record) => {
        expect(validator.validateRecord(record)).toEqual([]);
      }),
      propertySettings(40),
    );
  });

  it("every generated dataset across the three cities passes every layer, dataset rules included, without a warning", () => {
    fc.assert(
      fc.property(datasetArbitrary(), (entries) => {
        expect(findingsOf(entries)).toEqual([]);
      }),
      propertySettings(25),
    );
  });

  it("generated datasets contain people who move, transfers, households with covered members and all three cities", () => {
    const entries = fc.sample(datasetArbitrary({ minStories: 30, maxStories: 30 }), { seed: 7, numRuns: 1 })[0]!;
    const records = entries.map((entry) => entry.record);
    expect(new Set(entries.map((entry) => entry.file))).toEqual(new Set(["430100.jsonl", "430200.jsonl", "430300.jsonl"]));
    const transfers = records.filter((record) => record.recordType === "transfer");
    expect(transfers.length).toBeGreaterThan(0);
    for (const transfer of transfers) expect(transfer.from.city).not.toBe(transfer.to.city);
    const households = records.filter((record) => record.recordType === "assistance" && record.household?.members !== undefined);
    expect(households.length).toBeGreaterThan(0);
    for (const household of households) {
      if (household.recordType !== "assistance") continue;
      expect(household.coveredMembers).toBe(household.household!.members!.filter((member) => member.covered).length);
    }
    // 1.1's care side: charities with donations and the relief they fund, care homes with their residents.
    const kinds = new Set(records.map((record) => record.recordType));
    for (const type of ["organisation", "donation", "benefit", "medicalRegistration"] as const) expect(kinds, type).toContain(type);
    const funded = records.filter((record) => record.recordType === "assistance" && record.charity?.projectCode !== undefined);
    const resident = records.filter((record) => record.recordType === "assistance" && record.institution !== undefined);
    expect(funded.length).toBeGreaterThan(0);
    expect(resident.length).toBeGreaterThan(0);
  });
});

describe("the mutation catalogue", () => {
  it("has one mutator per record and dataset rule of the validator, and names only real rules", () => {
    const ruleIds = new Set(rules.map((rule) => rule.id));
    const mutated = mutationCatalogue.map((mutator) => mutator.ruleId);
    expect(new Set(mutated).size).toBe(mutated.length);
    for (const id of mutated) expect(ruleIds.has(id), id).toBe(true);
    const needed = rules.filter((rule) => rule.kind === "record" || rule.kind === "dataset").map((rule) => rule.id);
    expect(needed.filter((id) => !mutated.includes(id))).toEqual([]);
  });

  // A dataset with every kind of story, so each mutator finds something to break.
  const richDataset = datasetArbitrary({ minStories: 12, maxStories: 16 });

  it.each(mutationCatalogue.map((mutator) => [mutator.ruleId, mutator] as const))("breaking %s is reported on the broken record, and only that rule breaks", (_ruleId, mutator) => {
    fc.assert(
      fc.property(richDataset, fc.nat(1_000), (entries, pick) => {
        const mutation = mutator.mutate(entries, pick);
        fc.pre(mutation !== undefined);
        const findings = findingsOf(mutation!.entries);
        expect(findings.some((finding) => finding.ruleId === mutator.ruleId && finding.record === mutation!.record), `${mutator.ruleId} not reported on record ${mutation!.record}: ${mutator.description}`).toBe(true);
        const allowed = new Set([mutator.ruleId, ...(mutator.alsoFires ?? [])]);
        expect(findings.filter((finding) => !allowed.has(finding.ruleId))).toEqual([]);
      }),
      propertySettings(6),
    );
  });
});
