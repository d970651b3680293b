import fc from "fast-check";
import type { Assistance, CztRecord, Enrolment, Person, Transfer } from "@czt/types";
import { createValidator } from "@czt/validator";
import { describe, expect, expectTypeOf, it } from "vitest";
import { assistanceArbitrary, benefitArbitrary, medicalRegistrationArbitrary, medicalSettlementArbitrary, datasetArbitrary, datasetAsOf, enrolmentArbitrary, generateRecords, personArbitrary, recordArbitrary, transferArbitrary } from "../src/index.js";
import { propertySettings } from "./support.js";

const validator = createValidator({ asOf: datasetAsOf });
const recordTypes = ["person", "enrolment", "transfer", "assistance", "benefit", "medicalRegistration", "medicalSettlement", "organisation", "donation"];

/**
 * A value is of its @czt/types type when the schema it is generated from accepts it: the
 * validator's schema layer, for the record type the value says it is. (The rules are
 * properties.test.ts's business.)
 */
function schemaFindingsOf(value: unknown): string[] {
  return validator
    .validateRecord(value)
    .filter((finding) => finding.ruleId.startsWith("schema."))
    .map((finding) => `${finding.ruleId} ${finding.pointer}`);
}

function expectRecordOf(type: string | undefined, value: unknown): void {
  expect(value).toBeTypeOf("object");
  const recordType = (value as { recordType?: unknown }).recordType;
  if (type === undefined) expect(recordTypes).toContain(recordType);
  else expect(recordType).toBe(type);
  expect(schemaFindingsOf(value)).toEqual([]);
}

/**
 * Generated values are the standard's generated types. The `expectTypeOf` lines are checked
 * by `npm run typecheck` (tsc over test/) and do nothing under `vitest run`; the assertions
 * beside them check the same promise at run time, so a broken arbitrary fails either way.
 */
describe("arbitraries produce @czt/types values", () => {
  it.each([
    ["person", "person", personArbitrary()],
    ["enrolment", "enrolment", enrolmentArbitrary()],
    ["transfer", "transfer", transferArbitrary()],
    ["assistance", "assistance", assistanceArbitrary()],
    ["benefit", "benefit", benefitArbitrary()],
    ["medicalRegistration", "medicalRegistration", medicalRegistrationArbitrary()],
    ["medicalSettlement", "medicalSettlement", medicalSettlementArbitrary()],
    ["any record", undefined, recordArbitrary()],
  ] as const)("%s: every value is a schema-valid record of that type", (_label, type, arbitrary) => {
    fc.assert(
      fc.property(arbitrary as fc.Arbitrary<unknown>, (value) => expectRecordOf(type, value)),
      propertySettings(20),
    );
  });

  it("per record type (types)", () => {
    expectTypeOf(personArbitrary()).toEqualTypeOf<fc.Arbitrary<Person>>();
    expectTypeOf(enrolmentArbitrary()).toEqualTypeOf<fc.Arbitrary<Enrolment>>();
    expectTypeOf(transferArbitrary()).toEqualTypeOf<fc.Arbitrary<Transfer>>();
    expectTypeOf(assistanceArbitrary()).toEqualTypeOf<fc.Arbitrary<Assistance>>();
    expectTypeOf(recordArbitrary()).toEqualTypeOf<fc.Arbitrary<CztRecord>>();
  });

  it("datasets are lists of { file, record } with a .jsonl file name and a schema-valid record", () => {
    expectTypeOf(datasetArbitrary()).toEqualTypeOf<fc.Arbitrary<{ file: string; record: CztRecord }[]>>();
    fc.assert(
      fc.property(datasetArbitrary({ maxStories: 3 }), (entries) => {
        expect(entries.length).toBeGreaterThan(0);
        for (const entry of entries) {
          expect(Object.keys(entry).sort()).toEqual(["file", "record"]);
          expect(entry.file).toMatch(/^\d{6}\.jsonl$/);
          expectRecordOf(undefined, entry.record);
        }
      }),
      propertySettings(5),
    );
  });

  it("a stream yields exactly the records asked for, each schema-valid", () => {
    expectTypeOf(generateRecords(1, 1)).toEqualTypeOf<Generator<CztRecord>>();
    const records = [...generateRecords(12, 1)];
    expect(records).toHaveLength(12);
    for (const record of records) expectRecordOf(undefined, record);
  });
});
