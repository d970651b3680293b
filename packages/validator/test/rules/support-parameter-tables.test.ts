import { describe, expect, it } from "vitest";
import type { Parameters } from "../../src/parameters.js";
import { dayNumber } from "../../src/rules/support/iso-date.js";
import {
  contributionBaseEntries,
  dibaoMarginalCeilingOn,
  dibaoStandardOn,
  parameterTables,
  reviewIntervalOn,
  workingDaysBetween,
  roundingToleranceOn,
  tekunStandardRatioOn,
} from "../../src/rules/support/parameter-tables.js";
import { minimumContributionMonths, movesBetweenPools, poolingSchemeOf, poolOf, transferDate } from "../../src/rules/support/pooling.js";
import type { TransferView } from "../../src/rules/support/record-view.js";

const dated = { source: "test", verified: false } as const;

describe("parameterTables", () => {
  it("says which tables a parameter file has", () => {
    const empty = parameterTables({});
    expect(empty.hasContributionBase).toBe(false);
    expect(empty.hasDibaoStandard).toBe(false);
    expect(empty.hasCalendar).toBe(false);
    const some = parameterTables({
      contributionBase: [{ region: "430100", validFrom: "2025-01-01", lowerBound: 1, upperBound: 2, ...dated }],
      dibaoStandard: [{ city: "430100", programme: "dibao.urban", validFrom: "2025-01-01", monthlyStandard: 1, ...dated }],
      workingDayCalendar: { holidays: [], workingWeekends: [], source: "test" },
    });
    expect(some.hasContributionBase).toBe(true);
    expect(some.hasDibaoStandard).toBe(true);
    expect(some.hasCalendar).toBe(true);
    expect(parameterTables({ contributionBase: [], dibaoStandard: [] }).hasContributionBase).toBe(false);
    expect(parameterTables({ contributionBase: [], dibaoStandard: [] }).hasDibaoStandard).toBe(false);
  });

  it("prepares each parameter object once, also when another was asked for in between", () => {
    const a: Parameters = { contributionBase: [] };
    const b: Parameters = { contributionBase: [] };
    const first = parameterTables(a);
    expect(parameterTables(a)).toBe(first);
    const other = parameterTables(b);
    expect(other).not.toBe(first);
    expect(parameterTables(a)).toBe(first);
    expect(parameterTables(b)).toBe(other);
  });
});

describe("contributionBaseEntries", () => {
  const base = (region: string, validFrom: string, validUntil?: string) => ({
    region,
    validFrom,
    ...(validUntil ? { validUntil } : {}),
    lowerBound: 1,
    upperBound: 2,
    ...dated,
  });
  const province = base("430000", "2024-01-01");
  const cityOld = base("430100", "2024-07-01", "2025-06-30");
  const cityNew = base("430100", "2025-07-01");
  const county = base("430102", "2025-01-01", "2025-12-31");
  // Prepared in each test (a new object each time), so that the preparation counts as the test's.
  const tables = () => parameterTables({ contributionBase: [province, cityOld, cityNew, county] });

  it("takes the county's rows, else the city's, else the province's", () => {
    expect(contributionBaseEntries(tables(), "430102", "2025-03-01", "2025-03-31")).toEqual([county]);
    expect(contributionBaseEntries(tables(), "430103", "2025-03-01", "2025-03-31")).toEqual([cityOld]);
    expect(contributionBaseEntries(tables(), "430100", "2025-03-01", "2025-03-31")).toEqual([cityOld]);
    expect(contributionBaseEntries(tables(), "430202", "2025-03-01", "2025-03-31")).toEqual([province]);
    expect(contributionBaseEntries(tables(), "430000", "2025-03-01", "2025-03-31")).toEqual([province]);
    expect(contributionBaseEntries(tables(), "440100", "2025-03-01", "2025-03-31")).toEqual([]);
  });

  it("returns every row in force during the span, bounds included", () => {
    expect(contributionBaseEntries(tables(), "430103", "2025-01-01", "2025-12-31")).toEqual([cityOld, cityNew]);
    expect(contributionBaseEntries(tables(), "430103", "2025-06-30", "2025-06-30")).toEqual([cityOld]);
    expect(contributionBaseEntries(tables(), "430103", "2025-07-01", "2025-07-01")).toEqual([cityNew]);
    expect(contributionBaseEntries(tables(), "430103", "2024-01-01", "2024-06-30")).toEqual([]);
    expect(contributionBaseEntries(tables(), "430103", "2024-01-01", "2024-07-01")).toEqual([cityOld]);
  });
});

