import { describe, expect, it } from "vitest";
import type { RuleContext } from "../../src/rule.js";
import { fixtureContext, type RuleFinding, readRecords, runRules } from "./fixture-runner.js";

/**
 * Edges of the dataset rules that their fixtures do not reach: the first record of a
 * dataset, a reference to a record of the wrong type, people the dataset does not hold,
 * boundary days, and records of other people that must not be taken for one person's.
 * Each test runs every rule and states the findings of the rules concerned.
 */

type Row = Record<string, unknown>;

function findingsOf(ruleIds: readonly string[], records: readonly Row[], context: RuleContext) {
  return runRules(records, context, true)
    .filter((finding: RuleFinding) => ruleIds.includes(finding.ruleId))
    .map((finding) => ({ ruleId: finding.ruleId, id: records[finding.record]?.["id"], pointer: finding.pointer, params: finding.params, severity: finding.severity }));
}

describe("dataset.transfer-source-active", () => {
  const rule = "dataset.transfer-source-active";
  const records = () => readRecords(rule, "fail");

  it("reports an active source enrolment that is the dataset's first record", () => {
    const [person, source, ...rest] = records();
    const findings = findingsOf([rule], [source!, person!, ...rest], fixtureContext(rule));
    expect(findings.filter((finding) => finding.id === "430100-T-000001")).toEqual([
      { ruleId: rule, id: "430100-T-000001", pointer: "/from/enrolmentId", params: { enrolmentId: "430200-E-000001", contributionStatus: "1" }, severity: undefined },
    ]);
  });

  it("leaves a source id that names a record of another type to dataset.unresolved-reference, an error even with lenient references", () => {
    const rows = records();
    const transfer = rows[4]!;
    rows[4] = { ...transfer, from: { ...(transfer["from"] as Row), enrolmentId: "430100-P-000001" } };
    const context = { ...fixtureContext(rule), lenientReferences: true };
    const findings = findingsOf([rule, "dataset.unresolved-reference"], rows, context).filter((finding) => finding.id === "430100-T-000001");
    expect(findings).toEqual([
      {
        ruleId: "dataset.unresolved-reference",
        id: "430100-T-000001",
        pointer: "/from/enrolmentId",
        params: { field: "/from/enrolmentId", reference: "430100-P-000001", expectedType: "enrolment", "problem.zh": "是person记录", "problem.en": "is a person record" },
        severity: undefined,
      },
    ]);
  });
});

describe("dataset.contribution-month-twice", () => {
  const rule = "dataset.contribution-month-twice";
  const [person, enrolment] = readRecords(rule, "pass") as [Row, Row];
  const paid2020 = [{ year: 2020, months: 12, monthlyBase: 600000, individualAmount: 576000, employerAmount: 1152000 }];
  const personNumbered = (n: number): Row => ({ ...person, id: `430100-P-0009${String(n).padStart(2, "0")}`, idNumber: idNumbers[n]! });
  // Valid identity numbers of ten people born on different days.
  const idNumbers = ["430102199003071234", "430102199105081230", "430102194801011225", "430102195002021237", "430302197001010018", "43010219850512002X", "430302201006150027", "430302196001011112", "430302196102021221", "430302196203031314", "430302196304041423"];
  const enrolmentOf = (personId: string, id: string, scheme: string): Row => ({ ...enrolment, id, personId, scheme, period: { start: "2019-01-01" }, contributions: paid2020 });

  it("does not take one person's medical and unemployment months for a month paid twice", () => {
    const one = personNumbered(0);
    const records = [one, enrolmentOf(one["id"] as string, "430100-E-000901", "medical.employee"), enrolmentOf(one["id"] as string, "430100-E-000902", "unemployment")];
    expect(findingsOf([rule], records, fixtureContext(rule))).toEqual([]);
  });

  it("does not take two people's months for one person's, wherever they stand in the dataset", () => {
    // Eleven people; the first and the second pay long-term care and pension, the first and the eleventh medical and pension, in the same months.
    const people = idNumbers.map((_, n) => personNumbered(n));
    const idOf = (n: number) => people[n]!["id"] as string;
    const records = [
      ...people,
      enrolmentOf(idOf(0), "430100-E-000901", "longTermCare"),
      enrolmentOf(idOf(1), "430100-E-000902", "pension.employee"),
      enrolmentOf(idOf(0), "430100-E-000903", "medical.employee"),
      enrolmentOf(idOf(10), "430100-E-000904", "pension.employee"),
    ];
    expect(findingsOf([rule], records, fixtureContext(rule))).toEqual([]);
  });

  it("counts months shared in two stretches and names the first month of the first", () => {
    const one = personNumbered(0);
    const id = one["id"] as string;
    const year = (paidMonths: string) => [{ year: 2020, months: [...paidMonths].filter((c) => c === "1").length, monthlyBase: 600000, individualAmount: 48000, employerAmount: 96000, paidMonths }];
    const records = [
      one,
      { ...enrolmentOf(id, "430100-E-000901", "pension.employee"), contributions: year("110000110000") },
      { ...enrolmentOf(id, "430200-E-000902", "pension.employee"), city: "430200", contributions: year("011000011000") },
    ];
    expect(findingsOf([rule], records, fixtureContext(rule)).map((finding) => [finding.id, finding.params["months"], finding.params["firstMonth"]])).toEqual([["430200-E-000902", 2, "2020-02"]]);
  });
});

