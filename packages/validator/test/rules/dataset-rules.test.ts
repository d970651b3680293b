import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DatasetIndex } from "../../src/dataset/dataset-index.js";
import { extractIndexEntry } from "../../src/dataset/index-entry.js";
import type { Parameters } from "../../src/parameters.js";
import type { RuleContext } from "../../src/rule.js";
import { datasetRules } from "../../src/rules/index.js";
import { fixtureAsOf, readRecords, runRules } from "./fixture-runner.js";

const runs = Number(process.env["CZT_FC_RUNS"] ?? 100);

function context(extra: Partial<RuleContext> = {}): RuleContext {
  return { asOf: fixtureAsOf, schemaVersion: "1.0", parameters: {}, ...extra };
}

function datasetFindings(index: DatasetIndex, ctx: RuleContext = context()) {
  const out: { ruleId: string; handle: number; pointer: string; severity?: string }[] = [];
  for (const rule of datasetRules) {
    rule.check(index, ctx, (handle, pointer, _params, severity) => out.push({ ruleId: rule.id, handle, pointer, ...(severity ? { severity } : {}) }));
  }
  return out;
}

describe("dataset index", () => {
  it("builds entries that survive structured cloning (worker threads) and give the same findings", () => {
    for (const ruleId of ["dataset.dibao-two-cities", "dataset.transfer-source-active", "dataset.flat-benefit", "dataset.person-conflict"]) {
      const records = readRecords(ruleId, "fail");
      const direct = new DatasetIndex();
      const cloned = new DatasetIndex();
      records.forEach((record, handle) => {
        direct.add(record, handle);
        const entry = extractIndexEntry(record);
        expect(entry).toBeDefined();
        cloned.addEntry(structuredClone(entry)!, handle);
      });
      expect(datasetFindings(cloned)).toEqual(datasetFindings(direct));
      expect(datasetFindings(direct).length).toBeGreaterThan(0);
    }
  });

  it("reports through the engine's handles, not its own slots", () => {
    const index = new DatasetIndex();
    readRecords("dataset.duplicate-record-id", "fail").forEach((record, i) => {
      index.add(record, 100 + i * 7);
    });
    expect(datasetFindings(index)).toEqual([
      { ruleId: "dataset.duplicate-record-id", handle: 100, pointer: "/id" },
      { ruleId: "dataset.duplicate-record-id", handle: 107, pointer: "/id" },
    ]);
  });

  it("reports only the records that share an id, not a record with its own id beside them", () => {
    const index = new DatasetIndex();
    const [first, second] = readRecords("dataset.duplicate-record-id", "fail");
    const unique = readRecords("dataset.duplicate-record-id", "pass")[1]!;
    [first!, unique, second!].forEach((record, handle) => {
      index.add(record, handle);
    });
    expect(datasetFindings(index).filter((finding) => finding.ruleId === "dataset.duplicate-record-id")).toEqual([
      { ruleId: "dataset.duplicate-record-id", handle: 0, pointer: "/id" },
      { ruleId: "dataset.duplicate-record-id", handle: 2, pointer: "/id" },
    ]);
  });

  it("leave a terminated enrolment without an end date out of the overlap checks (when it stopped is unknown)", () => {
    const records = readRecords("dataset.duplicate-enrolment", "fail");
    const terminated = readRecords("dataset.duplicate-enrolment", "pass")[1]!["contributionStatus"];
    const overlapping = (findings: { ruleId: string }[]) => findings.filter((f) => f.ruleId === "dataset.duplicate-enrolment").length;
    expect(overlapping(runRules(records, context(), true))).toBeGreaterThan(0);
    records[1]!["contributionStatus"] = terminated;
    expect(overlapping(runRules(records, context(), true))).toBe(0);
    // With an end date it is in: ending 2022-06-30, it overlaps the enrolment from 2022-01-01.
    records[1]!["period"] = { start: "2020-01-01", end: "2022-06-30" };
    expect(overlapping(runRules(records, context(), true))).toBeGreaterThan(0);
  });

  it("count a 特困 case approved on the day a 低保 case is terminated as overlapping it, the next day not", () => {
    const records = readRecords("dataset.tekun-and-dibao", "pass");
    const reported = () => runRules(records, context(), true).filter((f) => f.ruleId === "dataset.tekun-and-dibao").length;
    expect(reported()).toBe(0);
    (records[2]!["dates"] as Record<string, string>)["approved"] = "2025-01-31";
    expect(reported()).toBe(1);
  });

  it("ignores values that are not records", () => {
    const index = new DatasetIndex();
    index.add({ recordType: "header" }, 0);
    expect(index.size).toBe(0);
  });
});

