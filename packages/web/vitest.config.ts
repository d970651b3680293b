import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Each test drives Chromium and runs the CLI as a process; under the whole suite's load on
    // 2 cores a test of a large export can take several times its usual few seconds.
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
