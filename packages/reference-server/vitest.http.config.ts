import { defineConfig } from "vitest/config";

/**
 * The test files that state the behaviour of src/http, for `stryker.http.mjs`: every
 * HTTP test passes through src/http (problem bodies, Idempotency-Key, JSON bodies), so
 * with the whole suite each of those mutants reruns most of it (hours on two cores).
 * A score measured with these files is a lower bound of the whole suite's.
 * docs/testing.md.
 */
export default defineConfig({
  test: {
    include: [
      "test/idempotency.test.ts",
      "test/if-match.test.ts",
      "test/body-parsing.test.ts",
      "test/cursors.test.ts",
      "test/list-queries.test.ts",
      "test/schema-version.test.ts",
      "test/transport-limits.test.ts",
      "test/auth-problems.test.ts",
      "test/records.test.ts",
      "test/problem-types.test.ts",
      "test/idempotent-writes.test.ts",
      "test/request-parts.test.ts",
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
