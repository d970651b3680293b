import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { codeListPointers, codeLists } from "@czt/schemas";
import { describe, expect, it } from "vitest";
import { createValidator } from "../../src/index.js";
import type { Params, RecordType } from "../../src/rule.js";
import {
  type CodeListPointersLike,
  type CodeListsLike,
  checkCodeStatus,
  codeNotActiveRule,
  compileCodeStatusTable,
  isDayAfter,
} from "../../src/rules/code-not-active.js";
import { readRecords } from "./fixture-runner.js";

const repository = join(dirname(fileURLToPath(import.meta.url)), "../../../..");

interface Hit {
  pointer: string;
  params: Params;
}

function hitsOf(check: (emit: (pointer: string, params: Params) => void) => void): Hit[] {
  const hits: Hit[] = [];
  check((pointer, params) => hits.push({ pointer, params }));
  return hits;
}

const enrolment = (scheme: string, start: string) => ({ ...readRecords("code.not-active", "fail")[0]!, scheme, period: { start } });
const ruleHits = (record: Record<string, unknown>, asOf = "2025-07-01") => hitsOf((emit) => codeNotActiveRule.check(record, { asOf, schemaVersion: "1.0", parameters: {} }, emit));

describe("code.not-active on the standard's lists", () => {
  it("watches exactly the coded fields whose list has a deprecated or retired entry", () => {
    const table = compileCodeStatusTable(codeListPointers, codeLists as unknown as CodeListsLike);
    for (const [type, pointers] of Object.entries(codeListPointers) as [RecordType, Record<string, string>][]) {
      const expected = Object.entries(pointers)
        .filter(([, list]) => (codeLists as unknown as CodeListsLike)[list]!.codes.some((entry) => entry.status !== "active"))
        .map(([pointer]) => pointer);
      expect(table[type].map((field) => `/${field.segments.join("/")}`), type).toEqual(expected);
    }
    const scheme = table.enrolment.find((field) => field.segments.join("/") === "scheme")!;
    expect(scheme.nonActive.get("maternity")).toEqual({
      status: "deprecated",
      until: "2019-12-31",
      named: { "code.zh": "maternity（生育保险）", "code.en": "maternity (Maternity insurance)" },
    });
    expect(scheme.nonActive.get("medical.nrcms")).toMatchObject({ status: "deprecated", until: null });
    expect(scheme.nonActive.has("medical.resident")).toBe(false);
  });

  it("flags maternity insurance from the day after its until date, not a historic enrolment", () => {
    expect(ruleHits(enrolment("maternity", "2019-12-31"))).toEqual([]);
    expect(ruleHits(enrolment("maternity", "2011-05-01"))).toEqual([]);
    expect(ruleHits(enrolment("maternity", "2020-01-01"))).toEqual([
      {
        pointer: "/scheme",
        params: {
          code: "maternity",
          "code.zh": "maternity（生育保险）",
          "code.en": "maternity (Maternity insurance)",
          list: "insuranceScheme",
          status: "deprecated",
          "status.zh": "弃用",
          "status.en": "deprecated",
          until: "2019-12-31",
          "cutoff.zh": "代码表所列截止日期",
          "cutoff.en": "its until date in the list",
          date: "2020-01-01",
          dateField: "/period/start",
        },
      },
    ]);
  });

  it("uses the as-of date for a code the list gives no until date (新农合)", () => {
    expect(ruleHits(enrolment("medical.nrcms", "2018-03-01"), "2025-07-01")).toEqual([]);
    expect(ruleHits(enrolment("medical.nrcms", "2025-07-01"), "2025-07-01")).toEqual([]);
    expect(ruleHits(enrolment("medical.nrcms", "2018-03-01"), "2018-02-28")).toMatchObject([{ pointer: "/scheme", params: { until: "2018-02-28", "cutoff.en": "the list gives no until date: the as-of date" } }]);
  });

  it("renders a warning through the validator, in both languages", () => {
    const validator = createValidator({ asOf: "2025-07-01" });
    const findings = validator.validateRecord(enrolment("maternity", "2021-03-01"));
    expect(findings.map((finding) => [finding.ruleId, finding.severity, finding.pointer])).toEqual([["code.not-active", "warning", "/scheme"]]);
    expect(createValidator({ asOf: "2025-07-01", lang: "zh" }).validateRecord(enrolment("maternity", "2021-03-01"))[0]!.message).toMatch(/^代码表 insuranceScheme 的代码 maternity（生育保险） 已弃用/);
    expect(findings[0]!.message).toBe("insuranceScheme code maternity (Maternity insurance) is deprecated and not for new data after 2019-12-31 (its until date in the list); this record's date /period/start is 2021-03-01");
  });

  it("leaves the example exports' terminated maternity and 新农合 enrolments alone", () => {
    const records: Record<string, unknown>[] = [];
    let asOf = "";
    for (const city of ["changsha", "zhuzhou", "xiangtan"]) {
      for (const line of readFileSync(join(repository, "examples/jsonl", `${city}.jsonl`), "utf8").split("\n")) {
        if (line.trim() === "") continue;
        const value = JSON.parse(line) as Record<string, unknown>;
        if (value["recordType"] === "header") asOf = value["asOf"] as string;
        else records.push(value);
      }
    }
    const historic = records.filter((record) => record["scheme"] === "maternity" || record["scheme"] === "medical.nrcms");
    expect(historic.length).toBeGreaterThanOrEqual(2);
    expect(records.flatMap((record) => ruleHits(record, asOf))).toEqual([]);
  });
});

