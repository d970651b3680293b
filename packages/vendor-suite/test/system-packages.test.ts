/**
 * scripts/install-system-packages.sh, which `.ci/run` and `npm test` call every time: once
 * the compilers are there (npm test has just run it), it does nothing and says nothing.
 */
import { join } from "node:path";
import { expect, it } from "vitest";
import { repositoryRoot } from "../src/paths.js";
import { run } from "../src/run.js";
import { jacksonInstalled, newtonsoftJsonInstalled, onPath } from "../src/system-tools.js";

it("install-system-packages.sh is silent and exits 0 when python3, go, javac, Jackson, mcs, mono and Newtonsoft.Json are installed", () => {
  expect([onPath("python3"), onPath("go"), onPath("javac"), jacksonInstalled(), onPath("mcs"), onPath("mono"), newtonsoftJsonInstalled()]).toEqual([
    true,
    true,
    true,
    true,
    true,
    true,
    true,
  ]);
  const result = run("bash", [join(repositoryRoot, "scripts", "install-system-packages.sh")], { cwd: repositoryRoot });
  expect(result).toMatchObject({ status: 0, stdout: "", stderr: "" });
});
