import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DatasetEntry, validateEntries } from "@czt/conformance";
import { createValidator, type Finding } from "@czt/validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { datasetRules, IndexParquetWriter, runDatasetRulesSql } from "../src/index.js";

/** The validator's rule fixtures: a folder per rule, with fail.jsonl and pass.jsonl. */
const fixturesDir = join(import.meta.dirname, "..", "..", "validator", "test", "fixtures", "rules");
/** The as-of date the validator's fixture runner checks every fixture on (none of the dataset fixtures sets another). */
const fixtureAsOf = "2025-07-01";
const datasetFixtures = readdirSync(fixturesDir).filter((name) => name.startsWith("dataset.")).sort();

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "czt-scale-fixtures-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function entriesOf(ruleId: string, name: "fail" | "pass"): DatasetEntry[] {
  return readFileSync(join(fixturesDir, ruleId, `${name}.jsonl`), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => ({ file: `${name}.jsonl`, record: JSON.parse(line) as DatasetEntry["record"] }));
}

function comparable(findings: readonly Finding[]): string[] {
  return findings.map((finding) => JSON.stringify([finding.ruleId, finding.severity, finding.file, finding.line, finding.recordIndex, finding.recordId, finding.pointer, finding.message, finding.params])).sort();
}

let run = 0;
/** The dataset findings of the in-memory phase, and those of the DuckDB path over the index the same session emitted. */
async function bothPaths(entries: readonly DatasetEntry[]): Promise<{ inMemory: Finding[]; duckdb: Finding[] }> {
  const writer = await IndexParquetWriter.open(join(scratch, `run-${run++}`), { memoryLimit: "256MB", threads: 1 });
  const validator = createValidator({ asOf: fixtureAsOf, onDatasetIndex: (rows) => writer.append(rows) });
  const inMemory = validateEntries(validator.createSession(), entries)
    .map(({ finding }) => finding)
    .filter((finding) => finding.ruleId.startsWith("dataset."));
  const { findings } = await runDatasetRulesSql(await writer.finish(), { limits: { memoryLimit: "256MB", threads: 1 } });
  return { inMemory, duckdb: findings };
}

describe("the dataset rules' own fixtures give the same findings through DuckDB as in memory", () => {
  it("there is a fixture folder for every dataset rule", () => {
    expect(datasetFixtures).toEqual(datasetRules.map((rule) => rule.id).sort());
  });

  it.each(datasetFixtures)("%s: fail.jsonl (which breaks it) and pass.jsonl", async (ruleId) => {
    const fail = await bothPaths(entriesOf(ruleId, "fail"));
    expect(fail.inMemory.some((finding) => finding.ruleId === ruleId)).toBe(true);
    expect(comparable(fail.duckdb)).toEqual(comparable(fail.inMemory));
    const pass = await bothPaths(entriesOf(ruleId, "pass"));
    expect(pass.inMemory.some((finding) => finding.ruleId === ruleId)).toBe(false);
    expect(comparable(pass.duckdb)).toEqual(comparable(pass.inMemory));
  });
});
