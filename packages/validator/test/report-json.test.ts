import { describe, expect, it } from "vitest";
import { createReportWriter, type Finding, type Summary } from "../src/index.js";
import { malformedJson, summary, unknownRule, writeReport } from "./support/findings.js";

const jsonReport = (findings: Finding[], end: Summary, lang: "en" | "zh" = "en") => writeReport({ format: "json", lang }, findings, end);

describe("JSON report", () => {
  it("is pretty-printed JSON (two-space indent, a final newline): every finding with its message, then the summary", () => {
    const text = jsonReport([malformedJson(), unknownRule()], summary({ records: 3, invalid: 2, errors: 1, warnings: 1, byRule: { "input.malformed-json": 1, "x.custom": 1 } }));
    const json = JSON.parse(text);
    expect(text).toBe(`${JSON.stringify(json, null, 2)}\n`);
    expect(Object.keys(json)).toEqual(["findings", "summary"]);
    expect(json.findings).toEqual([
      { ...malformedJson(), message: "Cannot parse JSON: expected a value here" },
      { ...unknownRule(), message: 'x.custom {"n":1}' },
    ]);
    expect(json.summary).toEqual({ records: 3, valid: 0, invalid: 2, errors: 1, warnings: 1, infos: 0, byRule: { "input.malformed-json": 1, "x.custom": 1 } });
  });

  it("with no findings is still pretty-printed, with an empty list", () => {
    const text = jsonReport([], summary({ records: 1, valid: 1 }));
    expect(text).toBe('{\n  "findings": [],\n  "summary": {\n    "records": 1,\n    "valid": 1,\n    "invalid": 0,\n    "errors": 0,\n    "warnings": 0,\n    "infos": 0,\n    "byRule": {}\n  }\n}\n');
  });

  it("with one finding is pretty-printed too", () => {
    const text = jsonReport([malformedJson({ params: {} })], summary());
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(JSON.parse(text).findings).toHaveLength(1);
  });

  it("renders messages in the report language", () => {
    expect(JSON.parse(jsonReport([malformedJson()], summary(), "zh")).findings[0].message).toBe("无法解析 JSON：此处应为一个值");
  });

  it("leaves the per-rule record counts out of the summary (the report schema has none) and keeps the rest", () => {
    const end = summary({ records: 2, byRule: { "schema.enum": 3 }, recordsByRule: { "schema.enum": 1 }, files: 2, schemaVersions: { "1.0": 2 }, elapsedMs: 12, recordsPerSecond: 166 });
    const json = JSON.parse(jsonReport([], end));
    expect(json.summary).toEqual({ records: 2, valid: 0, invalid: 0, errors: 0, warnings: 0, infos: 0, byRule: { "schema.enum": 3 }, files: 2, schemaVersions: { "1.0": 2 }, elapsedMs: 12, recordsPerSecond: 166 });
  });

  it("writes its opening at once and each finding as it comes", () => {
    const chunks: string[] = [];
    const writer = createReportWriter({ format: "json", lang: "en" }, (chunk) => chunks.push(chunk));
    expect(chunks.join("")).toBe('{\n  "findings": [');
    writer.finding(malformedJson());
    expect(chunks).toHaveLength(2);
    expect(chunks[1]).toContain('"ruleId": "input.malformed-json"');
  });
});
