import { strykerConfig } from "../../stryker.base.mjs";

// src/http against the test files that state it (vitest.http.config.ts):
// `npx stryker run stryker.http.mjs` in this folder. docs/testing.md.
const base = strykerConfig("reference-server-http", ["src/http/**/*.ts"]);
export default { ...base, vitest: { ...base.vitest, configFile: "vitest.http.config.ts" } };
