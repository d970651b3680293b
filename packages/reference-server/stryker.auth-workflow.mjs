import { strykerConfig } from "../../stryker.base.mjs";

// src/auth and src/workflow against the test files that state them (vitest.auth-workflow.config.ts):
// `npx stryker run stryker.auth-workflow.mjs` in this folder, about 12 minutes from scratch. docs/testing.md.
const base = strykerConfig("reference-server", ["src/auth/**/*.ts", "src/workflow/**/*.ts"]);
export default { ...base, vitest: { ...base.vitest, configFile: "vitest.auth-workflow.config.ts" } };
