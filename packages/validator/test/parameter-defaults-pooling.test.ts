import { describe, expect, it } from "vitest";
import { createValidator, defaultParameterTables, withDefaultParameters } from "../src/index.js";
import type { PoolingRegimeEntry } from "../src/parameters.js";

/** Changsha → Zhuzhou in 2025 moving funds, as 1.0's flagship example did. */
function changshaToZhuzhou(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    recordType: "transfer",
    id: "430200-T-000001",
    meta: { lastUpdated: "2025-04-02T16:10:00+08:00" },
    personId: "430100-P-000001",
    kind: "pension.employee.intercity",
    from: { city: "430100", agency: { creditCode: "11430100MB0000019A", division: "430100", department: "hrss" }, enrolmentId: "430100-E-000001" },
    to: { city: "430200", agency: { creditCode: "11430200MB0000027A", division: "430200", department: "hrss" }, enrolmentId: "430200-E-000001" },
    status: "completed",
    steps: [
      { status: "requested", at: "2025-03-03T09:40:00+08:00" },
      { status: "letterIssued", at: "2025-03-12T14:30:00+08:00" },
      { status: "fundsTransferred", at: "2025-03-26T10:15:00+08:00" },
      { status: "completed", at: "2025-04-02T16:10:00+08:00" },
    ],
    contributionMonths: 12,
    individualAccountBalance: 500_000,
    pooledFundAmount: 720_000,
    contributions: [{ year: 2023, months: 12, monthlyBase: 500_000, individualAmount: 480_000, employerAmount: 960_000 }],
    ...overrides,
  };
}

/** An agency's own pooling table that says nothing about the employee pension (it pools by city then). */
const medicalOnly: PoolingRegimeEntry = { scheme: "medical", region: "430000", validFrom: "2020-01-01", source: "agency table for the test", verified: false };

const transferRuleIds = (findings: readonly { ruleId: string }[]) => findings.map((finding) => finding.ruleId).filter((id) => id.startsWith("transfer."));

describe("default parameter tables", () => {
  it("ship the pooling regime and the minimum contribution period, every row with its source and confidence", () => {
    for (const table of [defaultParameterTables.poolingRegime, defaultParameterTables.minimumContributionPeriod]) {
      expect(table?.length).toBeGreaterThan(0);
      for (const row of table ?? []) {
        expect(row.source.length).toBeGreaterThan(20);
        expect(["sure", "fairlySure", "unsure"]).toContain(row.confidence);
      }
    }
  });

  it("the minimum contribution period is 180 months until 2029 and rises by six months a year to 240", () => {
    const rows = defaultParameterTables.minimumContributionPeriod ?? [];
    const on = (date: string) => rows.find((row) => row.validFrom <= date && (row.validUntil === undefined || date <= row.validUntil))?.months;
    expect([on("2029-12-31"), on("2030-01-01"), on("2031-06-30"), on("2038-12-31"), on("2039-01-01"), on("2060-01-01")]).toEqual([180, 186, 192, 234, 240, 240]);
  });

  it("an agency-supplied table replaces the default table as a whole; the other defaults stay", () => {
    const merged = withDefaultParameters({ poolingRegime: [medicalOnly] });
    expect(merged.poolingRegime).toEqual([medicalOnly]);
    expect(merged.minimumContributionPeriod).toBe(defaultParameterTables.minimumContributionPeriod);
  });

  it("by default a move between two Hunan cities is a registration change: funds on it are findings", () => {
    const findings = createValidator({ asOf: "2025-06-30" }).validateRecord(changshaToZhuzhou());
    expect(findings.filter((finding) => finding.ruleId.startsWith("transfer.")).map((finding) => [finding.ruleId, finding.pointer])).toEqual([
      ["transfer.funds-within-pool", "/pooledFundAmount"],
      ["transfer.funds-within-pool", "/individualAccountBalance"],
    ]);
    expect(transferRuleIds(createValidator({ asOf: "2025-06-30" }).validateRecord(changshaToZhuzhou({ pooledFundAmount: 0, individualAccountBalance: 0 })))).toEqual([]);
  });

  it("with the agency's table the two cities are two pools: the 12 % rule judges the same transfer", () => {
    const validator = createValidator({ asOf: "2025-06-30", parameters: { poolingRegime: [medicalOnly] } });
    expect(transferRuleIds(validator.validateRecord(changshaToZhuzhou()))).toEqual([]);
    expect(transferRuleIds(validator.validateRecord(changshaToZhuzhou({ pooledFundAmount: 0 })))).toEqual(["transfer.pooled-fund"]);
  });
});
