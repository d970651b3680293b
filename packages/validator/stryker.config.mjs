import { strykerConfig } from "../../stryker.base.mjs";

export default strykerConfig("validator", ["src/rules/**/*.ts", "src/report/**/*.ts", "src/input/**/*.ts"]);
