import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    // Hooks pack tarballs or start servers: on a loaded 2-core machine that can take well over 10 s.
    hookTimeout: 120_000,
    // The test files only read the committed sources (mutations work on clones): sharing the
    // module cache avoids loading ajv and the schemas once per file.
    isolate: false,
  },
});