describe("references", () => {
  it("become info findings saying 'external' with lenient references; one naming a record of the wrong type stays an error", () => {
    const records = readRecords("dataset.unresolved-reference", "fail");
    const findings = runRules(records, context({ lenientReferences: true }), true, "dataset.unresolved-reference").filter((f) => f.ruleId === "dataset.unresolved-reference");
    const external = { "problem.zh": "不在本数据集中，按 --lenient-references 视为外部记录", "problem.en": "is not in the dataset: taken as external (lenient references)" };
    const seen = (severity: string | undefined) => findings.filter((f) => f.severity === severity).map((f) => [f.pointer, f.params["reference"], f.params["problem.en"]]);
    expect(seen("info")).toEqual(
      [
        ["/personId", "430100-P-000404"],
        ["/organisationId", "430100-O-000404"],
        ["/from/enrolmentId", "430200-E-000404"],
        ["/household/headPersonId", "430100-P-000405"],
        ["/household/members/0/personId", "430100-P-000405"],
        ["/household/members/2/personId", "430100-P-000406"],
        ["/personId", "430100-P-000407"],
        ["/charity/organisationId", "430100-O-000404"],
        ["/enrolmentId", "430100-E-000404"],
      ].map((finding) => [...finding, external["problem.en"]]),
    );
    expect(findings.filter((f) => f.severity === "info").every((f) => f.params["problem.zh"] === external["problem.zh"])).toBe(true);
    expect(seen(undefined)).toEqual([
      ["/organisationId", "430100-P-000001", "is a person record"],
      ["/to/enrolmentId", "430100-A-000001", "is an assistance record"],
      ["/household/members/3/personId", "430100-O-000001", "is an organisation record"],
      ["/institution/organisationId", "430100-P-000001", "is a person record"],
      ["/enrolmentId", "430100-D-000003", "is a donation record"],
      ["/registrationId", "430100-E-000001", "is an enrolment record"],
    ]);
  });

  it("must point to a record of the right type", () => {
    const records = readRecords("dataset.unresolved-reference", "pass");
    const enrolment = records[1]!;
    const second = { ...enrolment, id: "430100-E-000002", personId: "430100-E-000001" };
    const findings = runRules([...records, second], context(), true);
    expect(findings).toMatchObject([{ ruleId: "dataset.unresolved-reference", record: 2, params: { expectedType: "person", "problem.en": "is an enrolment record" } }]);
  });
});

describe("persons across cities", () => {
  it("point a death recorded in one city only at /deathDate in 1.0 data, at /vitalStatus in 1.1 data", () => {
    const records = readRecords("dataset.death-in-one-city", "fail");
    const pointers = (schemaVersion: RuleContext["schemaVersion"]) =>
      runRules(records, context({ schemaVersion }), true)
        .filter((f) => f.ruleId === "dataset.death-in-one-city")
        .map((f) => [f.record, f.pointer]);
    expect(pointers("1.0")).toEqual([
      [1, "/deathDate"],
      [3, "/deathDate"],
    ]);
    expect(pointers("1.1")).toEqual([
      [1, "/vitalStatus"],
      [3, "/vitalStatus"],
    ]);
  });

  it("compare sex and birth date too, and name the fields that differ", () => {
    const [first, second] = readRecords("dataset.person-conflict", "pass") as [Record<string, unknown>, Record<string, unknown>];
    const findings = runRules([first, { ...second, sex: "2", birthDate: "1990-03-08" }], context(), true).filter((f) => f.ruleId.startsWith("dataset."));
    expect(findings).toMatchObject([{ ruleId: "dataset.person-conflict", params: { fields: "sex, birthDate", city: "430200", otherCity: "430100" } }]);
  });
});

describe("payments after a death", () => {
  it("count a benefit's payments too, not those of a grant paid because of the death", () => {
    const records = readRecords("dataset.payment-after-death", "pass");
    const pensionAt = records.findIndex((r) => r["benefitType"] === "pension.employee");
    const pension = records[pensionAt] as { payments: Record<string, unknown>[] };
    // April's pension paid and kept (not returned), the month after the death in March; the funeral grant is paid in April too.
    const kept = { ...pension, payments: pension.payments.map(({ status: _status, ...payment }) => payment) };
    const withKept = records.map((record, i) => (i === pensionAt ? kept : record));
    const findings = runRules(withKept, context(), true).filter((f) => f.ruleId === "dataset.payment-after-death");
    expect(findings).toEqual([
      { ruleId: "dataset.payment-after-death", record: pensionAt, pointer: "/payments/2/month", params: { month: "2025-04", deathDate: "2025-03-02", deathRecordId: "430200-P-000001" } },
    ]);
  });
});

