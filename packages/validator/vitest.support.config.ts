import { defineConfig } from "vitest/config";

/**
 * The test files that state the helpers of src/rules/support, for `stryker.support.mjs`:
 * each helper's observable result (dates, periods, groupings, deaths, parameter look-ups,
 * identity-number facts). Every rule test and fixture passes through these helpers, so
 * with the whole suite each helper mutant reruns most of it (Stryker estimated hours at
 * concurrency 1). A score measured with these files is a lower bound of the whole
 * suite's. docs/testing.md.
 */
export default defineConfig({
  test: {
    include: [
      "test/rules/support-*.test.ts",
      "test/rules/beneficiary-periods.test.ts",
      "test/rules/credit-code-check.test.ts",
      "test/rules/death-day.test.ts",
      "test/rules/division-validity.test.ts",
      "test/rules/enrolment-periods.test.ts",
      "test/rules/id-number-facts.test.ts",
      "test/rules/iso-date.test.ts",
      "test/rules/person-groups-reference.test.ts",
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
