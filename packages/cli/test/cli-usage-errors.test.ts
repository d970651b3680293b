import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCzt } from "./run-czt.js";

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "czt-usage-"));
  // One record that misses six required fields: six findings of one rule on one record.
  writeFileSync(join(dir, "one.jsonl"), '{"recordType":"person"}\n');
});

const validate = (...args: string[]) => runCzt(["validate", ...args, "one.jsonl"], { cwd: dir });

describe("czt validate refuses options that would silently change or break a run", () => {
  it.each(["2099-13-45", "2025-02-30", "2023-02-29"])("--as-of %s is not a day of the calendar", async (date) => {
    expect(await validate("--as-of", date)).toEqual({ code: 2, stdout: "", stderr: `czt validate: --as-of must be a date YYYY-MM-DD, not '${date}'\n` });
  });

  it("--as-of 2024-02-29 (a leap day) is accepted", async () => {
    expect((await validate("--as-of", "2024-02-29")).code).toBe(1);
  });

  it("--disable with a rule id or prefix that names no rule", async () => {
    expect(await validate("--disable", "bogus.rule")).toEqual({ code: 2, stdout: "", stderr: "czt validate: --disable: no rule has the id 'bogus.rule' (the rule ids are listed in docs/rules.md)\n" });
    expect(await validate("--disable", "bogus.")).toEqual({ code: 2, stdout: "", stderr: "czt validate: --disable: no rule id starts with 'bogus.' (the rule ids are listed in docs/rules.md)\n" });
    expect((await validate("--disable", "dataset.", "--quiet")).code).toBe(1);
  });

  it("--max-findings -1 gets the option's own message, not 'argument is ambiguous'", async () => {
    expect(await validate("--max-findings", "-1")).toEqual({ code: 2, stdout: "", stderr: "czt validate: --max-findings must be a whole number or all, not '-1'\n" });
    expect(await validate("-o", "-x", "--quiet")).toMatchObject({ code: 1, stdout: "" });
  });

  it("--max-line-bytes above the longest string the engine holds is a usage error", async () => {
    expect(await validate("--max-line-bytes", "600000000")).toEqual({ code: 2, stdout: "", stderr: "czt validate: --max-line-bytes must be a number from 1 to 536870888, not '600000000'\n" });
  });

  it("the per-rule share is of records affected, never above 100 %", async () => {
    const run = await validate("--quiet", "--checks", "schema");
    expect(run.stdout).toMatch(/\n {2}schema\.required\s+6\s+100\.0%\s+Missing required field\n/);
  });
});

describe("czt conformance", () => {
  it("--help lists its sub-commands", async () => {
    const run = await runCzt(["conformance", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage:\n {2}czt conformance vectors +run the conformance vectors/);
    expect(run.stdout).toContain("  czt conformance api ");
  });

  it("alone it asks for a sub-command (exit 2)", async () => {
    const run = await runCzt(["conformance"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^czt conformance: give a sub-command\n\nUsage:\n {2}czt conformance vectors/);
  });

  it("vectors with an adapter that cannot start says why, once (exit 2)", async () => {
    const run = await runCzt(["conformance", "vectors", "--implementation", "./no-such-adapter --flag"], { cwd: dir });
    expect(run).toEqual({ code: 2, stdout: "", stderr: "czt conformance vectors: cannot start the implementation: ./no-such-adapter not found\n" });
  });
});
