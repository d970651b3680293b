/** The compilers and libraries of the machine the suite compiles the generated code with. */
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { jacksonClassPath, newtonsoftJsonDll } from "./toolchains.js";

export function onPath(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

/** Whether Debian's `libjackson2-databind-java` (with core and annotations, its dependencies) is installed. */
export function jacksonInstalled(): boolean {
  return jacksonClassPath.split(":").every((jar) => existsSync(jar));
}

/** Whether Debian's `libnewtonsoft-json-cil-dev` (Newtonsoft.Json for mono) is installed. */
export function newtonsoftJsonInstalled(): boolean {
  return existsSync(newtonsoftJsonDll);
}

/** Installed by scripts/install-system-packages.sh (run by `.ci/run` and `npm test`). */
export const installHint = "install it: sudo bash scripts/install-system-packages.sh (npm test and .ci/run do so when run as root)";