describe("dibaoStandardOn", () => {
  const row = (city: "430100" | "430200", validFrom: string, monthlyStandard: number, extra: Record<string, unknown> = {}) => ({
    city,
    programme: "dibao.urban" as const,
    validFrom,
    monthlyStandard,
    ...dated,
    ...extra,
  });
  const city2024 = row("430100", "2024-01-01", 80_000, { validUntil: "2024-12-31" });
  const city2025 = row("430100", "2025-01-01", 85_000);
  const county = row("430100", "2025-01-01", 90_000, { division: "430121" });
  const tables = () => parameterTables({ dibaoStandard: [city2024, city2025, county, row("430200", "2024-01-01", 70_000)] });

  it("takes the city row in force on the date, bounds included", () => {
    expect(dibaoStandardOn(tables(), "430100", "dibao.urban", "2024-12-31")).toBe(city2024);
    expect(dibaoStandardOn(tables(), "430100", "dibao.urban", "2025-01-01")).toBe(city2025);
    expect(dibaoStandardOn(tables(), "430100", "dibao.urban", "2023-12-31")).toBeUndefined();
    expect(dibaoStandardOn(tables(), "430100", "dibao.rural", "2025-01-01")).toBeUndefined();
  });

  it("prefers the county's row when it has one in force, only for a county of that city", () => {
    expect(dibaoStandardOn(tables(), "430100", "dibao.urban", "2025-02-01", "430121")).toBe(county);
    expect(dibaoStandardOn(tables(), "430100", "dibao.urban", "2024-02-01", "430121")).toBe(city2024);
    expect(dibaoStandardOn(tables(), "430100", "dibao.urban", "2025-02-01", "430102")).toBe(city2025);
    expect(dibaoStandardOn(tables(), "430100", "dibao.urban", "2025-02-01", "430100")).toBe(city2025);
    // A county of another city never lends its row.
    const other = parameterTables({ dibaoStandard: [city2025, row("430100", "2025-01-01", 1, { division: "430221" })] });
    expect(dibaoStandardOn(other, "430100", "dibao.urban", "2025-02-01", "430221")).toBe(city2025);
  });
});

describe("reviewIntervalOn", () => {
  const interval = (maxMonths: number, extra: Record<string, unknown> = {}) => ({
    programme: "dibao.urban" as const,
    validFrom: "2024-01-01",
    maxMonths,
    ...dated,
    ...extra,
  });
  const yearly = interval(12);
  const working = interval(6, { memberCanWork: true });
  const tables = () => parameterTables({ reviewInterval: [yearly, working, interval(3, { memberCanWork: false, validFrom: "2030-01-01" })] });

  it("takes the row for households with a member able to work when one can, else the general row", () => {
    expect(reviewIntervalOn(tables(), "dibao.urban", true, "2025-01-01")).toBe(working);
    expect(reviewIntervalOn(tables(), "dibao.urban", false, "2025-01-01")).toBe(yearly);
    const generalOnly = parameterTables({ reviewInterval: [yearly] });
    expect(reviewIntervalOn(generalOnly, "dibao.urban", true, "2025-01-01")).toBe(yearly);
    expect(reviewIntervalOn(tables(), "dibao.urban", false, "2023-12-31")).toBeUndefined();
  });
});

