import { strykerConfig } from "../../stryker.base.mjs";

export default strykerConfig("domain", ["src/**/*.ts"]);
