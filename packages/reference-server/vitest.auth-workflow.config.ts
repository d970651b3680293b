import { defineConfig } from "vitest/config";

/**
 * The test files that state the behaviour of src/auth and src/workflow, for
 * `stryker.auth-workflow.mjs`: every HTTP test starts a server that passes through
 * src/auth, so with the whole suite each of those mutants reruns it (Stryker's estimate
 * for src/auth alone: over two hours on two cores). A score measured with these files is
 * a lower bound of the whole suite's. docs/testing.md.
 */
export default defineConfig({
  test: {
    include: [
      "test/auth-and-scopes.test.ts",
      "test/auth-problems.test.ts",
      "test/scopes.test.ts",
      "test/token-registry.test.ts",
      "test/sensitive-fields.test.ts",
      "test/read-views.test.ts",
      "test/integrity.test.ts",
      "test/transfer-transitions.test.ts",
      "test/transfer-statute.test.ts",
      "test/transfers.test.ts",
      "test/step-time-bounds.test.ts",
      "test/assistance-review.test.ts",
      "test/assistance-and-validation.test.ts",
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
