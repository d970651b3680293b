import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { datasetRules, openDuckDb, portedRuleIds } from "@czt/scale";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCzt } from "./run-czt.js";

interface JsonReport {
  summary: { byRule: Record<string, number> };
  findings: { ruleId: string }[];
}

const scratch = mkdtempSync(join(tmpdir(), "czt-dataset-rules-"));
const ported = portedRuleIds();
let validated: JsonReport;
let validateRun: Awaited<ReturnType<typeof runCzt>>;
const identityNumbers: string[] = [];

beforeAll(async () => {
  const generated = await runCzt(["generate", "--count", "400", "--seed", "3"]);
  expect(generated.code).toBe(0);
  const lines = generated.stdout.trimEnd().split("\n");
  const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  for (const record of records) if (typeof record["idNumber"] === "string") identityNumbers.push(record["idNumber"]);
  // Break dataset rules on purpose: a person exported twice by its city, an enrolment exported twice.
  const person = records.find((record) => record["recordType"] === "person")!;
  const enrolment = records.find((record) => record["recordType"] === "enrolment")!;
  const broken = [...lines, JSON.stringify({ ...person, id: `${String(person["id"])}-copy` }), JSON.stringify(enrolment)];
  writeFileSync(join(scratch, "export.jsonl"), `${broken.join("\n")}\n`);
  validateRun = await runCzt(["validate", "export.jsonl", "--as-of", "2025-06-30", "--emit-index", "index", "--format", "json", "--max-findings", "all"], { cwd: scratch });
  validated = JSON.parse(validateRun.stdout) as JsonReport;
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("czt validate --emit-index and czt dataset-rules --engine duckdb", () => {
  it("validate writes the index and the references of each input file as Parquet and says so", () => {
    expect(validateRun.code).toBe(1);
    expect(readdirSync(join(scratch, "index")).sort()).toEqual([
      "export.jsonl.agencies.parquet",
      "export.jsonl.index.parquet",
      "export.jsonl.months.parquet",
      "export.jsonl.projects.parquet",
      "export.jsonl.references.parquet",
    ]);
    expect(validateRun.stderr).toMatch(/dataset index \(\d+ records\) written to 5 Parquet files: index/);
  });

  it("the index holds no identity number in clear, only its hash and masked form", async () => {
    const database = await openDuckDb({ memoryLimit: "256MB", threads: 1 });
    const connection = database.connection;
    try {
      const path = join(scratch, "index", "export.jsonl.index.parquet");
      const rows = (await connection.runAndReadAll(`SELECT * FROM read_parquet('${path}')`)).getRowObjectsJson();
      const text = JSON.stringify(rows);
      expect(identityNumbers.length).toBeGreaterThan(0);
      expect(identityNumbers.filter((number) => text.includes(number))).toEqual([]);
      const person = rows.find((row) => row["record_type"] === "person")!;
      expect(person["id_number_hash"]).toMatch(/^[0-9a-f]{64}$/);
      expect(person["id_number_masked"]).toMatch(/^\d{6}\*{8}[0-9X]{4}$/);
    } finally {
      database.close();
    }
  });

  it("dataset-rules reports what the in-memory dataset phase reports for the ported rules, names the rules not run, and leaves no temporary folder", async () => {
    // DuckDB spills into a folder of its own under the system's temporary one, removed at the end.
    const temporary = join(scratch, "tmp");
    mkdirSync(temporary);
    const run = await runCzt(["dataset-rules", "--engine", "duckdb", "index", "--format", "json", "--memory-limit", "256MB", "--threads", "1"], { cwd: scratch, env: { TMPDIR: temporary } });
    expect(run.code).toBe(1);
    expect(readdirSync(temporary)).toEqual([]);
    const report = JSON.parse(run.stdout) as JsonReport;
    const expected = validated.findings.filter((finding) => ported.has(finding.ruleId));
    expect(expected.map((finding) => finding.ruleId)).toEqual(expect.arrayContaining(["dataset.duplicate-person", "dataset.duplicate-record-id"]));
    const canonical = (findings: readonly unknown[]) => findings.map((finding) => JSON.stringify(finding)).sort();
    expect(canonical(report.findings)).toEqual(canonical(expected));
    // The rules without SQL are named, exactly those (none once every rule is ported).
    const notRun = run.stderr.match(/^not run: (\d+) dataset rules have no SQL yet \(see docs\/scale\.md\): (.+)$/m);
    expect(notRun?.[2]?.split(", ") ?? []).toEqual(datasetRules.filter((rule) => !ported.has(rule.id)).map((rule) => rule.id));
  });

  it("a folder without Parquet, a file that is not Parquet, or no --engine is a usage error in one line (exit 2)", async () => {
    mkdirSync(join(scratch, "empty"));
    writeFileSync(join(scratch, "not.parquet"), "not parquet at all");
    const empty = await runCzt(["dataset-rules", "--engine", "duckdb", "empty"], { cwd: scratch });
    expect({ code: empty.code, stderr: empty.stderr }).toEqual({ code: 2, stderr: expect.stringMatching(/^czt dataset-rules: empty: no \.parquet file in this folder/) });
    const garbage = await runCzt(["dataset-rules", "--engine", "duckdb", "not.parquet"], { cwd: scratch });
    expect(garbage.code).toBe(2);
    expect(garbage.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(garbage.stderr).toMatch(/cannot run the dataset rules over the index/);
    const noEngine = await runCzt(["dataset-rules", "index"], { cwd: scratch });
    expect(noEngine.code).toBe(2);
    expect(noEngine.stderr).toMatch(/--engine is required/);
  });

  it("--emit-index with --checks record is refused: the index is built with the dataset layer", async () => {
    const run = await runCzt(["validate", "export.jsonl", "--checks", "record", "--emit-index", "other"], { cwd: scratch });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--emit-index needs --checks all/);
  });
});
