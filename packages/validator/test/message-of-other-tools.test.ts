import { describe, expect, it } from "vitest";
import { formatReport, renderMessage } from "../src/index.js";

const finding = {
  ruleId: "map.unmapped-code",
  severity: "error" as const,
  pointer: "/scheme",
  file: "hrss.csv",
  line: 4,
  column: 6,
  recordIndex: -1,
  message: "",
  params: { "message.zh": "代码 999 没有对应的标准代码", "message.en": "the code 999 has no standard code", value: "999" },
};

describe("findings of other tools (czt map) in the validator's report formats", () => {
  it("render the words they carry, per language", () => {
    expect(renderMessage(finding, "zh")).toBe("代码 999 没有对应的标准代码");
    expect(renderMessage(finding, "en")).toBe("the code 999 has no standard code");
  });

  it("a rule of the catalogue keeps its own template whatever the params say", () => {
    expect(renderMessage({ ruleId: "input.csv-columns", params: { detail: "x", "message.en": "ignored" } }, "en")).toBe("x");
  });

  it("appear located in text, SARIF and JUnit reports", () => {
    const summary = { records: 1, valid: 0, invalid: 1, errors: 1, warnings: 0, infos: 0, byRule: { "map.unmapped-code": 1 } };
    const report = { findings: [finding], summary } as unknown as Parameters<typeof formatReport>[0];
    expect(formatReport(report, { format: "text", lang: "en" })).toContain("hrss.csv:4:6 /scheme error map.unmapped-code: the code 999 has no standard code");
    const sarif = JSON.parse(formatReport(report, { format: "sarif", lang: "zh" }));
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: "map.unmapped-code", message: { text: "代码 999 没有对应的标准代码" } });
    expect(formatReport(report, { format: "junit", lang: "en" })).toContain("the code 999 has no standard code");
  });
});
