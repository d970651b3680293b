import { describe, expect, it } from "vitest";
import type { Finding, Summary } from "../src/index.js";
import { malformedJson, summary, unknownRule, writeReport } from "./support/findings.js";

const junitReport = (findings: Finding[], end: Summary, lang: "en" | "zh" = "en") => writeReport({ format: "junit", lang }, findings, end);

describe("JUnit XML report", () => {
  it("one suite per run of a file's findings, a failing case per error or warning, a passing one with its text per info, then the summary suite", () => {
    const xml = junitReport(
      [malformedJson(), unknownRule(), unknownRule({ severity: "info", line: 8, column: 4 }), malformedJson({ line: 5, column: 0, recordId: "P<1>", pointer: "/a&b" })],
      summary({ records: 4, valid: 1, invalid: 3, errors: 2, warnings: 1, infos: 1, elapsedMs: 1500 }),
    );
    expect(xml.split("\n")).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites name="czt validate">',
      '  <testsuite name="exports/a.jsonl">',
      '    <testcase classname="exports/a.jsonl" name="input.malformed-json: Malformed JSON" file="exports/a.jsonl" line="3"><failure type="input.malformed-json" message="Cannot parse JSON: expected a value here">exports/a.jsonl:3:2 Cannot parse JSON: expected a value here</failure></testcase>',
      "  </testsuite>",
      '  <testsuite name="b.jsonl">',
      '    <testcase classname="b.jsonl" name="x.custom: x.custom" file="b.jsonl" line="7"><failure type="x.custom" message="x.custom {&quot;n&quot;:1}">b.jsonl:7 [430100-P-7] /name x.custom {&quot;n&quot;:1}</failure></testcase>',
      '    <testcase classname="b.jsonl" name="x.custom: x.custom" file="b.jsonl" line="8"><system-out>b.jsonl:8:4 [430100-P-7] /name x.custom {&quot;n&quot;:1}</system-out></testcase>',
      "  </testsuite>",
      '  <testsuite name="exports/a.jsonl">',
      '    <testcase classname="exports/a.jsonl" name="input.malformed-json: Malformed JSON" file="exports/a.jsonl" line="5"><failure type="input.malformed-json" message="Cannot parse JSON: expected a value here">exports/a.jsonl:5 [P&lt;1&gt;] /a&amp;b Cannot parse JSON: expected a value here</failure></testcase>',
      "  </testsuite>",
      '  <testsuite name="czt validate" tests="1" failures="1" errors="0" time="1.500">',
      '    <properties><property name="records" value="4"/><property name="valid" value="1"/><property name="invalid" value="3"/><property name="errors" value="2"/><property name="warnings" value="1"/><property name="infos" value="1"/><property name="tests" value="5"/><property name="failures" value="4"/></properties>',
      '    <testcase classname="czt validate" name="summary"><failure message="4 records, 1 valid, 3 invalid, 2 errors, 1 warnings, 1 infos">4 records, 1 valid, 3 invalid, 2 errors, 1 warnings, 1 infos</failure></testcase>',
      "  </testsuite>",
      "</testsuites>",
      "",
    ]);
  });

  it("a clean run is one passing summary case, with no time measured shown as 0.000", () => {
    expect(junitReport([], summary({ records: 2, valid: 2 }))).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="czt validate">\n' +
        '  <testsuite name="czt validate" tests="1" failures="0" errors="0" time="0.000">\n' +
        '    <properties><property name="records" value="2"/><property name="valid" value="2"/><property name="invalid" value="0"/><property name="errors" value="0"/><property name="warnings" value="0"/><property name="infos" value="0"/><property name="tests" value="1"/><property name="failures" value="0"/></properties>\n' +
        '    <testcase classname="czt validate" name="summary"><system-out>2 records, 2 valid, 0 invalid, 0 errors, 0 warnings, 0 infos</system-out></testcase>\n' +
        "  </testsuite>\n</testsuites>\n",
    );
  });

  it("warnings alone fail their cases but not the summary (no record is invalid)", () => {
    const xml = junitReport([unknownRule()], summary({ records: 1, valid: 1, warnings: 1 }));
    expect(xml).toContain('<property name="tests" value="2"/><property name="failures" value="1"/>');
    expect(xml).toContain('<testsuite name="czt validate" tests="1" failures="0" errors="0" time="0.000">');
    expect(xml).toContain("<system-out>1 records, 1 valid, 0 invalid, 0 errors, 1 warnings, 0 infos</system-out>");
  });

  it("names cases by rule and title in the report language", () => {
    const xml = junitReport([malformedJson()], summary({ errors: 1 }), "zh");
    expect(xml).toContain('name="input.malformed-json: JSON 格式错误"');
    expect(xml).toContain('message="无法解析 JSON：此处应为一个值">exports/a.jsonl:3:2 无法解析 JSON：此处应为一个值</failure>');
  });

  it("escapes data for XML everywhere it appears, control characters made visible", () => {
    const xml = junitReport([unknownRule({ file: `a"<&'\u0001.jsonl`, ruleId: "x<y>", params: { v: "\u001b" } })], summary({ warnings: 1 }));
    const file = "a&quot;&lt;&amp;&apos;\\u0001.jsonl";
    expect(xml.split("\n")[2]).toBe(`  <testsuite name="${file}">`);
    expect(xml.split("\n")[3]).toBe(
      `    <testcase classname="${file}" name="x&lt;y&gt;: x&lt;y&gt;" file="${file}" line="7"><failure type="x&lt;y&gt;" message="x&lt;y&gt; {&quot;v&quot;:&quot;\\u001b&quot;}">${file}:7 [430100-P-7] /name x&lt;y&gt; {&quot;v&quot;:&quot;\\u001b&quot;}</failure></testcase>`,
    );
  });
});
