/**
 * Each export is checked against the version of the standard it declares (package
 * `schemaVersion`, JSON Lines header); a missing or unknown version is one located finding
 * and the file's records are not checked; `schemaVersion` (the CLI's --schema-version) overrides.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateFiles } from "@czt/validator/node";
import { describe, expect, it } from "vitest";
import { createValidator, type ValidatorOptions } from "../src/index.js";
import { changshaHeader, person } from "./support/records.js";

const dir = mkdtempSync(join(tmpdir(), "czt-versions-"));
let fileCount = 0;

function write(name: string, text: string): string {
  const path = join(dir, `${fileCount++}-${name}`);
  writeFileSync(path, text);
  return path;
}

/** A Changsha JSON Lines export declaring `version` (left out when undefined), with these records. */
function jsonLinesExport(version: unknown, records: readonly Record<string, unknown>[]): string {
  const header: Record<string, unknown> = { ...changshaHeader(), schemaVersion: version };
  if (version === undefined) delete header["schemaVersion"];
  return `${[header, ...records].map((line) => JSON.stringify(line)).join("\n")}\n`;
}

/** The same as a JSON package. */
function packageExport(version: unknown, records: readonly Record<string, unknown>[]): string {
  const envelope: Record<string, unknown> = { ...changshaHeader(), schemaVersion: version };
  delete envelope["recordType"];
  if (version === undefined) delete envelope["schemaVersion"];
  return `${JSON.stringify({ ...envelope, records }, null, 2)}\n`;
}

const people = [person({ id: "430100-P-000001" }), person({ id: "430100-P-000002" })];
// A record broken in three ways: checked, it has three schema findings.
const broken = person({ id: "430100-P-000003", sex: 1, birthDate: "yesterday", age: 40 });

async function check(paths: string[], options: ValidatorOptions & { jobs?: number } = {}) {
  // The files repeat records on purpose: the dataset rules are not what is tested here.
  return validateFiles(paths, { disableRules: ["dataset."], ...options });
}

