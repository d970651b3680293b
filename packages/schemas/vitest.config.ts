import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    // The test files only read the committed sources (mutations work on clones): sharing the
    // module cache avoids loading ajv and the schemas once per file.
    isolate: false,
  },
});
