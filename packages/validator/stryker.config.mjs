import { strykerConfig } from "../../stryker.base.mjs";

// src/input has its own config (stryker.input.mjs): every test reads input through it.
export default strykerConfig("validator", ["src/rules/**/*.ts", "src/report/**/*.ts"]);
