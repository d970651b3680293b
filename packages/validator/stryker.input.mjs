import { strykerConfig } from "../../stryker.base.mjs";

// src/input against the test files that state it (vitest.input.config.ts):
// `npx stryker run stryker.input.mjs` in this folder. docs/testing.md.
const base = strykerConfig("validator-input", ["src/input/**/*.ts"]);
export default { ...base, vitest: { ...base.vitest, configFile: "vitest.input.config.ts" } };
