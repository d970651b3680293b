import { describe, expect, it } from "vitest";
import { createValidator } from "../src/index.js";
import { person } from "./support/records.js";

describe("a record's type selects its checks", () => {
  it.each(["constructor", "toString", "hasOwnProperty", "__defineGetter__", "header", "Person"])(
    "recordType %j is an unknown record type, not a key every object inherits",
    async (recordType) => {
      const report = await createValidator().validateRecords([person({ recordType, id: "430100-P-000009" })]);
      expect(report.findings.map((finding) => [finding.ruleId, finding.pointer, finding.params["recordType"]])).toEqual([["input.unknown-record-type", "/recordType", recordType]]);
      expect(report.summary.invalid).toBe(1);
    },
  );

  it("sends a schema-invalid record to the reporting validator, whose errors become its findings", () => {
    const findings = createValidator().validateRecord(person({ sex: 1, extra: true }));
    expect(findings.map((finding) => [finding.ruleId, finding.pointer]).sort()).toEqual([
      ["schema.additional-property", "/extra"],
      ["schema.type", "/sex"],
    ]);
  });
});
