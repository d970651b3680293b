import { defineConfig } from "vitest/config";

/**
 * The test files that state the behaviour of src/input, for `stryker.input.mjs`: every
 * validation reads its input through src/input, so with the whole suite each of those
 * mutants reruns most of it. A score measured with these files is a lower bound of the
 * whole suite's. docs/testing.md.
 */
export default defineConfig({
  test: {
    include: [
      "test/csv-columns-doc.test.ts",
      "test/csv-header-aliases.test.ts",
      "test/csv-reader.test.ts",
      "test/detect-format.test.ts",
      // Not input-csv-hostile.test.ts: its linear-time bounds fail on instrumented code.
      "test/input-create-reader.test.ts",
      "test/input-csv-rows.test.ts",
      "test/input-fuzz.test.ts",
      "test/input-json-document-invalid-bytes.test.ts",
      "test/input-json-document-located.test.ts",
      "test/input-json-document-separators.test.ts",
      "test/input-json-lines-located.test.ts",
      "test/input-json-syntax.test.ts",
      "test/input-lines-chunked.test.ts",
      "test/input-lines.test.ts",
      "test/input-mixed-encodings.test.ts",
      "test/input-package-members.test.ts",
      "test/input-record-bytes-nesting.test.ts",
      "test/input-text-decoding.test.ts",
      "test/input-text-decoding-differential.test.ts",
      "test/input-workbook-cells.test.ts",
      "test/input-workbook.test.ts",
      "test/json-document-reader-edges.test.ts",
      "test/json-document-reader.test.ts",
      "test/member-walk.test.ts",
      "test/json-lines-reader.test.ts",
      "test/json-problems.test.ts",
      "test/parse-json-text.test.ts",
      "test/parse-record-bytes.test.ts",
      "test/parse-record-limits.test.ts",
      "test/record-locations.test.ts",
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
