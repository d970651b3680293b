#!/usr/bin/env node
// `npm test`: build, typecheck, lint and test every workspace through turbo, then one
// closing line with the test counts of all the vitest runs ("tests: N passed, N failed"),
// so a CI log says at a glance how many tests ran. The exit code is turbo's.
import { spawn } from "node:child_process";

const turbo = spawn("npx", ["turbo", "run", "build", "typecheck", "lint", "test", "--continue"], {
  stdio: ["inherit", "pipe", "inherit"],
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
});

let passed = 0;
let failed = 0;
let pending = "";
const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g"); // colour codes

function count(line) {
  // vitest: "Tests  2 failed | 279 passed (281)"
  const match = /^\S+:test:\s+Tests\s+(.*)\(\d+\)\s*$/.exec(line.replace(ansi, ""));
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
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  process.exitCode = code ?? (signal ? 1 : 0);
});