describe("code.not-active on any list (a made-up release that retires codes)", () => {
  const lists: CodeListsLike = {
    assistanceProgramme: { codes: [{ code: "dibao.urban", status: "active" }, { code: "dibao.marginal", status: "retired", until: "2022-12-31" }] },
    transferKind: { codes: [{ code: "pension.employee.intercity", status: "active" }, { code: "pension.link.employeeToResident", status: "deprecated", until: "2023-06-30" }] },
    documentType: { codes: [{ code: "passport", status: "active" }, { code: "hmTravelPermit", status: "retired", until: "2020-12-31" }] },
    sex: { codes: [{ code: "1", status: "active" }] },
  };
  const pointers: CodeListPointersLike = {
    person: { "/sex": "sex", "/documents/*/type": "documentType", "/household/members/*/documents/*/type": "documentType" },
    enrolment: {},
    transfer: { "/kind": "transferKind" },
    assistance: { "/programme": "assistanceProgramme" },
    benefit: {},
    medicalRegistration: {},
    medicalSettlement: {},
    // A list this release does not have.
    organisation: { "/kind": "organisationKind" },
  };
  const run = (record: Record<string, unknown>) => hitsOf((emit) => checkCodeStatus(compileCodeStatusTable(pointers, lists), record, "2025-07-01", emit));

  it("leaves out lists without a non-active entry, and lists the release does not have", () => {
    const table = compileCodeStatusTable(pointers, lists);
    expect(table.person.map((field) => field.list)).toEqual(["documentType", "documentType"]);
    expect(table.enrolment).toEqual([]);
    expect(table.organisation).toEqual([]);
  });

  it("dates an assistance case by its application", () => {
    const aid = (applied: string) => ({ recordType: "assistance", programme: "dibao.marginal", dates: { applied } });
    expect(run(aid("2022-12-31"))).toEqual([]);
    expect(run(aid("2023-01-01"))).toMatchObject([{ pointer: "/programme", params: { code: "dibao.marginal", status: "retired", "status.zh": "停用", dateField: "/dates/applied" } }]);
    expect(run({ ...aid("2024-01-01"), programme: "dibao.urban" })).toEqual([]);
  });

  it("dates a transfer by its first step, by the date written in the timestamp", () => {
    const transfer = (...ats: string[]) => ({ recordType: "transfer", kind: "pension.link.employeeToResident", steps: ats.map((at) => ({ status: "requested", at })) });
    expect(run(transfer("2023-06-30T23:30:00+08:00", "2023-08-01T10:00:00+08:00"))).toEqual([]);
    expect(run(transfer("2023-07-01T00:10:00+08:00"))).toMatchObject([{ pointer: "/kind", params: { date: "2023-07-01", dateField: "/steps/0/at", until: "2023-06-30" } }]);
  });

  it("dates a person by the last update and points at the array item", () => {
    const person = { recordType: "person", sex: "1", meta: { lastUpdated: "2021-01-05T09:00:00+08:00" }, documents: [{ type: "passport" }, { type: "hmTravelPermit" }] };
    expect(run(person)).toMatchObject([{ pointer: "/documents/1/type", params: { code: "hmTravelPermit", list: "documentType" } }]);
    expect(run({ ...person, meta: { lastUpdated: "2020-12-31T23:59:59+08:00" } })).toEqual([]);
  });

  it("points at the items of arrays within arrays, past members without the field", () => {
    const person = {
      recordType: "person",
      sex: "1",
      meta: { lastUpdated: "2021-01-05T09:00:00+08:00" },
      household: { members: [{ documents: [{ type: "passport" }] }, { name: "无证件" }, { documents: [{ type: "passport" }, { type: "hmTravelPermit" }] }] },
    };
    expect(run(person).map((hit) => hit.pointer)).toEqual(["/household/members/2/documents/1/type"]);
    // A person without documents or household has nothing to report.
    expect(run({ recordType: "person", sex: "1", meta: { lastUpdated: "2021-01-05T09:00:00+08:00" } })).toEqual([]);
  });
});

describe("isDayAfter", () => {
  it("compares the calendar day of a date or date-time", () => {
    expect(isDayAfter("2020-01-01", "2019-12-31")).toBe(true);
    expect(isDayAfter("2019-12-31", "2019-12-31")).toBe(false);
    expect(isDayAfter("2019-12-31T23:59:59+08:00", "2019-12-31")).toBe(false);
    expect(isDayAfter("2020-01-01T00:00:00Z", "2019-12-31")).toBe(true);
    expect(isDayAfter("2019-06-30", "2019-12-31")).toBe(false);
  });
});