describe("assistance exclusivity", () => {
  it("follows covered household members, not uncovered ones", () => {
    const records = readRecords("dataset.tekun-and-dibao", "fail");
    const [person, dibao, tekun] = records as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
    const other = { ...person, id: "430100-P-000002", idNumber: "430211198512310042", name: "李四", sex: "2", birthDate: "1985-12-31" };
    // coveredMembers and the benefit follow the members marked covered, so only the exclusivity rule can speak.
    const household = (covered: boolean) => ({
      ...dibao,
      personId: "430100-P-000002",
      coveredMembers: covered ? 2 : 1,
      benefitAmount: covered ? 90000 : 45000,
      household: {
        householdId: "H-1",
        headPersonId: "430100-P-000002",
        size: 2,
        members: [
          { personId: "430100-P-000002", relationToHead: "02", covered: true },
          { personId: "430100-P-000001", relationToHead: "10", covered },
        ],
      },
    });
    const ruleIds = (covered: boolean) => runRules([person, other, household(covered), tekun], context(), true).map((f) => f.ruleId);
    expect(ruleIds(true)).toEqual(["dataset.tekun-and-dibao"]);
    expect(ruleIds(false)).toEqual([]);
  });

  it("takes the flat-benefit threshold from the parameters", () => {
    const records = readRecords("dataset.flat-benefit", "fail");
    const withThreshold = (minHouseholds: number): Parameters => ({ flatBenefit: { minHouseholds } });
    expect(runRules(records, context({ parameters: withThreshold(6) }), true)).toEqual([]);
    const findings = runRules(records, context({ parameters: withThreshold(5) }), true);
    // Four groups of five in Changsha: 35 000 per member with two incomes, 40 000 with two incomes and two
    // tiers, 45 000 (低保 urban) with four incomes, 45 000 (低保 rural) spread over two tiers.
    const group = (f: (typeof findings)[number]) => `${f.params["programme"]} ${f.params["benefitPerMember"]} ${f.params["distinctIncomes"]}/${f.params["distinctTiers"]}`;
    const groups: Record<string, number> = {};
    for (const f of findings) groups[group(f)] = (groups[group(f)] ?? 0) + 1;
    expect(groups).toEqual({ "dibao.urban 35000 2/0": 5, "dibao.urban 40000 2/2": 5, "dibao.urban 45000 4/0": 5, "dibao.rural 45000 0/2": 5 });
    expect(findings.every((f) => f.params["households"] === 5 && f.params["city"] === "430100")).toBe(true);
  });
});

describe("overlapping enrolments", () => {
  const schemes = ["medical.employee", "medical.resident", "medical.nrcms", "pension.employee", "pension.resident"] as const;
  const family = (scheme: string) => scheme.split(".")[0];
  const employeeMedical = (a: string, b: string) => family(a) === "medical" && a !== b && (a === "medical.employee" || b === "medical.employee");
  const enrolmentArb = fc.record({
    person: fc.integer({ min: 0, max: 2 }),
    scheme: fc.constantFrom(...schemes),
    start: fc.integer({ min: 0, max: 60 }),
    length: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  });
  const day = (n: number) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);

  it("finds exactly the enrolments that overlap an earlier one of the person's family (brute force agrees)", () => {
    fc.assert(
      fc.property(fc.array(enrolmentArb, { maxLength: 12 }), (list) => {
        const index = new DatasetIndex();
        list.forEach((e, i) => {
          const period = e.length === undefined ? { start: day(e.start) } : { start: day(e.start), end: day(e.start + e.length) };
          index.add({ recordType: "enrolment", id: `E-${i}`, personId: `P-${e.person}`, scheme: e.scheme, city: "430100", contributionStatus: "1", period, meta: { lastUpdated: "2025-01-01T00:00:00+08:00" }, agency: { creditCode: "12430000444876548X", division: "430102", department: "hrss" } }, i);
        });
        const flagged = (ruleId: string) => [...new Set(datasetFindings(index).filter((f) => f.ruleId === ruleId).map((f) => f.handle))].sort((a, b) => a - b);
        const end = (e: (typeof list)[number]) => (e.length === undefined ? Number.POSITIVE_INFINITY : e.start + e.length);
        // The sweep visits a group in (start, input order); "earlier" means before in that order.
        const before = (j: number, i: number) => list[j]!.start < list[i]!.start || (list[j]!.start === list[i]!.start && j < i);
        const expected = (medical: boolean) =>
          list
            .map((e, i) => ({ e, i }))
            .filter(({ e, i }) =>
              list.some((o, j) => j !== i && before(j, i) && o.person === e.person && family(o.scheme) === family(e.scheme) && end(o) >= e.start && employeeMedical(o.scheme, e.scheme) === medical),
            )
            .map(({ i }) => i);
        expect(flagged("dataset.duplicate-enrolment")).toEqual(expected(false));
        expect(flagged("dataset.overlapping-medical")).toEqual(expected(true));
      }),
      { numRuns: runs },
    );
  });
});

describe("the city of a person record", () => {
  it("is the export's city when the reader knows it, else the source agency's", () => {
    const [first, second] = readRecords("dataset.duplicate-person", "fail") as [Record<string, unknown>, Record<string, unknown>];
    const index = new DatasetIndex();
    index.add(first, 0);
    // Same agency division (长沙), but read from 株洲's export: a cross-city pair, not a duplicate.
    index.add(second, 1, { city: "430200" });
    expect(datasetFindings(index)).toEqual([]);
    const sameCity = new DatasetIndex();
    sameCity.add(first, 0);
    sameCity.add(second, 1);
    expect(datasetFindings(sameCity).map((f) => f.ruleId)).toEqual(["dataset.duplicate-person"]);
  });
});
