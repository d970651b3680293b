import { strykerConfig } from "../../stryker.base.mjs";

// src/input (stryker.input.mjs) and src/rules/support (stryker.support.mjs) have configs
// of their own: every test reads input through src/input, and every rule test passes
// through the helpers of src/rules/support.
export default strykerConfig("validator", ["src/rules/**/*.ts", "!src/rules/support/**/*.ts", "src/report/**/*.ts"]);
