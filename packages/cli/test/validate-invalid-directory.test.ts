import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCzt } from "./run-czt.js";

const examples = join(import.meta.dirname, "..", "..", "..", "examples");
const manifestPath = join(examples, "invalid-manifest.json");

describe("czt validate examples/invalid", () => {
  it("validates the invalid examples and nothing else: each fails with its labelled rule", async () => {
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { file: string; ruleId: string; validatorRuleId?: string }[];
    const run = await runCzt(["validate", "--format", "json", "--max-findings", "1000", "invalid"], { cwd: examples });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { file: string; ruleId: string }[] };
    const fileOf = (path: string) => path.replace(/^invalid\//, "");
    expect([...new Set(report.findings.map((finding) => fileOf(finding.file)))].sort()).toEqual(manifest.map((entry) => entry.file).sort());
    // Validated as one dataset, the packages' records also duplicate each other across files (dataset rules).
    for (const entry of manifest) {
      const ofFile = report.findings.filter((finding) => fileOf(finding.file) === entry.file && !finding.ruleId.startsWith("dataset."));
      const rules = new Set(ofFile.map((finding) => finding.ruleId));
      expect([...rules], entry.file).toEqual([entry.validatorRuleId ?? entry.ruleId]);
    }
  });
});
