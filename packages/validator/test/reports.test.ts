import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { createReportWriter, createValidator, displayText, escapeXml, formatReport, type ValidationReport } from "../src/index.js";
import { person } from "./support/records.js";

const require = createRequire(import.meta.url);
// The SARIF schema is draft-04; its only draft-04 feature is `id`, so as draft-07 it reads the same.
const { $schema: _draft04, id: sarifId, ...sarifRest } = JSON.parse(
  readFileSync(join(require.resolve("@microsoft/jest-sarif/package.json"), "..", "lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"),
);
const sarifSchema = { $id: sarifId, ...sarifRest };
const reportSchema = JSON.parse(readFileSync(join(import.meta.dirname, "../../../schemas/report.schema.json"), "utf8"));

let report: ValidationReport;

beforeAll(async () => {
  const session = createValidator({ asOf: "2024-06-30" }).createSession();
  session.add({ kind: "record", value: person(), location: { file: "exports/a b.jsonl", line: 1, recordIndex: 0 } });
  session.add({ kind: "record", value: person({ id: "430100-P-2", idNumber: "430102199003071235", sex: "7" }), location: { file: "exports/a b.jsonl", line: 2, recordIndex: 1 } });
  session.add({ kind: "error", ruleId: "input.malformed-json", params: { expected: "value", "expected.zh": "一个值", "expected.en": "a value" }, location: { file: "exports/a b.jsonl", line: 3, column: 2, recordIndex: 2 } });
  report = session.finish();
});

describe("report formats", () => {
  it("SARIF validates against the SARIF 2.1.0 schema, with rules, regions and fingerprints", () => {
    const sarif = JSON.parse(formatReport(report, { format: "sarif", lang: "en" }));
    const ajv = new Ajv({ strict: false, validateFormats: false, unicodeRegExp: false });
    const valid = ajv.validate(sarifSchema, sarif);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const results = sarif.runs[0].results;
    expect(results.length).toBe(report.findings.length);
    expect(results[0].locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: "exports/a%20b.jsonl" }, region: { startLine: 2 } });
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain("input.malformed-json");
    expect(results[0].partialFingerprints["cztFinding/v1"]).toMatch(/^[0-9a-f]{8}$/);
  });

  it("SARIF keeps the region of a finding on line 1, and gives none where there is no line (SARIF lines start at 1)", () => {
    const session = createValidator({ asOf: "2024-06-30" }).createSession();
    session.add({ kind: "record", value: person({ id: "430100-P-1", idNumber: "430102199003071235" }), location: { file: "first.jsonl", line: 1, recordIndex: 0 } });
    session.add({ kind: "error", ruleId: "input.malformed-json", params: { expected: "value", "expected.zh": "一个值", "expected.en": "a value" }, location: { file: "whole.json", line: 0, recordIndex: 0 } });
    const results = JSON.parse(formatReport(session.finish(), { format: "sarif", lang: "en" })).runs[0].results;
    const physical = (ruleId: string) => results.find((r: { ruleId: string }) => r.ruleId === ruleId).locations[0].physicalLocation;
    expect(physical("id-number.check-character")).toEqual({ artifactLocation: { uri: "first.jsonl" }, region: { startLine: 1 } });
    expect(physical("input.malformed-json")).toEqual({ artifactLocation: { uri: "whole.json" } });
  });

  it("JUnit XML is read by a JUnit parser: one suite per file, one failing case per finding, then the summary suite", () => {
    const xml = new XMLParser({ ignoreAttributes: false }).parse(formatReport(report, { format: "junit", lang: "zh" }));
    const [suite, summary] = xml.testsuites.testsuite;
    expect(suite["@_name"]).toBe("exports/a b.jsonl");
    const cases = Array.isArray(suite.testcase) ? suite.testcase : [suite.testcase];
    expect(cases.length).toBe(report.findings.length);
    expect(cases.every((c: { failure?: unknown }) => c.failure !== undefined)).toBe(true);
    expect(summary["@_name"]).toBe("czt validate");
    const counts = Object.fromEntries(summary.properties.property.map((p: Record<string, string>) => [p["@_name"], Number(p["@_value"])]));
    expect(counts).toMatchObject({ records: 3, invalid: 2, failures: cases.length + 1 });
  });

  it("the JSON report validates against schemas/report.schema.json", () => {
    const json = JSON.parse(formatReport(report, { format: "json", lang: "en" }));
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
    expect(ajv.validate(reportSchema, json), JSON.stringify(ajv.errors)).toBe(true);
    expect(json.summary).toMatchObject({ records: 3, valid: 1, invalid: 2 });
  });

  it("GitHub annotations carry file, line and rule, and the record and field once", () => {
    const lines = formatReport(report, { format: "github", lang: "en" }).split("\n");
    expect(lines).toContain("::error file=exports/a b.jsonl,line=3,col=2,title=input.malformed-json::Cannot parse JSON: expected a value here");
    const sex = lines.find((line) => line.includes("title=schema.enum"));
    expect(sex).toMatch(/^::error file=exports\/a b\.jsonl,line=2,title=schema\.enum::\[430100-P-2\] \S/);
    expect(sex?.split("(/sex)").length).toBe(2);
    // A rule's message does not name the field: the annotation adds it.
    const session = createValidator({ asOf: "2024-06-30" }).createSession();
    session.add({ kind: "record", value: person({ id: "430100-P-9", idNumber: "430102199003071235" }), location: { file: "b.jsonl", line: 4, recordIndex: 0 } });
    const annotations = formatReport(session.finish(), { format: "github", lang: "en" }).split("\n");
    expect(annotations[0]).toMatch(/^::error file=b\.jsonl,line=4,title=id-number\.check-character::\[430100-P-9\] .+ \(\/idNumber\)$/);
  });

  it("the text report ends with the summary: counts, share of records per rule, time and speed", () => {
    const text = formatReport(report, { format: "text", lang: "en" });
    expect(text).toContain("records read: 3   valid: 1   invalid: 2");
    expect(text).toMatch(/input\.malformed-json\s+1\s+33\.3%/);
    expect(text).toMatch(/elapsed: \d+\.\d\d s/);
  });

  it("no format shows a full identity number", () => {
    for (const format of ["text", "json", "sarif", "junit", "github"] as const) {
      expect(formatReport(report, { format, lang: "en" })).not.toContain("430102199003071235");
    }
  });
});

