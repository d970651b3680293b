import { describe, expect, it } from "vitest";
import { createValidator } from "../src/index.js";
import { person } from "./support/records.js";

describe("createValidator", () => {
  const validator = createValidator({ asOf: "2024-06-30" });

  it("accepts a valid person", () => {
    expect(validator.validateRecord(person())).toEqual([]);
  });

  it("translates schema errors to located findings with field titles and allowed codes", () => {
    const findings = validator.validateRecord(person({ sex: "7", extra: 1, name: undefined }), { file: "a.jsonl", line: 3 });
    expect(findings.map((f) => [f.ruleId, f.pointer])).toEqual(
      expect.arrayContaining([
        ["schema.enum", "/sex"],
        ["schema.additional-property", "/extra"],
      ]),
    );
    const sex = findings.find((f) => f.ruleId === "schema.enum")!;
    expect(sex).toMatchObject({ file: "a.jsonl", line: 3, recordId: "430100-P-000001", severity: "error" });
    expect(sex.message).toContain("1 Male");
  });

  it("collapses the alternatives of a person without any identifier into one finding", () => {
    const findings = validator.validateRecord(person({ idNumber: undefined }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: "schema.shape", pointer: "" });
    expect(findings[0]!.message).toContain("idNumber | documents");
  });

  it("masks identity numbers in params and messages unless revealing", () => {
    const bad = person({ idNumber: "43010219900307123" });
    const masked = validator.validateRecord(bad);
    expect(JSON.stringify(masked)).not.toContain("43010219900307123");
    const revealed = createValidator({ reveal: true }).validateRecord(bad);
    expect(JSON.stringify(revealed)).toContain("43010219900307123");
  });

  it("renders messages in Chinese", () => {
    const [finding] = createValidator({ lang: "zh" }).validateRecord(person({ sex: "7" }));
    expect(finding!.message).toContain("性别");
  });

  it("reports a record without a known recordType", () => {
    expect(validator.validateRecord({ recordType: "pet", id: "x" }).map((f) => f.ruleId)).toEqual(["input.unknown-record-type"]);
  });

  it("summarises a session: records, valid, invalid and findings per rule", async () => {
    const report = await validator.validateRecords([person(), person({ id: "430100-P-2", sex: "7" }), person({ id: "430100-P-3", sex: "8", nationality: 1 })]);
    expect(report.summary).toMatchObject({ records: 3, valid: 1, invalid: 2, errors: 3, byRule: { "schema.enum": 2, "schema.type": 1 } });
  });

  it("keeps at most max-findings findings but counts them all", async () => {
    const report = await createValidator({ maxFindings: 1 }).validateRecords([person({ sex: "7" }), person({ sex: "8" })]);
    expect(report.findings).toHaveLength(1);
    expect(report.summary.errors).toBe(2);
  });
});
