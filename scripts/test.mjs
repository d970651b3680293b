#!/usr/bin/env node
// `npm test`: install missing system packages, then build, typecheck, lint and test every
// workspace through turbo, then one closing line with the test counts of all the vitest runs ("tests: N passed, N failed"),
// so a CI log says at a glance how many tests ran. The exit code is turbo's.
import { spawn, spawnSync } from "node:child_process";

// The compilers the vendor toolchain suite needs (Go, Java with Jackson, C# with mono and
// Newtonsoft.Json, python3): installed
// when missing and run as root, so that no test fails on a fresh machine for want of them.
spawnSync("bash", [new URL("install-system-packages.sh", import.meta.url).pathname], { stdio: "inherit" });

const turbo = spawn("npx", ["turbo", "run", "build", "typecheck", "lint", "test", "--continue"], {
  stdio: ["inherit", "pipe", "inherit"],
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
});

let passed = 0;
let failed = 0;
/** Test files that failed as a whole (a hook timed out, an import threw): no test counts as failed then. */
let failedFiles = 0;
let pending = "";
const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g"); // colour codes

function count(line) {
  const plain = line.replace(ansi, "");
  // vitest: "Test Files  1 failed | 10 passed (11)"
  const files = /^\S+:test:\s+Test Files\s+(\d+) failed/.exec(plain);
  if (files) failedFiles += Number(files[1]);
  // vitest: "Tests  2 failed | 279 passed (281)"
  const match = /^\S+:test:\s+Tests\s+(.*)\(\d+\)\s*$/.exec(plain);
  if (!match) return;
  for (const [, n, what] of match[1].matchAll(/(\d+) (passed|failed)/g)) {
    if (what === "passed") passed += Number(n);
    else failed += Number(n);
  }
}

turbo.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  const lines = (pending + chunk.toString("utf8")).split("\n");
  pending = lines.pop() ?? "";
  for (const line of lines) count(line);
});

turbo.on("close", (code, signal) => {
  if (pending) count(pending);
  const exitCode = code ?? (signal ? 1 : 0);
  const files = failedFiles > 0 ? `, ${failedFiles} test file${failedFiles === 1 ? "" : "s"} failed` : "";
  const step = exitCode !== 0 && failed === 0 && failedFiles === 0 ? " (a build, typecheck or lint step failed: see above)" : "";
  console.log(`\ntests: ${passed} passed, ${failed} failed${files}${step}`);
  process.exitCode = exitCode;
});
