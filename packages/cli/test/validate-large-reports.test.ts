import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { runCzt } from "./run-czt.js";

// Every `{}` line is a record without a recordType: one finding per 3 bytes of input.
const manyFindings = 150_000;
let dir: string;
let input: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "czt-large-report-"));
  input = join(dir, "many.jsonl");
  writeFileSync(input, "{}\n".repeat(manyFindings));
});

/** A heap far too small to hold every finding, or a report of them as one string: only a streamed report gets through. */
const smallHeap = { NODE_OPTIONS: "--max-old-space-size=40" };

describe("czt validate writes reports of any size as findings come", () => {
  it.each(["json", "sarif"] as const)("%s: every finding, in a heap too small to hold them, and the exact summary", async (format) => {
    const run = await runCzt(["validate", input, "--format", format, "--max-findings", "all"], { env: smallHeap });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    const findings = format === "json" ? report.findings : report.runs[0].results;
    const summary = format === "json" ? report.summary : report.runs[0].properties.summary;
    expect(findings.length).toBe(manyFindings);
    expect(summary).toMatchObject({ records: manyFindings, invalid: manyFindings, errors: manyFindings, byRule: { "input.unknown-record-type": manyFindings } });
  });

  it("junit: one case per finding, well-formed, with the summary's counts", async () => {
    const run = await runCzt(["validate", input, "--format", "junit", "--max-findings", "all"], { env: smallHeap });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const xml = new XMLParser({ ignoreAttributes: false }).parse(run.stdout);
    const suites = xml.testsuites.testsuite;
    expect(suites[0].testcase.length).toBe(manyFindings);
    const properties = Object.fromEntries(suites[1].properties.property.map((p: Record<string, string>) => [p["@_name"], Number(p["@_value"])]));
    expect(properties).toMatchObject({ records: manyFindings, errors: manyFindings, failures: manyFindings + 1 });
  });

  it.each(["text", "github"] as const)("%s: every finding listed, one line each, then the summary", async (format) => {
    const run = await runCzt(["validate", input, "--format", format, "--max-findings", "all"], { env: smallHeap });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n");
    expect(lines.filter((line) => line.includes("input.unknown-record-type:") || line.startsWith("::error ")).length).toBe(manyFindings);
  });

  it("by default lists the first 10000 findings and counts all of them", async () => {
    const run = await runCzt(["validate", input, "--format", "json"]);
    const report = JSON.parse(run.stdout);
    expect(report.findings.length).toBe(10_000);
    expect(report.summary.errors).toBe(manyFindings);
    const text = await runCzt(["validate", input]);
    expect(text.stdout).toContain(`findings shown: 10000 / ${manyFindings}`);
  });

  it("--quiet prints the summary alone, from its first line, and lists no finding", async () => {
    const run = await runCzt(["validate", input, "--quiet"], { env: smallHeap });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^records read: 150000 {3}valid: 0 {3}invalid: 150000/);
    expect(run.stdout).not.toContain("findings shown");
  });
});
