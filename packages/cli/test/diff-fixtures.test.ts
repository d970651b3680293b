import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { runCzt } from "./run-czt.js";

const fixtures = join(import.meta.dirname, "..", "..", "standard-diff", "test", "fixtures");
const reportSchema = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "standard-diff", "diff-report.schema.json"), "utf8"));
const validateReport = new Ajv2020({ allErrors: true }).compile(reportSchema);

interface Expected {
  description: string;
  changes: { kind: string; breaks: string[]; review: boolean }[];
  exitCode: number;
}

const cases = readdirSync(fixtures).map((name) => ({ name, expected: JSON.parse(readFileSync(join(fixtures, name, "expected.json"), "utf8")) as Expected }));
const byKind = (a: { kind: string }, b: { kind: string }) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);

describe("czt diff classifies each fixture (old/ → new/) as its expected.json says", () => {
  it("has a fixture for every breaking class the issue names", () => {
    const kinds = new Set(cases.flatMap(({ expected }) => expected.changes.map((change) => change.kind)));
    for (const kind of ["property-removed", "property-renamed", "required-added", "type-narrowed", "enum-narrowed", "pattern-changed", "range-narrowed", "length-narrowed", "object-closed", "code-removed", "code-meaning-changed", "code-deprecated", "operation-removed", "parameter-removed", "status-removed", "security-tightened"]) {
      expect(kinds, kind).toContain(kind);
    }
  });

  it.each(cases)("$name", async ({ name, expected }) => {
    const run = await runCzt(["diff", join(fixtures, name, "old"), join(fixtures, name, "new"), "--format", "json"]);
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    const got = (report.changes as Expected["changes"]).map(({ kind, breaks, review }) => ({ kind, breaks, review })).sort(byKind);
    expect(got).toEqual([...expected.changes].sort(byKind));
    expect(run.code).toBe(expected.exitCode);
  });
});