describe("czt validate checks each export against the version it declares", () => {
  it.each(["1.0", "1.1"])("a valid export declaring %s is clean, as JSON Lines and as a package", async (version) => {
    const report = await check([write("a.jsonl", jsonLinesExport(version, people)), write("b.json", packageExport(version, people))]);
    expect(report.findings).toEqual([]);
    expect(report.summary).toMatchObject({ records: 4, valid: 4, invalid: 0 });
  });

  it("the summary counts the files checked against each version; a file of an unknown version is in none", async () => {
    const files = [
      write("a.jsonl", jsonLinesExport("1.0", people)),
      write("b.json", packageExport("1.0", people)),
      write("c.jsonl", jsonLinesExport("1.1", people)),
      write("d.jsonl", `${JSON.stringify(people[0])}\n`),
      write("e.jsonl", jsonLinesExport("2.3", people)),
    ];
    expect((await check(files)).summary.schemaVersions).toEqual({ "1.0": 2, "1.1": 2 });
    expect((await check(files, { schemaVersion: "1.0" })).summary.schemaVersions).toEqual({ "1.0": 5 });
    expect((await check(files.slice(0, 1))).summary.schemaVersions).toEqual({ "1.0": 1 });
  });

  it("holds a header to its own version's schemas: 1.0 and 1.1 each accept their own version, the override checks against the one named", async () => {
    const file = write("a.jsonl", jsonLinesExport("1.0", people));
    expect((await check([file], { schemaVersion: "1.1" })).findings).toEqual([]);
    expect((await check([file], { schemaVersion: "1.0" })).findings).toEqual([]);
  });

  it.each([
    ["JSON Lines", "2.3", jsonLinesExport, 1],
    ["a package", "2.3", packageExport, 1],
    ["JSON Lines", 1.1, jsonLinesExport, 1],
  ] as const)("an unknown schemaVersion in %s (%s) is one located finding, and its records are not checked", async (_kind, version, make, line) => {
    const file = write("unknown", make(version, [...people, broken]));
    const report = await check([file]);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      ruleId: "input.unknown-schema-version",
      severity: "error",
      file,
      line,
      pointer: "/schemaVersion",
      message: `schemaVersion ${JSON.stringify(version)} is not a version this validator knows (1.0, 1.1); the records of this file were not checked`,
    });
    // Not checked, so not valid either: every record counts as invalid, none has a finding of its own.
    expect(report.summary).toMatchObject({ records: 3, valid: 0, invalid: 3, errors: 1 });
  });

  it.each([
    ["JSON Lines", jsonLinesExport],
    ["a package", packageExport],
  ] as const)("a missing schemaVersion in %s is one located finding, in Chinese too", async (_kind, make) => {
    const file = write("missing", make(undefined, [broken]));
    const report = await check([file], { lang: "zh" });
    expect(report.findings.map((finding) => [finding.ruleId, finding.line, finding.pointer, finding.message])).toEqual([
      ["input.missing-schema-version", 1, "/schemaVersion", "数据包或首行没有 schemaVersion，无法确定按哪个版本检查（已知版本：1.0, 1.1）；此文件的记录未作检查"],
    ]);
    expect(report.summary).toMatchObject({ records: 1, invalid: 1 });
  });

  it("the override checks a file of an unknown version record by record, and does not hold the declared version against its header", async () => {
    const file = write("unknown.jsonl", jsonLinesExport("2.3", [...people, broken]));
    const report = await check([file], { schemaVersion: "1.0" });
    expect(report.findings.map((finding) => [finding.ruleId, finding.line])).toEqual([
      ["schema.additional-property", 4],
      ["schema.type", 4],
      ["schema.format", 4],
    ]);
    expect(report.summary).toMatchObject({ records: 3, valid: 2, invalid: 1 });
  });

  it("files without a header (another file's unknown version notwithstanding) are checked against the current version", async () => {
    const unknown = write("unknown.jsonl", jsonLinesExport("2.3", [people[0]!]));
    const bare = write("bare.jsonl", `${JSON.stringify(broken)}\n${JSON.stringify(people[1])}\n`);
    const report = await check([unknown, bare]);
    expect(report.findings.map((finding) => [finding.ruleId, finding.file])).toEqual([
      ["input.unknown-schema-version", unknown],
      ["schema.additional-property", bare],
      ["schema.type", bare],
      ["schema.format", bare],
    ]);
    expect(report.summary).toMatchObject({ records: 3, valid: 1, invalid: 2 });
  });

  it("worker threads report what one thread reports for a file of an unknown version", async () => {
    const lines = [];
    for (let i = 0; i < 20_000; i++) lines.push(person({ id: `430100-P-${String(i).padStart(6, "0")}`, sex: i % 1000 === 0 ? 9 : "1" }));
    const file = write("big.jsonl", jsonLinesExport("3.0", lines));
    const one = await check([file], { jobs: 1 });
    const two = await check([file], { jobs: 2 });
    expect(two.findings).toEqual(one.findings);
    expect(two.summary).toMatchObject({ records: 20_000, valid: 0, invalid: 20_000, errors: 1 });
    expect(one.summary).toMatchObject({ records: 20_000, valid: 0, invalid: 20_000, errors: 1 });
  });

  it("a benefit is a record type of 1.1 only: unknown in a 1.0 export, checked in a 1.1 one", async () => {
    const benefit = {
      recordType: "benefit",
      id: "430100-B-000300",
      meta: { lastUpdated: "2025-06-30T10:00:00+08:00" },
      personId: "430100-P-000001",
      city: "430100",
      agency: { creditCode: "12430000444876548X", division: "430102", department: "hrss" },
      benefitType: "pension.employee",
      period: { start: "2018-04-01" },
      status: "inPayment",
      frequency: "monthly",
      monthlyAmount: 325000,
    };
    const old = await validateFiles([write("benefit-1.0.jsonl", jsonLinesExport("1.0", [people[0]!, benefit]))], {});
    expect(old.findings.map((f) => [f.ruleId, f.pointer, f.params["recordType"], f.params["expected"]])).toEqual([
      ["input.unknown-record-type", "/recordType", "benefit", "person, enrolment, transfer, assistance"],
    ]);
    const current = await validateFiles([write("benefit-1.1.jsonl", jsonLinesExport("1.1", [people[0]!, benefit]))], {});
    expect(current.findings).toEqual([]);
  });

  it("refuses an override naming a version it does not know", () => {
    expect(() => createValidator({ schemaVersion: "2.3" })).toThrow('schemaVersion "2.3" is not a version of the standard this validator knows (1.0, 1.1)');
  });
});