describe("regional tables: the most specific region with a row in force", () => {
  const tolerance = (region: string, toleranceFen: number, validFrom = "2024-01-01", validUntil?: string) => ({
    region,
    toleranceFen,
    validFrom,
    ...(validUntil ? { validUntil } : {}),
    ...dated,
  });

  it("rounding tolerance: county, then city, then province; 0 without a row", () => {
    const tables = parameterTables({
      benefitRoundingTolerance: [tolerance("430000", 100), tolerance("430100", 50), tolerance("430121", 10, "2025-01-01", "2025-12-31")],
    });
    expect(roundingToleranceOn(tables, "430121", "2025-06-01")).toBe(10);
    expect(roundingToleranceOn(tables, "430121", "2026-01-01")).toBe(50);
    expect(roundingToleranceOn(tables, "430102", "2025-06-01")).toBe(50);
    expect(roundingToleranceOn(tables, "430202", "2025-06-01")).toBe(100);
    expect(roundingToleranceOn(tables, "440100", "2025-06-01")).toBe(0);
    expect(roundingToleranceOn(tables, "430102", "2023-06-01")).toBe(0);
    expect(roundingToleranceOn(parameterTables({}), "430102", "2025-06-01")).toBe(0);
  });

  it("特困 ratio and 低保边缘 ceiling", () => {
    const ratio = { region: "430200", validFrom: "2024-01-01", minimumPercent: 130, ...dated };
    const ceiling = { region: "430000", validFrom: "2024-01-01", ceilingPercent: 150, ...dated };
    const tables = parameterTables({ tekunStandardRatio: [ratio], dibaoMarginalCeiling: [ceiling] });
    expect(tekunStandardRatioOn(tables, "430221", "2025-01-01")).toBe(ratio);
    expect(tekunStandardRatioOn(tables, "430121", "2025-01-01")).toBeUndefined();
    expect(dibaoMarginalCeilingOn(tables, "430321", "2025-01-01")).toBe(ceiling);
    expect(dibaoMarginalCeilingOn(tables, "430321", "2023-01-01")).toBeUndefined();
  });
});

describe("pooling", () => {
  const transfer = (kind: string, from: string, to: string, at?: string) =>
    ({ kind, from: { city: from }, to: { city: to }, steps: at === undefined ? [] : [{ status: "requested", at }] }) as unknown as TransferView;
  const provincial = { scheme: "pension.employee" as const, region: "430000", validFrom: "2025-01-01", source: "test" };

  it("names the pooled scheme of the kinds that move between regions of one scheme", () => {
    expect(poolingSchemeOf("pension.employee.intercity")).toBe("pension.employee");
    expect(poolingSchemeOf("medical.intercity")).toBe("medical");
    expect(poolingSchemeOf("unemployment.intercity")).toBe("unemployment");
    expect(poolingSchemeOf("pension.linking")).toBeUndefined();
  });

  it("judges a transfer on the date of its first step", () => {
    expect(transferDate(transfer("medical.intercity", "430100", "430200", "2025-03-04T09:00:00+08:00"))).toBe("2025-03-04");
    expect(transferDate(transfer("medical.intercity", "430100", "430200"))).toBeUndefined();
  });

  it("puts a division in the pool of a row in force that covers it, else in its city", () => {
    const cityRow = { scheme: "medical" as const, region: "430200", validFrom: "2025-01-01", validUntil: "2025-12-31", source: "test" };
    expect(poolOf([provincial], "pension.employee", "430102", "2025-01-01")).toBe("430000");
    expect(poolOf([provincial], "pension.employee", "430102", "2024-12-31")).toBe("430100");
    expect(poolOf([provincial], "medical", "430102", "2025-06-01")).toBe("430100");
    expect(poolOf([provincial], "pension.employee", "440102", "2025-06-01")).toBe("440100");
    expect(poolOf([cityRow], "medical", "430221", "2025-12-31")).toBe("430200");
    expect(poolOf([cityRow], "medical", "430221", "2026-01-01")).toBe("430200");
    expect(poolOf([cityRow], "medical", "430121", "2025-06-01")).toBe("430100");
    expect(poolOf(undefined, "medical", "430121", "2025-06-01")).toBe("430100");
  });

  it("says whether funds move between pools", () => {
    const parameters: Parameters = { poolingRegime: [provincial] };
    expect(movesBetweenPools(transfer("pension.employee.intercity", "430100", "430200", "2025-03-04T09:00:00+08:00"), parameters)).toBe(false);
    expect(movesBetweenPools(transfer("pension.employee.intercity", "430100", "430200", "2024-03-04T09:00:00+08:00"), parameters)).toBe(true);
    expect(movesBetweenPools(transfer("medical.intercity", "430100", "430200", "2025-03-04T09:00:00+08:00"), parameters)).toBe(true);
    expect(movesBetweenPools(transfer("pension.linking", "430100", "430200", "2025-03-04T09:00:00+08:00"), parameters)).toBeUndefined();
    expect(movesBetweenPools(transfer("medical.intercity", "430100", "430200"), parameters)).toBeUndefined();
  });

  it("finds the minimum contribution period in force", () => {
    const rows = [
      { months: 180, validFrom: "2000-01-01", validUntil: "2029-12-31", source: "test" },
      { months: 240, validFrom: "2030-01-01", source: "test" },
    ];
    expect(minimumContributionMonths(rows, "2029-12-31")).toBe(180);
    expect(minimumContributionMonths(rows, "2030-01-01")).toBe(240);
    expect(minimumContributionMonths(rows, "1999-12-31")).toBeUndefined();
    expect(minimumContributionMonths(undefined, "2025-01-01")).toBeUndefined();
  });
});

