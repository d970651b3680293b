import { type RecordType, recordSchemaIds, schemas, sensitivePointers } from "@czt/schemas";
import { describe, expect, it } from "vitest";
import { makeFinding } from "../src/finding-factory.js";
import { createValidator, ruleById, rules } from "../src/index.js";
import type { Finding, RecordRule } from "../src/rule.js";
import { buildFieldMap } from "../src/schema/field-map.js";
import { fixtureContext, fixtureDirs, readRecords } from "./rules/fixture-runner.js";
import { person } from "./support/records.js";

/** Every value of a record at the sensitive pointer templates of its type (`*` expanded). */
function sensitiveValues(record: Record<string, unknown>): unknown[] {
  const templates = Object.keys(sensitivePointers[record["recordType"] as RecordType] ?? {});
  const values: unknown[] = [];
  const walk = (node: unknown, segments: readonly string[]): void => {
    if (segments.length === 0) {
      if (node !== undefined) values.push(node);
      return;
    }
    const [head, ...rest] = segments;
    if (head === "*") {
      if (Array.isArray(node)) for (const item of node) walk(item, rest);
    } else if (typeof node === "object" && node !== null) walk((node as Record<string, unknown>)[head!], rest);
  };
  for (const template of templates) walk(record, template.slice(1).split("/"));
  return values;
}

