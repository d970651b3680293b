import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Each test drives Chromium and runs the CLI as a process; under the whole suite's load on
    // 2 cores a test of a large export can take several times its usual few seconds.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // The page answers within a second on a quiet machine; under the whole suite's load
    // (load average 35 seen in CI) Chromium can take many seconds to repaint.
    expect: { poll: { timeout: 30_000 } },
  },
});