describe("workingDaysBetween with a calendar", () => {
  // 2025-05-01 (Thu) and 05-02 (Fri) are holidays, Sunday 04-27 is worked; 05-03 (Sat) a holiday listed on a weekend.
  const tables = () =>
    parameterTables({
      workingDayCalendar: { holidays: ["2025-05-01", "2025-05-02", "2025-05-03"], workingWeekends: ["2025-04-27", "2025-05-05"], source: "test" },
    });
  const days = (from: string, to: string) => workingDaysBetween(tables(), dayNumber(from), dayNumber(to));

  it("counts a holiday off and a worked weekend day on, the first day excluded and the last included", () => {
    expect(days("2025-04-25", "2025-05-09")).toBe(10 - 2 + 1);
    expect(days("2025-04-30", "2025-05-01")).toBe(0);
    expect(days("2025-05-01", "2025-05-02")).toBe(0);
    expect(days("2025-04-26", "2025-04-27")).toBe(1);
    expect(days("2025-04-27", "2025-04-28")).toBe(1);
    expect(days("2025-04-30", "2025-05-06")).toBe(2);
  });

  it("ignores a listed holiday on a weekend and a listed working day on a weekday", () => {
    expect(days("2025-05-02", "2025-05-04")).toBe(0);
    expect(days("2025-05-04", "2025-05-05")).toBe(1);
  });

  it("is 0 for an empty or backward span", () => {
    expect(days("2025-04-28", "2025-04-28")).toBe(0);
    expect(days("2025-04-29", "2025-04-28")).toBe(0);
    expect(days("2025-05-09", "2025-04-25")).toBe(0);
  });

  it("counts weekdays alone without a calendar", () => {
    expect(workingDaysBetween(parameterTables({}), dayNumber("2025-04-25"), dayNumber("2025-05-09"))).toBe(10);
  });
});

describe("region codes tried for a division", () => {
  const tolerance = (region: string, toleranceFen: number) => ({ region, toleranceFen, validFrom: "2024-01-01", source: "test", verified: false });

  it("tries a city code, then its province; a province code alone", () => {
    const tables = () => parameterTables({ benefitRoundingTolerance: [tolerance("430000", 100), tolerance("430100", 50)] });
    expect(roundingToleranceOn(tables(), "430100", "2025-01-01")).toBe(50);
    expect(roundingToleranceOn(tables(), "430200", "2025-01-01")).toBe(100);
    expect(roundingToleranceOn(tables(), "430000", "2025-01-01")).toBe(100);
    const cityOnly = () => parameterTables({ benefitRoundingTolerance: [tolerance("430100", 50)] });
    expect(roundingToleranceOn(cityOnly(), "430000", "2025-01-01")).toBe(0);
    expect(roundingToleranceOn(cityOnly(), "430102", "2025-01-01")).toBe(50);
  });
});
