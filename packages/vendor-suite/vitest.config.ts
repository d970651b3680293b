import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Generators and compilers (tsc, go, javac) on a loaded 2-core machine.
    testTimeout: 300_000,
    hookTimeout: 180_000,
  },
});