describe("dataset.institution-over-capacity", () => {
  const rule = "dataset.institution-over-capacity";
  const [home, ...rest] = readRecords(rule, "fail") as Row[];
  const people = rest.filter((record) => record["recordType"] === "person");
  const template = rest.find((record) => record["recordType"] === "assistance")!;
  const stay = (n: number, admitted: string, left?: string): Row => ({
    ...template,
    id: `430100-A-00090${n}`,
    personId: people[n]!["id"],
    caseStatus: "terminated",
    dates: { applied: "2020-01-05", approved: "2020-01-10", terminated: left ?? "2024-12-31" },
    institution: { organisationId: home!["id"], admitted, ...(left ? { left } : {}) },
  });

  it("frees a bed at each departure: one after another, three residents fit one bed", () => {
    const records = [{ ...home!, capacity: 1 }, ...people, stay(0, "2021-01-01", "2021-12-31"), stay(1, "2022-01-01", "2022-12-31"), stay(2, "2023-01-01", "2023-12-31")];
    expect(findingsOf([rule], records, fixtureContext(rule))).toEqual([]);
  });

  it("reports every resident of an institution with no beds", () => {
    const records = [{ ...home!, capacity: 0 }, ...people, stay(0, "2021-01-01", "2021-12-31")];
    expect(findingsOf([rule], records, fixtureContext(rule))).toEqual([
      { ruleId: rule, id: "430100-A-000900", pointer: "/institution/organisationId", params: { date: "2021-01-01", organisationId: home!["id"], residents: 1, capacity: 0 }, severity: undefined },
    ]);
  });
});

describe("dataset.assisted-without-medical-enrolment", () => {
  const rule = "dataset.assisted-without-medical-enrolment";
  const rows = readRecords(rule, "fail");
  const caseOf = (id: string) => rows.find((record) => record["id"] === id)!;
  const reported = (records: readonly Row[]) => findingsOf([rule], records, fixtureContext(rule)).map((finding) => [finding.id, finding.pointer]);
  // 430100-P-000001 has no basic medical enrolment in force on the as-of day (2025-07-01).
  const uninsured = caseOf("430100-A-000001");

  it("reports a case terminated on the as-of day, not one terminated the day before", () => {
    const lastDay = { ...uninsured, dates: { applied: "2025-01-05", approved: "2025-02-01", terminated: "2025-07-01" } };
    expect(reported([...rows.slice(0, 8), lastDay])).toEqual([["430100-A-000001", "/personId"]]);
    const before = { ...uninsured, dates: { applied: "2025-01-05", approved: "2025-02-01", terminated: "2025-06-30" } };
    expect(reported([...rows.slice(0, 8), before])).toEqual([]);
  });

  it("checks the head of a household that lists no members, when the case names no beneficiary", () => {
    const { personId: _, ...withoutBeneficiary } = uninsured;
    const headOnly = { ...withoutBeneficiary, household: { householdId: "430100-H-000001", headPersonId: "430100-P-000001", size: 1 } };
    expect(reported([...rows.slice(0, 8), headOnly])).toEqual([["430100-A-000001", "/household/headPersonId"]]);
  });

  it("leaves a beneficiary the dataset does not hold to dataset.unresolved-reference", () => {
    const stranger = { ...uninsured, personId: "430100-P-000099" };
    expect(findingsOf([rule, "dataset.unresolved-reference"], [...rows.slice(0, 8), stranger], fixtureContext(rule)).map((finding) => [finding.ruleId, finding.pointer])).toEqual([
      ["dataset.unresolved-reference", "/personId"],
    ]);
  });
});

