import { describe, expect, it } from "vitest";
import { createValidator, defaultParameterTables, type Parameters, parseParameters, withDefaultParameters } from "../src/index.js";

const source = "test figure, not official";
const dibao: Parameters = {
  parametersVersion: "1.0",
  dibaoStandard: [
    { city: "430200", programme: "dibao.urban", validFrom: "2025-01-01", monthlyStandard: 70_000, source, verified: false },
    { city: "430200", programme: "dibao.rural", validFrom: "2025-01-01", monthlyStandard: 55_000, source, verified: false },
  ],
};

/** A dispersed 特困 case in 醴陵 with a standard of ¥750 (1.36 × the rural ¥550). */
const tekunCase = {
  recordType: "assistance",
  id: "430200-A-000001",
  meta: { lastUpdated: "2025-06-30T10:00:00+08:00" },
  programme: "tekun.dispersed",
  personId: "430200-P-000001",
  city: "430200",
  agency: { creditCode: "12430000444876548X", division: "430281", department: "civilAffairs" },
  caseStatus: "active",
  dates: { applied: "2024-01-05", approved: "2024-02-01" },
  monthlyStandard: 75_000,
  benefitAmount: 75_000,
  lastReviewDate: "2025-02-01",
  nextReviewDate: "2026-02-01",
};

const ratioFindings = (parameters: Parameters) =>
  createValidator({ asOf: "2025-07-01", parameters })
    .validateRecord(tekunCase)
    .filter((finding) => finding.ruleId === "assistance.tekun-standard-ratio");

describe("the standard's default parameter tables", () => {
  it("apply when the agency's file has no table of that name", () => {
    expect(ratioFindings(dibao)).toEqual([]);
    const below = { ...dibao, dibaoStandard: dibao.dibaoStandard!.map((entry) => ({ ...entry, monthlyStandard: 60_000 })) };
    expect(ratioFindings(below).map((finding) => finding.params)).toMatchObject([{ minimumPercent: 130, dibaoStandard: 60_000, minimum: 78_000 }]);
  });

  it("are replaced as a whole by the agency's table, rows not mixed", () => {
    const stricter: Parameters = { ...dibao, tekunStandardRatio: [{ region: "430200", validFrom: "2020-01-01", minimumPercent: 150, source, verified: true }] };
    expect(ratioFindings(stricter).map((finding) => finding.params)).toMatchObject([{ minimumPercent: 150, minimum: 82_500 }]);
    // A table for another region only: the default row for 430000 is gone with the default table.
    const elsewhere: Parameters = { ...dibao, tekunStandardRatio: [{ region: "430100", validFrom: "2020-01-01", minimumPercent: 500, source, verified: true }] };
    expect(ratioFindings(elsewhere)).toEqual([]);
    expect(withDefaultParameters(elsewhere).tekunStandardRatio).toEqual(elsewhere.tekunStandardRatio);
  });

  it("state a source and a confidence on every row, and pass the parameter file's own checks", () => {
    for (const [table, rows] of Object.entries(defaultParameterTables)) {
      for (const row of rows as unknown as readonly Record<string, unknown>[]) {
        expect(row["source"], table).toMatch(/\S/);
        expect(["sure", "fairlySure", "unsure"], table).toContain(row["confidence"]);
      }
    }
    expect(parseParameters({ parametersVersion: "1.0", ...defaultParameterTables })).toMatchObject({ ok: true });
  });

  it("leave the agency's file untouched when it has every table", () => {
    const full = { ...dibao, ...Object.fromEntries(Object.keys(defaultParameterTables).map((table) => [table, []])) } as Parameters;
    expect(withDefaultParameters(full)).toEqual(full);
  });
});
