/**
 * `czt validate` and the version of the standard: each input kind (JSON package, JSON Lines
 * with and without a header, CSV, standard input) is checked against the version it declares
 * or, declaring none, the current one; `--schema-version` overrides; an unknown one is a usage error.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createValidator } from "@czt/validator";
import { describe, expect, it } from "vitest";
import { runCzt } from "./run-czt.js";

const repository = join(import.meta.dirname, "..", "..", "..");
const examples = join(repository, "examples");
const scratch = mkdtempSync(join(tmpdir(), "czt-versions-cli-"));
/**
 * A 1.0 export: Changsha's example export declaring 1.0 (the bundled examples declare 1.1),
 * with only the records 1.0's schemas accept (the examples also carry 1.1 record types and fields).
 */
const schema10 = createValidator({ schemaVersion: "1.0", checks: "schema" });
const changshaLines = readFileSync(join(examples, "jsonl", "changsha.jsonl"), "utf8")
  .replace('"schemaVersion":"1.1"', '"schemaVersion":"1.0"')
  .split("\n")
  .filter((line, index) => index === 0 || line === "" || schema10.validateRecord(JSON.parse(line)).length === 0)
  .join("\n");
const changshaRecordCount = changshaLines.trimEnd().split("\n").length - 1;
const csv = [
  "recordType,id,meta.lastUpdated,idNumber,name,sex,birthDate,ethnicity,nationality,hukou.division,hukou.residenceType,residenceDivision",
  "person,430100-P-000001,2025-03-01T09:00:00+08:00,430102199003071234,张伟,1,1990-03-07,01,CHN,430102,urban,430102",
].join("\r\n");
writeFileSync(join(scratch, "people.csv"), `${csv}\r\n`);
writeFileSync(join(scratch, "no-header.jsonl"), changshaLines.split("\n").slice(1, 2).join("\n"));

interface Report {
  findings: { ruleId: string; line: number; pointer: string; message: string }[];
  summary: { records: number; valid: number; invalid: number; schemaVersions?: Record<string, number> };
}

async function validateJson(args: string[], stdin?: string) {
  // The inputs repeat records across files on purpose: the dataset rules are not what is tested here.
  const run = await runCzt(["validate", "--format", "json", "--disable", "dataset.", ...args], { cwd: scratch, ...(stdin === undefined ? {} : { stdin }) });
  return { ...run, report: JSON.parse(run.stdout || "null") as Report };
}

describe("czt validate and the version of the standard", () => {
  it("the README's command: the example exports are clean, checked against the 1.1 they declare", async () => {
    const run = await runCzt(["validate", "examples/jsonl"], { cwd: repository });
    expect(run.code).toBe(0);
    const records = ["changsha", "zhuzhou", "xiangtan"].reduce((sum, city) => sum + readFileSync(join(examples, "jsonl", `${city}.jsonl`), "utf8").trimEnd().split("\n").length - 1, 0);
    expect(run.stdout).toContain(`No findings.\nrecords read: ${records}   valid: ${records}   invalid: 0   errors: 0   warnings: 0   infos: 0\nchecked against version: 1.1 (3 files)\n`);
  });

  it("standard input carries the version of its header", async () => {
    const { code, report } = await validateJson(["-"], changshaLines);
    expect(code).toBe(0);
    expect(report.summary.schemaVersions).toEqual({ "1.0": 1 });
  });

  it("CSV and JSON Lines without a header declare no version: checked against the current one, 1.1", async () => {
    const { code, report } = await validateJson(["people.csv", "no-header.jsonl"]);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
    expect(report.summary.schemaVersions).toEqual({ "1.1": 2 });
  });

  it("--schema-version checks every input against the version named, a 1.0 export's header included", async () => {
    writeFileSync(join(scratch, "changsha.jsonl"), changshaLines);
    const { code, report } = await validateJson(["--schema-version", "1.1", "changsha.jsonl", "people.csv"]);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
    expect(report.summary.schemaVersions).toEqual({ "1.1": 2 });
  });

  it("an unknown version in a file is one located finding, exit 1; --schema-version checks its records", async () => {
    writeFileSync(join(scratch, "future.jsonl"), changshaLines.replace('"schemaVersion":"1.0"', '"schemaVersion":"2.3"'));
    const unknown = await validateJson(["future.jsonl"]);
    expect(unknown.code).toBe(1);
    expect(unknown.report.findings).toEqual([
      expect.objectContaining({ ruleId: "input.unknown-schema-version", line: 1, pointer: "/schemaVersion", message: 'schemaVersion "2.3" is not a version this validator knows (1.0, 1.1); the records of this file were not checked' }),
    ]);
    expect(unknown.report.summary).toMatchObject({ records: changshaRecordCount, valid: 0, invalid: changshaRecordCount });
    expect(unknown.report.summary.schemaVersions).toBeUndefined();
    const overridden = await validateJson(["--schema-version", "1.0", "future.jsonl"]);
    expect(overridden.report.findings).toEqual([]);
    expect(overridden.code).toBe(0);
  });

  it("--schema-version naming a version this czt does not know is a one-line usage error, exit 2", async () => {
    const run = await runCzt(["validate", "--schema-version", "2.3", "people.csv"], { cwd: scratch });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("czt validate: --schema-version must be a version of the standard this czt knows (1.0, 1.1), not '2.3'\n");
  });
});
