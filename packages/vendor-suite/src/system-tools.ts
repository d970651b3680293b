/** The compilers and libraries of the machine the suite compiles the generated code with. */
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

export function onPath(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

/** Debian's `libjackson2-databind-java` jars (with core and annotations, its dependencies). */
export const jacksonJars = ["jackson-databind", "jackson-core", "jackson-annotations"].map((jar) => `/usr/share/java/${jar}.jar`);

export function jacksonInstalled(): boolean {
  return jacksonJars.every((jar) => existsSync(jar));
}

/** Installed by scripts/install-system-packages.sh (run by `.ci/run` and `npm test`). */
export const installHint = "install it: sudo bash scripts/install-system-packages.sh (npm test and .ci/run do so when run as root)";
