import { describe, expect, it } from "vitest";
import type { Finding, Summary } from "../src/index.js";
import { malformedJson, summary, unknownRule, without, writeReport } from "./support/findings.js";

const githubReport = (findings: Finding[], end: Summary, lang: "en" | "zh" = "en") => writeReport({ format: "github", lang }, findings, end).split("\n");

describe("GitHub Actions annotations", () => {
  it("one workflow command per finding (error, warning, notice), then the summary line", () => {
    const lines = githubReport(
      [malformedJson(), unknownRule(), without(unknownRule({ severity: "info", line: 8, column: 5, pointer: "" }), "recordId")],
      summary({ records: 3, valid: 1, invalid: 2, errors: 1, warnings: 1, infos: 1 }),
    );
    expect(lines).toEqual([
      "::error file=exports/a.jsonl,line=3,col=2,title=input.malformed-json::Cannot parse JSON: expected a value here",
      '::warning file=b.jsonl,line=7,title=x.custom::[430100-P-7] x.custom {"n":1} (/name)',
      '::notice file=b.jsonl,line=8,col=5,title=x.custom::x.custom {"n":1}',
      "3 records, 1 valid, 2 invalid, 1 errors, 1 warnings",
      "",
    ]);
  });

  it("leaves out the column when there is none, and the pointer when the message already names it", () => {
    const lines = githubReport([malformedJson({ column: 0, pointer: "/a" }), unknownRule({ params: { field: "/name" } })], summary());
    expect(lines[0]).toBe("::error file=exports/a.jsonl,line=3,title=input.malformed-json::Cannot parse JSON: expected a value here (/a)");
    expect(lines[1]).toBe('::warning file=b.jsonl,line=7,title=x.custom::[430100-P-7] x.custom {"field":"/name"}');
  });

  it("renders the message in the report language", () => {
    expect(githubReport([malformedJson()], summary(), "zh")[0]).toBe("::error file=exports/a.jsonl,line=3,col=2,title=input.malformed-json::无法解析 JSON：此处应为一个值");
  });

  it("escapes what the runner unescapes: % in the message, and also : and , in the file and title", () => {
    const lines = githubReport([unknownRule({ file: "C:/a,b%c.jsonl", ruleId: "x:y,z%", params: { v: "50%: a,b" } })], summary());
    expect(lines[0]).toBe('::warning file=C%3A/a%2Cb%25c.jsonl,line=7,title=x%3Ay%2Cz%25::[430100-P-7] x:y,z%25 {"v":"50%25: a,b"} (/name)');
  });

  it("shows line breaks and control characters in data as visible escapes, so data cannot start a second command", () => {
    const lines = githubReport([malformedJson({ file: "a\r\nb", params: { expected: "x\n::error::forged\u001b" } })], summary());
    expect(lines[0]).toBe("::error file=a\\r\\nb,line=3,col=2,title=input.malformed-json::Cannot parse JSON: expected x\\n::error::forged\\u001b here");
    expect(lines).toHaveLength(3);
  });
});
