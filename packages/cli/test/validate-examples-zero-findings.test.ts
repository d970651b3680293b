/**
 * The bundled example exports validate with no finding at all — no error, warning or
 * info — as JSON Lines and as JSON packages, on their own and with the bundled
 * placeholder parameter file (whose figures must agree with the exports: issue 13).
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCzt } from "./run-czt.js";

const examples = join(import.meta.dirname, "..", "..", "..", "examples");

interface Report {
  findings: { ruleId: string; file: string; line: number; message: string }[];
  summary: { records: number; errors: number; warnings: number; infos: number };
}

describe("the example exports have zero findings", () => {
  it.each([
    ["jsonl", []],
    ["json", []],
    ["jsonl", ["--params", "parameters/placeholder-parameters.json"]],
    ["json", ["--params", "parameters/placeholder-parameters.json"]],
  ] as const)("czt validate %s %j", async (dir, extra) => {
    const run = await runCzt(["validate", "--format", "json", ...extra, dir], { cwd: examples });
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}: ${f.message}`)).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0, infos: 0 });
    expect(report.summary.records).toBeGreaterThan(100);
    expect(run.code).toBe(0);
  });
});