/** Whether `text` shows `value` as a whole token (a number not inside a longer number). */
function shows(text: string, value: unknown): boolean {
  const shown = String(value);
  if (shown.length < 2) return false;
  const escaped = shown.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![0-9A-Za-z])${escaped}(?![0-9A-Za-z])`).test(text);
}

const demoAssistance = {
  recordType: "assistance",
  id: "430200-A-000001",
  programme: "dibao.rural",
  household: {
    householdId: "430225-H-000318",
    headPersonId: "430200-P-000003",
    size: 3,
    members: [
      { personId: "430200-P-000003", relationToHead: "02", covered: true },
      { personId: "430200-P-000004", relationToHead: "11", covered: true },
      { personId: "430200-P-000005", relationToHead: "20", covered: true },
    ],
  },
  coveredMembers: 3,
  city: "430200",
  agency: { creditCode: "11430225006140258L", division: "430225", department: "civilAffairs", name: "炎陵县民政局" },
  caseStatus: "active",
  dates: { applied: "2020-03-09", approved: "2020-04-16" },
  monthlyStandard: 62000,
  perCapitaIncome: 21500,
  benefitAmount: 116500,
  lastReviewDate: "2026-05-12",
  nextReviewDate: "2027-05-12",
  meta: { lastUpdated: "2026-10-30T17:45:00+08:00" },
};

describe("masking of rule findings by the fields' x-czt-sensitivity", () => {
  const validator = createValidator({ asOf: "2026-10-31", lang: "en" });

  it("a 低保 formula hides the income and every figure it could be recomputed from", () => {
    const [finding] = validator.validateRecord(demoAssistance);
    expect(finding!.message).toBe("benefitAmount should be (62000 − ***) × 3 = *** fen, found ***");
    expect(finding!.params).toMatchObject({ monthlyStandard: 62000, coveredMembers: 3, perCapitaIncome: "***", expected: "***", actual: "***" });
    const revealed = createValidator({ asOf: "2026-10-31", lang: "en", reveal: true }).validateRecord(demoAssistance);
    expect(revealed[0]!.message).toBe("benefitAmount should be (62000 − 21500) × 3 = 121500 fen, found 116500");
  });

  it.each(fixtureDirs())("%s: no finding shows a sensitive value of its records", async (ruleId) => {
    const context = fixtureContext(ruleId);
    const records = readRecords(ruleId, "fail");
    const report = await createValidator({ asOf: context.asOf, parameters: context.parameters, lang: "en" }).validateRecords(records);
    const findings: Finding[] = report.findings;
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      const record = records[finding.recordIndex]!;
      const shown = [finding.message, ...Object.values(finding.params).map(String)].join("\n");
      for (const value of sensitiveValues(record)) expect(shows(shown, value), `${finding.message} shows ${String(value)}`).toBe(false);
    }
  });

  it("a length is a figure about the value, not the value: shown, with its limit", () => {
    const [finding] = validator.validateRecord(person({ name: "张".repeat(101) }));
    expect(finding!.message).toBe("Name (/name) is 101 characters long; it must be at most 100 characters long");
    expect(JSON.stringify(finding)).not.toContain("张张");
  });

  it("a sensitive number out of range is masked whole, its limit is not", () => {
    const findings = validator.validateRecord({ ...demoAssistance, perCapitaIncome: -21500 });
    const range = findings.find((f) => f.ruleId === "schema.range")!;
    expect(range.message).toBe("Per-capita income (/perCapitaIncome) is ***; it must be at least 0");
  });
});

describe("paramSources", () => {
  const fieldsOf = (type: RecordType) => buildFieldMap(schemas as Readonly<Record<string, object>>, recordSchemaIds[type]);

  it.each(rules.filter((rule) => rule.paramSources).map((rule) => [rule.id, rule] as const))("%s names fields the schemas have", (_id, rule) => {
    for (const [name, source] of Object.entries(rule.paramSources!)) {
      const types = source.recordType ? [source.recordType] : rule.appliesTo;
      const pointers = [...(typeof source.field === "string" ? [source.field] : (source.field ?? [])), ...(source.derivedFrom ?? [])];
      for (const pointer of pointers) {
        expect(types.some((type) => fieldsOf(type).has(pointer)), `${name}: ${pointer}`).toBe(true);
      }
    }
  });

  it("the bounds of a parameter table are the rule's own figures: shown, while the base is masked", async () => {
    const context = fixtureContext("enrolment.contribution-base-bounds");
    const report = await createValidator({ asOf: context.asOf, parameters: context.parameters, lang: "en" }).validateRecords(readRecords("enrolment.contribution-base-bounds", "fail"));
    expect(report.findings[0]!.message).toMatch(/^Contribution base \*\*\* fen is outside the bounds 400000–2000000 fen /);
  });

  it("a pooled fund computed from contribution bases is masked, the fund in the record is not", () => {
    const transfer = readRecords("transfer.pooled-fund", "fail")[0]!;
    const [finding] = createValidator({ asOf: "2026-10-31", lang: "en" }).validateRecord(transfer);
    expect(finding!.ruleId).toBe("transfer.pooled-fund");
    expect(finding!.params["expected"]).toBe("***");
    expect(finding!.params["actual"]).toBe(transfer["pooledFundAmount"]);
  });
});

describe("code titles in rule messages", () => {
  it("workflow messages say what a code means in the report language, params keep the code", () => {
    const transfer = structuredClone(readRecords("transfer.status-matches-last-step", "fail")[0]!);
    const en = createValidator({ asOf: "2026-10-31", lang: "en" }).validateRecord(transfer)[0]!;
    const zh = createValidator({ asOf: "2026-10-31", lang: "zh" }).validateRecord(transfer)[0]!;
    expect(en.ruleId).toBe("transfer.status-matches-last-step");
    expect(en.params).toMatchObject({ expected: "fundsTransferred", actual: "completed" });
    expect(en.message).toMatch(/^status should be Funds transferred, the status of the last of the \d+ steps \(.*\), found Completed$/);
    expect(zh.message).toContain("已办结");
  });

  it("an employee scheme without an employer is named by its title", () => {
    const enrolment = readRecords("enrolment.employer-for-employee-scheme", "fail")[0]!;
    const [finding] = createValidator({ asOf: "2026-10-31", lang: "en" }).validateRecord(enrolment);
    expect(finding!.message).toMatch(/^Scheme Basic [a-z ]+ insurance for [a-z ]+ /);
    expect(finding!.message).not.toContain(String(enrolment["scheme"]));
    expect(finding!.params["scheme"]).toBe(enrolment["scheme"]);
  });
});

describe("a param that is the value of the field the finding points at", () => {
  const rule: RecordRule = {
    kind: "record",
    id: "test.coded-field",
    severity: "warning",
    category: "code",
    appliesTo: ["person", "enrolment"],
    versions: ["1.0"],
    title: { zh: "t", en: "t" },
    message: { zh: "{code}", en: "{code}" },
    guidance: { zh: "g", en: "g" },
    paramSources: { code: { fieldAtPointer: true } },
    check() {},
  };
  const options = { lang: "en" as const, reveal: false, severityOverrides: {} };
  const location = { file: "a.jsonl", line: 1, recordIndex: 0 };

  it("is masked as that field is: an ethnicity code, not a scheme code", () => {
    expect(makeFinding(rule, { pointer: "/ethnicity", params: { code: "13" } }, location, options).message).toBe("1*");
    expect(makeFinding(rule, { pointer: "/scheme", params: { code: "maternity" } }, location, options).message).toBe("maternity");
  });

  it("is how code.not-active declares its code, whichever coded field it reports", () => {
    expect(ruleById("code.not-active")?.paramSources?.["code"]).toMatchObject({ fieldAtPointer: true });
  });
});
