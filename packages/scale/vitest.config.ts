import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    // Hooks pack tarballs or start servers: on a loaded 2-core machine that can take well over 10 s.
    hookTimeout: 120_000,
  },
});
