import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL("./validator-adapter.js", import.meta.url));

/**
 * The compiled adapter script of the project's validator, to start as `node <path>`.
 * From the TypeScript sources (tests, tsx) it is the built one under dist/.
 */
export const validatorAdapterScript: string = existsSync(here) ? here : here.replace(/([\\/])src([\\/])bin([\\/])/, "$1dist$2bin$3");
