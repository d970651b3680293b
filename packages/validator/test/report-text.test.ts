import { describe, expect, it } from "vitest";
import { createReportWriter, type Finding, type Lang, type Summary } from "../src/index.js";
import { malformedJson, summary, unknownRule, without, writeReport } from "./support/findings.js";

/** The text report of these findings and summary, as `czt validate` prints it. */
function textReport(findings: Finding[], end: Summary, lang: Lang = "en", summaryOnly?: boolean): string {
  return writeReport({ format: "text", lang, ...(summaryOnly === undefined ? {} : { summaryOnly }) }, findings, end);
}

describe("text report: finding lines", () => {
  it("a finding reads `file:line:column [record] pointer severity rule: message`", () => {
    const text = textReport([malformedJson({ recordId: "430100-P-3", pointer: "/sex" })], summary({ records: 3, invalid: 1, errors: 1 }));
    expect(text.split("\n")[0]).toBe("exports/a.jsonl:3:2 [430100-P-3] /sex error input.malformed-json: Cannot parse JSON: expected a value here");
  });

  it("leaves out the column, record and pointer a finding does not have", () => {
    const text = textReport([malformedJson({ column: 0 }), without(malformedJson({ line: 9 }), "column")], summary({ errors: 2 }));
    expect(text.split("\n").slice(0, 2)).toEqual([
      "exports/a.jsonl:3 error input.malformed-json: Cannot parse JSON: expected a value here",
      "exports/a.jsonl:9 error input.malformed-json: Cannot parse JSON: expected a value here",
    ]);
  });

  it("names the severity in the report language, and the message of a rule it does not know by its id and params", () => {
    const findings = [unknownRule(), without(unknownRule({ severity: "info", pointer: "" }), "recordId"), malformedJson({ column: 0 })];
    const en = textReport(findings, summary({ errors: 1, warnings: 1, infos: 1 })).split("\n");
    expect(en.slice(0, 3)).toEqual([
      'b.jsonl:7 [430100-P-7] /name warning x.custom: x.custom {"n":1}',
      'b.jsonl:7 info x.custom: x.custom {"n":1}',
      "exports/a.jsonl:3 error input.malformed-json: Cannot parse JSON: expected a value here",
    ]);
    const zh = textReport(findings, summary({ errors: 1, warnings: 1, infos: 1 }), "zh").split("\n");
    expect(zh.slice(0, 3)).toEqual([
      'b.jsonl:7 [430100-P-7] /name 警告 x.custom: x.custom {"n":1}',
      'b.jsonl:7 提示 x.custom: x.custom {"n":1}',
      "exports/a.jsonl:3 错误 input.malformed-json: 无法解析 JSON：此处应为一个值",
    ]);
  });

  it("escapes control characters of the data in every part, so data cannot forge a line", () => {
    const forged = malformedJson({ file: "a\nb.jsonl", recordId: "P\r1", pointer: "/x\u001b", params: { expected: "\u202e" } });
    const text = textReport([forged], summary({ errors: 1 }));
    expect(text.split("\n")[0]).toBe("a\\nb.jsonl:3:2 [P\\r1] /x\\u001b error input.malformed-json: Cannot parse JSON: expected \\u202e here");
  });
});