describe("dataset.unemployment-benefit-while-employed", () => {
  const rule = "dataset.unemployment-benefit-while-employed";
  const rows = readRecords(rule, "fail");
  const recordOf = (id: string) => rows.find((record) => record["id"] === id)!;
  // 赵磊: an open unemployment enrolment since 2024-04-01 whose employer paid April–June 2024.
  const person = recordOf("430300-P-000306");
  const job = recordOf("430300-E-000361");
  const benefit = recordOf("430300-B-000361");
  const year = (y: number, paidMonths: string) => {
    const months = [...paidMonths].filter((c) => c === "1").length;
    return { year: y, months, monthlyBase: 600000, individualAmount: 6000 * months, employerAmount: 4800 * months, paidMonths };
  };
  const withJob = (period: Row, contributions: readonly Row[] | undefined) => {
    const { contributions: _, ...rest } = job;
    return contributions === undefined ? { ...rest, period } : { ...rest, period, contributions };
  };
  const over = (period: Row) => ({ ...benefit, period });
  const openBenefit = (start: string) => {
    const { endReason: _, ...rest } = benefit;
    return { ...rest, status: "inPayment", period: { start } };
  };
  const reported = (enrolment: Row, paid: Row) => findingsOf([rule], [person, enrolment, paid], fixtureContext(rule)).map((finding) => finding.id);

  it("reports a benefit that touches a paid month, and not one that ends the day before the first", () => {
    const paidFromApril = withJob({ start: "2024-01-01" }, [year(2024, "000111000000")]);
    expect(reported(paidFromApril, over({ start: "2024-01-01", end: "2024-03-31" }))).toEqual([]);
    expect(reported(paidFromApril, over({ start: "2024-01-01", end: "2024-04-01" }))).toEqual(["430300-B-000361"]);
    // From the last day of the last month paid, and from the next day.
    expect(reported(paidFromApril, over({ start: "2024-06-30", end: "2024-09-30" }))).toEqual(["430300-B-000361"]);
    expect(reported(paidFromApril, over({ start: "2024-07-01", end: "2024-09-30" }))).toEqual([]);
  });

  it("judges a benefit still in payment (no end) by its first month", () => {
    const paidFromApril = withJob({ start: "2024-01-01" }, [year(2024, "000111000000")]);
    expect(reported(paidFromApril, openBenefit("2024-06-15"))).toEqual(["430300-B-000361"]);
    expect(reported(paidFromApril, openBenefit("2024-07-01"))).toEqual([]);
    expect(reported(paidFromApril, openBenefit("2024-02-01"))).toEqual(["430300-B-000361"]);
  });

  it("does not report a benefit that falls in a gap of the months paid, nor in a year the contributions do not list", () => {
    const gap = withJob({ start: "2023-01-01" }, [year(2023, "111111111111"), year(2024, "110000111111"), year(2025, "111100000000")]);
    expect(reported(gap, over({ start: "2024-03-01", end: "2024-06-30" }))).toEqual([]);
    expect(reported(gap, over({ start: "2024-03-01", end: "2024-07-10" }))).toEqual(["430300-B-000361"]);
    const stopped = withJob({ start: "2022-01-01" }, [year(2022, "111111111111")]);
    expect(reported(stopped, over({ start: "2024-01-01", end: "2024-12-31" }))).toEqual([]);
  });

  it("still needs the days to overlap when the months do", () => {
    // The employer paid March for a job that ended on 14 March; the benefit starts on the 15th.
    const endedMidMonth = withJob({ start: "2024-01-01", end: "2024-03-14" }, [year(2024, "111000000000")]);
    expect(reported(endedMidMonth, over({ start: "2024-03-15", end: "2024-09-14" }))).toEqual([]);
    expect(reported(endedMidMonth, over({ start: "2024-03-14", end: "2024-09-14" }))).toEqual(["430300-B-000361"]);
  });

  it("judges by the periods where the months paid are not all known: no contributions, deemed years only, a year of unknown months", () => {
    const period = { start: "2022-01-01" };
    const during = over({ start: "2024-04-01", end: "2024-09-30" });
    expect(reported(withJob(period, undefined), during)).toEqual(["430300-B-000361"]);
    expect(reported(withJob(period, []), during)).toEqual(["430300-B-000361"]);
    const deemed = { year: 2021, months: 12, monthlyBase: 0, individualAmount: 0, employerAmount: 0, kind: "deemed" };
    expect(reported(withJob(period, [deemed]), during)).toEqual(["430300-B-000361"]);
    // 2022 paid in full, but which five months of 2023 is unknown: the ranges leave 2023 out, so they are not all it paid.
    const unknownYear = { year: 2023, months: 5, monthlyBase: 600000, individualAmount: 30000, employerAmount: 24000 };
    expect(reported(withJob(period, [year(2022, "111111111111"), unknownYear]), during)).toEqual(["430300-B-000361"]);
    // Deemed years beside known ones do not make the months unknown.
    expect(reported(withJob(period, [deemed, year(2022, "111111111111")]), during)).toEqual([]);
  });

  it("takes a 12-month year and a year of as many months as the period covers for known months", () => {
    const fullYear = { year: 2023, months: 12, monthlyBase: 600000, individualAmount: 72000, employerAmount: 57600 };
    expect(reported(withJob({ start: "2023-01-01" }, [fullYear]), over({ start: "2024-04-01", end: "2024-09-30" }))).toEqual([]);
    // Enrolled from 1 October 2022: three months that year are October to December; two are unknown ones.
    const quarter = (months: number) => ({ year: 2022, months, monthlyBase: 600000, individualAmount: 6000 * months, employerAmount: 4800 * months });
    expect(reported(withJob({ start: "2022-10-01" }, [quarter(3)]), over({ start: "2023-04-01", end: "2023-09-30" }))).toEqual([]);
    expect(reported(withJob({ start: "2022-10-01" }, [quarter(2)]), over({ start: "2023-04-01", end: "2023-09-30" }))).toEqual(["430300-B-000361"]);
  });
});