describe("data in human-readable reports", () => {
  it("displayText shows control, bidi and lone-surrogate characters as escapes and leaves other text as it is", () => {
    expect(displayText("a\u001b[31mb\r\nc\u202ed\u0085e\ud800f\u2028g")).toBe("a\\u001b[31mb\\r\\nc\\u202ed\\u0085e\\ud800f\\u2028g");
    expect(displayText("陈浩 😀 tab-free")).toBe("陈浩 😀 tab-free");
  });

  it("escapeXml drops what XML 1.0 forbids even escaped: C0 controls, lone surrogates, U+FFFE, U+FFFF", () => {
    expect(escapeXml("a\u0000b\u001bc\ud800d\udc00e\ufffef\uffffg\t\n😀<&>")).toBe("abcdefg\t\n😀&lt;&amp;&gt;");
  });
});

describe("streamed reports", () => {
  it("onFinding hands findings over as they come, up to maxFindings, and the summary still counts them all", async () => {
    const chunks: string[] = [];
    const writer = createReportWriter({ format: "json", lang: "en" }, (chunk) => chunks.push(chunk));
    const validator = createValidator({ asOf: "2024-06-30", onFinding: writer.finding, maxFindings: 2 });
    const result = await validator.validateRecords([{}, {}, {}, person({ sex: "7" })]);
    expect(result.findings).toEqual([]);
    writer.end(result.summary);
    const json = JSON.parse(chunks.join(""));
    expect(json.findings.length).toBe(2);
    expect(json.summary).toMatchObject({ records: 4, errors: 4 });
    expect(json.summary).not.toHaveProperty("recordsByRule");
    expect(result.summary.recordsByRule).toEqual({ "input.unknown-record-type": 3, "schema.enum": 1 });
  });
});
