import { strykerConfig } from "../../stryker.base.mjs";

// src/rules/support against the test files that state it (vitest.support.config.ts):
// `npx stryker run stryker.support.mjs` in this folder. docs/testing.md.
const base = strykerConfig("validator-support", ["src/rules/support/**/*.ts"]);
export default { ...base, vitest: { ...base.vitest, configFile: "vitest.support.config.ts" } };
