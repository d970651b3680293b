import { strykerConfig } from "../../stryker.base.mjs";

export default strykerConfig("reference-server", ["src/http/**/*.ts", "src/auth/**/*.ts", "src/workflow/**/*.ts"]);
