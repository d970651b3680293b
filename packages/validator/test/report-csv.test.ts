import { describe, expect, it } from "vitest";
import { csvCell, maskRecord, ruleById } from "../src/index.js";
import { malformedJson, summary, unknownRule, writeReport } from "./support/findings.js";

const csvLines = (lang: "en" | "zh", ...findings: ReturnType<typeof malformedJson>[]) => writeReport({ format: "csv", lang }, findings, summary()).split("\r\n");

describe("CSV report (for spreadsheets)", () => {
  it("a byte-order mark and a header row, then one row per finding with its message and guidance, CRLF line ends", () => {
    const lines = csvLines("en", malformedJson(), unknownRule());
    expect(lines[0]).toBe("\ufefffile,line,column,record,record id,rule,severity,field,message,guidance");
    const guidance = ruleById("input.malformed-json")!.guidance.en;
    expect(lines[1]).toBe(`exports/a.jsonl,3,2,3,,input.malformed-json,error,,Cannot parse JSON: expected a value here,${csvCell(guidance)}`);
    expect(lines[2]).toBe('b.jsonl,7,,7,430100-P-7,x.custom,warning,/name,"x.custom {""n"":1}",');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe("");
  });

  it("numbers records from 1 in the record column, and leaves it empty for a finding on no record", () => {
    const lines = csvLines("en", malformedJson({ line: 1, recordIndex: 0 }), malformedJson({ line: 1, column: 1, recordIndex: -1 }));
    expect(lines[1]).toMatch(/^exports\/a\.jsonl,1,2,1,,input\.malformed-json,/);
    expect(lines[2]).toMatch(/^exports\/a\.jsonl,1,1,,,input\.malformed-json,/);
  });

  it("names its columns and renders messages in the report language", () => {
    const lines = csvLines("zh", malformedJson());
    expect(lines[0]).toBe("\ufeff文件,行,列,记录序号,记录标识,规则,严重程度,字段,说明,处理建议");
    expect(lines[1]).toContain("无法解析 JSON：此处应为一个值");
  });

  it("quotes commas, quotes and line breaks, and defuses cells a spreadsheet would run as a formula", () => {
    expect(csvCell('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-1,2")).toBe("\"'-1,2\"");
    expect(csvCell("@x")).toBe("'@x");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(undefined)).toBe("");
  });
});

describe("maskRecord (a whole record shown next to its findings)", () => {
  it("masks the fields the schemas mark sensitive, as finding params are, and leaves the rest", () => {
    const masked = maskRecord({ recordType: "person", id: "430100-P-1", idNumber: "430124197504180315", name: "周志强", sex: "1", contact: { mobile: "13807315526" } });
    expect(masked).toEqual({ recordType: "person", id: "430100-P-1", idNumber: "430124********0315", name: "周**", sex: "1", contact: { mobile: "1**********" } });
  });

  it("masks special data whole, inside arrays too", () => {
    const masked = maskRecord({ recordType: "enrolment", id: "e1", monthlyContributionBase: 512300, contributions: [{ monthlyBase: 400000, month: "2025-01" }] });
    expect(masked).toEqual({ recordType: "enrolment", id: "e1", monthlyContributionBase: "***", contributions: [{ monthlyBase: "***", month: "2025-01" }] });
  });

  it("masks every longer string of a record of no known type: better too much than an identity number shown", () => {
    expect(maskRecord({ recordType: "unknown", idNumber: "430124197504180315", n: 5 })).toEqual({ recordType: "unknown", idNumber: "4*****************", n: 5 });
  });
});
