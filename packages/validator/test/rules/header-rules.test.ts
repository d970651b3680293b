import { describe, expect, it } from "vitest";
import { createValidator } from "../../src/index.js";

/**
 * The rules that also judge an export's header (its publisher): the header gets the record
 * rules a publisher would get as an agency, located at the header's line with `/publisher/…`
 * pointers, and the header's `created` is the date its division is judged on.
 */
const header = (publisher: Record<string, unknown> = {}, created = "2026-11-01T09:30:00+08:00") => ({
  recordType: "header",
  schemaVersion: "1.1",
  publisher: { creditCode: "11430200006100520K", division: "430200", department: "hrss", name: "株洲市人力资源和社会保障局", ...publisher },
  city: "430200",
  created,
  asOf: "2026-10-31",
});

function headerFindings(value: Record<string, unknown>) {
  const session = createValidator({ asOf: "2026-10-31" }).createSession();
  session.add({ kind: "header", value, location: { file: "zhuzhou.jsonl", line: 1, recordIndex: -1 } });
  return session.finish().findings.map((finding) => ({ ruleId: finding.ruleId, line: finding.line, pointer: finding.pointer, params: finding.params }));
}

describe("header rules: the publisher is checked like an agency", () => {
  it("a clean header has no findings", () => {
    expect(headerFindings(header())).toEqual([]);
  });

  it("a publisher division retired before the export was created: division.valid-on-date at /publisher/division, dated by `created`", () => {
    expect(headerFindings(header({ division: "430221" }))).toEqual([
      { ruleId: "division.valid-on-date", line: 1, pointer: "/publisher/division", params: { division: "430221", date: "2026-11-01", "when.zh": "在 2026-11-01 ", "when.en": "on 2026-11-01" } },
    ]);
  });

  it("the same division in an export created while it was in force is fine (the header's own date, not today)", () => {
    expect(headerFindings(header({ division: "430221" }, "2017-06-30T09:30:00+08:00"))).toEqual([]);
  });

  it("a publisher credit code with a wrong check character: credit-code.check-character at /publisher/creditCode", () => {
    const findings = headerFindings(header({ creditCode: "11430200006100520A" }));
    expect(findings.map(({ ruleId, line, pointer }) => ({ ruleId, line, pointer }))).toEqual([{ ruleId: "credit-code.check-character", line: 1, pointer: "/publisher/creditCode" }]);
  });

  it("a publisher name with a control character: name.invisible-characters at /publisher/name", () => {
    const findings = headerFindings(header({ name: "株洲市人力资源\u202E和社会保障局" }));
    expect(findings.map(({ ruleId, line, pointer }) => ({ ruleId, line, pointer }))).toEqual([{ ruleId: "name.invisible-characters", line: 1, pointer: "/publisher/name" }]);
  });
});
