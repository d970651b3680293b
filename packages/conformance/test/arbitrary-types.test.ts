import type fc from "fast-check";
import type { Assistance, CztRecord, Enrolment, Person, Transfer } from "@czt/types";
import { describe, expectTypeOf, it } from "vitest";
import { assistanceArbitrary, datasetArbitrary, enrolmentArbitrary, generateRecords, personArbitrary, recordArbitrary, transferArbitrary } from "../src/index.js";

/**
 * Type-level test, checked by `npm run typecheck` (tsc over test/): generated values are
 * the standard's generated types, so an arbitrary that drifts from the schemas fails to compile.
 */
describe("arbitraries produce @czt/types values", () => {
  it("per record type", () => {
    expectTypeOf(personArbitrary()).toEqualTypeOf<fc.Arbitrary<Person>>();
    expectTypeOf(enrolmentArbitrary()).toEqualTypeOf<fc.Arbitrary<Enrolment>>();
    expectTypeOf(transferArbitrary()).toEqualTypeOf<fc.Arbitrary<Transfer>>();
    expectTypeOf(assistanceArbitrary()).toEqualTypeOf<fc.Arbitrary<Assistance>>();
    expectTypeOf(recordArbitrary()).toEqualTypeOf<fc.Arbitrary<CztRecord>>();
  });

  it("for datasets and streams", () => {
    expectTypeOf(datasetArbitrary()).toEqualTypeOf<fc.Arbitrary<{ file: string; record: CztRecord }[]>>();
    expectTypeOf(generateRecords(1, 1)).toEqualTypeOf<Generator<CztRecord>>();
  });
});
