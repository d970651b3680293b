import { describe, expect, it } from "vitest";
import { createValidator } from "../src/index.js";
import { withoutFormatBackedPatterns } from "../src/schema/format-backed-patterns.js";
import { formatDescriptions } from "../src/schema/format-descriptions.js";
import { standardSchemaSet } from "../src/schema/standard-schema-set.js";
import { person } from "./support/records.js";

/** Every `format` and `pattern` value in a schema, wherever it sits. */
function formatsAndPatterns(node: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const item of node) formatsAndPatterns(item, found);
  else if (typeof node === "object" && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if ((key === "format" || key === "pattern") && typeof value === "string") found.add(value);
      else formatsAndPatterns(value, found);
    }
  }
  return found;
}

describe("format descriptions", () => {
  it("describe, in zh and en, every format and pattern the validator checks", () => {
    const used = formatsAndPatterns(withoutFormatBackedPatterns(Object.values(standardSchemaSet.schemas)), new Set());
    expect(used.size).toBeGreaterThan(8);
    const missing = [...used].filter((format) => !formatDescriptions[format]?.zh || !formatDescriptions[format]?.en);
    expect(missing, "add a description to src/schema/format-descriptions.ts").toEqual([]);
  });

  it("word schema.format findings, and keep the pattern itself in the params", () => {
    const record = person({ hukou: { division: "43010", residenceType: "urban" } });
    const [en] = createValidator({ lang: "en" }).validateRecord(record);
    expect(en).toMatchObject({ ruleId: "schema.format", pointer: "/hukou/division", params: { format: "^[1-8][0-9]{5}$" } });
    expect(en?.message).toMatch(/has the value '43010', which does not match the format of a division code: 6 digits, the first 1–8$/);
    const [zh] = createValidator({ lang: "zh" }).validateRecord(record);
    expect(zh?.message).toMatch(/的值「43010」不符合格式 行政区划代码（6 位数字，首位为 1–8）$/);
  });

  it("report an impossible date once, worded for the date format rather than for the pattern that backs it", () => {
    const findings = createValidator({ lang: "en" }).validateRecord(person({ birthDate: "1990-02-30" }));
    expect(findings.filter((finding) => finding.ruleId.startsWith("schema."))).toMatchObject([{ ruleId: "schema.format", pointer: "/birthDate", params: { format: "date" } }]);
    expect(findings[0]?.message).toMatch(/which does not match the format of a date, YYYY-MM-DD \(a real calendar day\)$/);
  });
});
