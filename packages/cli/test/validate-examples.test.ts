import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Ajv } from "ajv";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { runCzt } from "./run-czt.js";

const examples = join(import.meta.dirname, "..", "..", "..", "examples");
const require = createRequire(import.meta.url);

interface ManifestEntry {
  file: string;
  ruleId: string;
  /** What czt validate reports when it is not the schema rule (an unknown schemaVersion). */
  validatorRuleId?: string;
}
const manifest = JSON.parse(readFileSync(join(examples, "invalid-manifest.json"), "utf8")) as ManifestEntry[];

/** Every full identity number in the example exports (18 characters after "idNumber"). */
function identityNumbers(): string[] {
  const numbers = new Set<string>();
  for (const dir of ["jsonl", "json"]) {
    for (const name of readdirSync(join(examples, dir))) {
      const text = readFileSync(join(examples, dir, name), "utf8");
      for (const match of text.matchAll(/"idNumber"\s*:\s*"([0-9]{17}[0-9Xx])"/g)) numbers.add(match[1]!);
    }
  }
  return [...numbers];
}

describe("czt validate on the example exports", () => {
  it("the three cities' exports are valid, as JSON Lines and as JSON packages", async () => {
    for (const dir of ["jsonl", "json"]) {
      const run = await runCzt(["validate", dir], { cwd: examples });
      expect(run.stderr).toBe("");
      expect(run.code, run.stdout).toBe(0);
      expect(run.stdout).toMatch(/valid: (\d+)\s+invalid: 0/);
    }
  });

  it("one city alone: references to the others fail, unless --lenient-references makes them info", async () => {
    const strict = await runCzt(["validate", "--format", "json", "jsonl/zhuzhou.jsonl"], { cwd: examples });
    expect(strict.code).toBe(1);
    const lenient = await runCzt(["validate", "--format", "json", "--lenient-references", "jsonl/zhuzhou.jsonl"], { cwd: examples });
    expect(lenient.code).toBe(0);
    const report = JSON.parse(lenient.stdout) as { summary: { infos: number; errors: number }; findings: { ruleId: string; severity: string }[] };
    expect(report.summary.errors).toBe(0);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.ruleId === "dataset.unresolved-reference" && f.severity === "info")).toBe(true);
  });

  it.each(manifest)("invalid/$file fails with exactly $ruleId (or its validatorRuleId)", async ({ file, ruleId, validatorRuleId }) => {
    const run = await runCzt(["validate", "--format", "json", join("invalid", file)], { cwd: examples });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string }[] };
    expect([...new Set(report.findings.map((f) => f.ruleId))]).toEqual([validatorRuleId ?? ruleId]);
  });

  it("no format shows a full identity number without --reveal; --reveal shows them", async () => {
    const numbers = identityNumbers();
    expect(numbers.length).toBeGreaterThan(10);
    // Validating the JSON Lines and JSON copies together makes every person a duplicate: findings that carry identity numbers.
    for (const format of ["text", "json", "sarif", "junit", "github"]) {
      const run = await runCzt(["validate", "--format", format, "jsonl", "json"], { cwd: examples });
      expect(run.code).toBe(1);
      expect(numbers.filter((n) => run.stdout.includes(n)), format).toEqual([]);
    }
    const revealed = await runCzt(["validate", "--reveal", "--format", "json", "jsonl", "json"], { cwd: examples });
    expect(numbers.some((n) => revealed.stdout.includes(n))).toBe(true);
    // Six runs of czt on both copies of the examples: over a minute under the suite's load.
  }, 240_000);

  it("--format sarif validates against the SARIF 2.1.0 schema and --format junit parses as JUnit XML", async () => {
    const files = manifest.map((entry) => join("invalid", entry.file));
    const sarifRun = await runCzt(["validate", "--format", "sarif", ...files], { cwd: examples });
    expect(sarifRun.code).toBe(1);
    const { $schema: _draft04, id, ...rest } = JSON.parse(
      readFileSync(join(require.resolve("@microsoft/jest-sarif/package.json"), "..", "lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"),
    );
    const ajv = new Ajv({ strict: false, validateFormats: false, unicodeRegExp: false });
    const sarif = JSON.parse(sarifRun.stdout);
    expect(ajv.validate({ $id: id, ...rest }, sarif), JSON.stringify(ajv.errors)).toBe(true);
    expect(sarif.runs[0].results.length).toBeGreaterThanOrEqual(manifest.length);

    const junitRun = await runCzt(["validate", "--format", "junit", "--lang", "zh", ...files], { cwd: examples });
    const xml = new XMLParser({ ignoreAttributes: false }).parse(junitRun.stdout);
    const suites: { "@_name": string; testcase: unknown }[] = [xml.testsuites.testsuite].flat();
    // Each file fails at least its labelled rule (validated together, cross-file dataset rules may add some, in suites of their own at the end).
    const failing = new Set(suites.filter((suite) => [suite.testcase].flat().some((c) => (c as { failure?: unknown }).failure !== undefined)).map((suite) => suite["@_name"]));
    expect(files.filter((file) => !failing.has(file))).toEqual([]);
    const summary = suites.at(-1) as unknown as { "@_name": string; properties: { property: Record<string, string>[] } };
    expect(summary["@_name"]).toBe("czt validate");
    expect(Number(summary.properties.property.find((p) => p["@_name"] === "failures")?.["@_value"])).toBeGreaterThanOrEqual(manifest.length);
  });

  it("--output writes the report to a file and --quiet prints the summary only", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "czt-output-")), "report.json");
    const written = await runCzt(["validate", "--format", "json", "--output", out, join("invalid", manifest[0]!.file)], { cwd: examples });
    expect(written).toMatchObject({ code: 1, stdout: "" });
    expect(JSON.parse(readFileSync(out, "utf8")).summary.invalid).toBe(1);
    const run = await runCzt(["validate", "--quiet", "--lang", "zh", join("invalid", manifest[0]!.file)], { cwd: examples });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^\n?读取记录: 1 {3}有效: 0 {3}无效: 1/);
    expect(run.stderr).toBe("");
  });
});