describe("text report: the summary", () => {
  it("follows the findings after one blank line", () => {
    const text = textReport([malformedJson()], summary({ records: 3, valid: 2, invalid: 1, errors: 1 }));
    expect(text).toBe(
      "exports/a.jsonl:3:2 error input.malformed-json: Cannot parse JSON: expected a value here\n\nrecords read: 3   valid: 2   invalid: 1   errors: 1   warnings: 0   infos: 0\n",
    );
  });

  it("says there were no findings when there were none, in the report language", () => {
    expect(textReport([], summary({ records: 2, valid: 2 }))).toBe("No findings.\nrecords read: 2   valid: 2   invalid: 0   errors: 0   warnings: 0   infos: 0\n");
    expect(textReport([], summary({ records: 2, valid: 2 }), "zh")).toBe("未发现问题。\n读取记录: 2   有效: 2   无效: 0   错误: 0   警告: 0   提示: 0\n");
  });

  it.each([
    ["errors", { errors: 1 }],
    ["warnings", { warnings: 1 }],
    ["infos", { infos: 1 }],
    ["warnings and infos", { warnings: 1, infos: 1 }],
    ["errors and warnings", { errors: 1, warnings: 1 }],
  ] as const)("does not claim no findings when only %s were found but none shown", (_kind, counts) => {
    const text = textReport([], summary({ records: 1, ...counts }), "en", true);
    expect(text.split("\n")[0]).toMatch(/^records read: 1 /);
    expect(text).not.toContain("No findings.");
  });

  it("--quiet (summaryOnly) prints the summary alone: no finding lines, no blank line, no shown count", () => {
    const text = textReport([malformedJson(), malformedJson()], summary({ records: 3, invalid: 1, errors: 2 }), "en", true);
    expect(text).toBe("records read: 3   valid: 0   invalid: 1   errors: 2   warnings: 0   infos: 0\n");
  });

  it("says how many findings were shown when fewer were shown than found", () => {
    const shownTwoOfFive = textReport([malformedJson(), malformedJson()], summary({ records: 5, invalid: 5, errors: 3, warnings: 1, infos: 1 }));
    expect(shownTwoOfFive.split("\n").slice(3)).toEqual(["records read: 5   valid: 0   invalid: 5   errors: 3   warnings: 1   infos: 1", "findings shown: 2 / 5", ""]);
    expect(textReport([malformedJson()], summary({ errors: 2 }), "zh")).toContain("\n显示的问题: 1 / 2\n");
    // All shown: no count.
    expect(textReport([malformedJson(), malformedJson()], summary({ errors: 2 }))).not.toContain("findings shown");
  });

  it("names the versions of the standard checked against, in version order, with the number of files", () => {
    const versions = { "1.0": 2, "1.1": 1, "0.9": 1 };
    const en = textReport([], summary({ records: 1, valid: 1, schemaVersions: versions })).split("\n");
    expect(en[2]).toBe("checked against version: 0.9 (1 file), 1.0 (2 files), 1.1 (1 file)");
    const zh = textReport([], summary({ records: 1, valid: 1, schemaVersions: versions }), "zh").split("\n");
    expect(zh[2]).toBe("按标准版本检查: 0.9（1 个文件）, 1.0（2 个文件）, 1.1（1 个文件）");
    expect(textReport([], summary({ schemaVersions: {} }))).not.toContain("checked against");
    const tenth = textReport([], summary({ records: 1, valid: 1, schemaVersions: { "1.10": 1, "1.2": 1, "2.0": 1 } })).split("\n");
    expect(tenth[2]).toBe("checked against version: 1.2 (1 file), 1.10 (1 file), 2.0 (1 file)");
    const single = textReport([], summary({ schemaVersions: { "1.0": 3 } })).split("\n");
    expect(single[2]).toBe("checked against version: 1.0 (3 files)");
  });

  it("lists findings by rule, most first (ties by id), in aligned columns with the share of records and the rule's title", () => {
    const text = textReport(
      [],
      summary({
        records: 3,
        invalid: 3,
        errors: 6,
        warnings: 1,
        byRule: { "schema.enum": 2, "input.malformed-json": 2, "x.custom": 1, "id-number.check-character": 1 },
        recordsByRule: { "schema.enum": 1, "input.malformed-json": 2, "id-number.check-character": 1 },
      }),
      "en",
      true,
    );
    expect(text.split("\n").slice(1)).toEqual([
      "findings by rule (findings, share of records affected):",
      "  input.malformed-json              2   66.7%  Malformed JSON",
      "  schema.enum                       2   33.3%  Code not in the code list",
      "  id-number.check-character         1   33.3%  Identity number check character",
      "  x.custom                          1          ",
      "",
    ]);
    // Ties are ordered by id whatever order the counts come in.
    const tied = textReport([], summary({ errors: 3, byRule: { "b.rule": 1, "c.rule": 1, "a.rule": 1 } }), "en", true);
    expect(tied.split("\n").slice(2, 5)).toEqual(["  a.rule         1          ", "  b.rule         1          ", "  c.rule         1          "]);
    const zh = textReport([], summary({ records: 4, errors: 1, byRule: { "schema.enum": 1 }, recordsByRule: { "schema.enum": 1 } }), "zh", true);
    expect(zh.split("\n").slice(1, 3)).toEqual(["按规则统计（问题数，涉及记录占比）:", "  schema.enum         1   25.0%  代码不在代码表中"]);
  });

  it("leaves the share out when the summary has no per-rule record counts (a summary from the JSON report)", () => {
    const text = textReport([], summary({ records: 2, errors: 1, byRule: { "schema.enum": 1 } }), "en", true);
    expect(text.split("\n")[2]).toBe("  schema.enum         1          Code not in the code list");
  });

  it("gives a tiny share with two decimals instead of rounding it to 0.0%, and 0% of no records", () => {
    const byRule = (records: number, affected: number) =>
      textReport([], summary({ records, errors: 1, byRule: { "schema.enum": 1 }, recordsByRule: { "schema.enum": affected } }), "en", true).split("\n")[2];
    expect(byRule(2000, 1)).toBe("  schema.enum         1   0.05%  Code not in the code list");
    expect(byRule(1000, 1)).toBe("  schema.enum         1    0.1%  Code not in the code list");
    expect(byRule(2000, 0)).toBe("  schema.enum         1    0.0%  Code not in the code list");
    expect(byRule(0, 0)).toBe("  schema.enum         1      0%  Code not in the code list");
    expect(byRule(1, 1)).toBe("  schema.enum         1  100.0%  Code not in the code list");
  });

  it("ends with the time taken and the speed", () => {
    const text = textReport([], summary({ records: 1, valid: 1, elapsedMs: 1234, recordsPerSecond: 810 }));
    expect(text.split("\n").slice(2)).toEqual(["elapsed: 1.23 s   810 records/s", ""]);
    expect(textReport([], summary({ elapsedMs: 5 }), "zh").split("\n")[2]).toBe("耗时: 0.01 s   0 条/秒");
    expect(textReport([], summary())).not.toContain("elapsed");
  });

  it("writes each finding line as the finding comes, before the end", () => {
    const chunks: string[] = [];
    const writer = createReportWriter({ format: "text", lang: "en" }, (chunk) => chunks.push(chunk));
    expect(chunks).toEqual([]);
    writer.finding(malformedJson());
    expect(chunks).toEqual(["exports/a.jsonl:3:2 error input.malformed-json: Cannot parse JSON: expected a value here\n"]);
  });
});
