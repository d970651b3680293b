import { describe, expect, it } from "vitest";
import { type Finding, type Lang, rules, type Summary } from "../src/index.js";
import { malformedJson, summary, unknownRule, writeReport } from "./support/findings.js";

function sarifText(findings: Finding[], end: Summary, lang: Lang = "en", toolVersion?: string): string {
  return writeReport({ format: "sarif", lang, ...(toolVersion === undefined ? {} : { toolVersion }) }, findings, end);
}

// biome-ignore lint/suspicious/noExplicitAny: SARIF is checked field by field below
function sarif(findings: Finding[], end: Summary = summary(), lang: Lang = "en"): any {
  return JSON.parse(sarifText(findings, end, lang));
}

describe("SARIF report", () => {
  it("is pretty-printed SARIF 2.1.0 JSON with one run of `czt validate`, its results and the summary", () => {
    for (const findings of [[], [malformedJson()], [malformedJson(), unknownRule()]]) {
      const text = sarifText(findings, summary({ records: 1, errors: findings.length }));
      const json = JSON.parse(text);
      expect(text).toBe(`${JSON.stringify(json, null, 2)}\n`);
      expect(Object.keys(json)).toEqual(["$schema", "version", "runs"]);
      expect(json.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
      expect(json.version).toBe("2.1.0");
      expect(json.runs).toHaveLength(1);
      expect(Object.keys(json.runs[0])).toEqual(["tool", "results", "properties"]);
      expect(json.runs[0].results).toHaveLength(findings.length);
    }
  });

  it("names the tool, its version (0.1.0 unless given) and home", () => {
    const driver = (version?: string) => JSON.parse(sarifText([], summary(), "en", version)).runs[0].tool.driver;
    expect(driver("2.3.4")).toMatchObject({ name: "czt validate", version: "2.3.4", informationUri: "https://czt-ss.org/" });
    expect(driver().version).toBe("0.1.0");
  });

  it("lists every rule of the catalogue, sorted by id, with its title, guidance, level and category in the report language", () => {
    const driverRules = sarif([]).runs[0].tool.driver.rules;
    expect(driverRules.map((r: { id: string }) => r.id)).toEqual(rules.map((r) => r.id).sort());
    expect(driverRules.find((r: { id: string }) => r.id === "input.malformed-json")).toEqual({
      id: "input.malformed-json",
      name: "inputMalformedJson",
      shortDescription: { text: "Malformed JSON" },
      fullDescription: { text: "Check brackets, quotes and commas on this line (or record); each line of a JSON Lines file must be one complete JSON record." },
      help: { text: "Check brackets, quotes and commas on this line (or record); each line of a JSON Lines file must be one complete JSON record." },
      defaultConfiguration: { level: "error" },
      properties: { category: "input", tags: ["input"] },
    });
    const zh = sarif([], summary(), "zh").runs[0].tool.driver.rules.find((r: { id: string }) => r.id === "code.not-active");
    expect(zh).toMatchObject({ name: "codeNotActive", shortDescription: { text: "代码已弃用或停用" }, defaultConfiguration: { level: "warning" }, properties: { category: "code", tags: ["code"] } });
    expect(zh.fullDescription.text).toBe(rules.find((r) => r.id === "code.not-active")?.guidance.zh);
    // Rule names are identifiers: each `.` or `-` dropped and the letter after it capitalised.
    expect(driverRules.find((r: { id: string }) => r.id === "id-number.check-character").name).toBe("idNumberCheckCharacter");
    for (const rule of driverRules) expect(rule.name).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });

  it("gives each result its rule, the rule's index in the driver's list, level, message and properties", () => {
    const run = sarif([malformedJson(), unknownRule({ severity: "info" }), unknownRule()], summary(), "zh").runs[0];
    const [malformed, info, warning] = run.results;
    expect(run.tool.driver.rules[malformed.ruleIndex].id).toBe("input.malformed-json");
    expect(malformed).toMatchObject({
      ruleId: "input.malformed-json",
      level: "error",
      message: { text: "无法解析 JSON：此处应为一个值" },
      properties: { pointer: "", recordIndex: 2, params: malformedJson().params },
    });
    expect(malformed.properties).not.toHaveProperty("recordId");
    // A rule outside the catalogue has no index.
    expect(info).not.toHaveProperty("ruleIndex");
    expect(info).toMatchObject({ ruleId: "x.custom", level: "note", message: { text: 'x.custom {"n":1}' } });
    expect(info.properties).toEqual({ pointer: "/name", recordIndex: 6, recordId: "430100-P-7", params: { n: 1 } });
    expect(warning.level).toBe("warning");
  });

  it("locates a result in its file (a URI) by line and column, and in its record by the pointer", () => {
    const [withColumn, withoutColumn] = sarif([malformedJson({ file: "exports\\a b#1.jsonl", pointer: "/sex" }), unknownRule({ line: 1 })]).runs[0].results;
    expect(withColumn.locations).toEqual([
      {
        physicalLocation: { artifactLocation: { uri: "exports/a%20b#1.jsonl" }, region: { startLine: 3, startColumn: 2 } },
        logicalLocations: [{ fullyQualifiedName: "#2/sex", kind: "member" }],
      },
    ]);
    expect(withoutColumn.locations).toEqual([
      {
        physicalLocation: { artifactLocation: { uri: "b.jsonl" }, region: { startLine: 1 } },
        logicalLocations: [{ fullyQualifiedName: "430100-P-7/name", kind: "member" }],
      },
    ]);
  });

  it("gives no region where there is no line, and no logical location where there is no pointer", () => {
    const [result] = sarif([malformedJson({ line: 0, column: 0 })]).runs[0].results;
    expect(result.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: "exports/a.jsonl" } } }]);
  });

  it("fingerprints a finding by rule, file, record and pointer, not by line, and the fingerprint never changes between releases", () => {
    const fingerprint = (finding: Finding) => sarif([finding]).runs[0].results[0].partialFingerprints["cztFinding/v1"];
    const base = fingerprint(unknownRule());
    // Pinned: code-scanning tools match alerts across runs by this value.
    expect(base).toBe(fnv1aReference('x.custom|b.jsonl|430100-P-7|/name'));
    expect(fingerprint(malformedJson())).toBe(fnv1aReference("input.malformed-json|exports/a.jsonl|2|"));
    expect(fingerprint(unknownRule({ line: 70, column: 3, recordIndex: 9, severity: "error", params: { n: 2 } }))).toBe(base);
    for (const changed of [{ ruleId: "x.other" }, { file: "c.jsonl" }, { recordId: "430100-P-8" }, { pointer: "/sex" }]) {
      expect(fingerprint(unknownRule(changed))).not.toBe(base);
    }
    expect(fingerprint(malformedJson({ recordIndex: 3 }))).not.toBe(fingerprint(malformedJson()));
    expect([base, fingerprint(malformedJson())]).toEqual(["c5921b8b", "3c6f5d54"]);
    // Always eight hex digits, also when the hash is small.
    expect(fingerprint(unknownRule({ file: "f8.jsonl" }))).toBe("0632aee3");
  });

  it("puts the run's summary, without the per-rule record counts, in the run's properties", () => {
    const end = summary({ records: 2, valid: 1, invalid: 1, errors: 1, byRule: { "schema.enum": 1 }, recordsByRule: { "schema.enum": 1 } });
    expect(sarif([malformedJson()], end).runs[0].properties).toEqual({
      summary: { records: 2, valid: 1, invalid: 1, errors: 0 + 1, warnings: 0, infos: 0, byRule: { "schema.enum": 1 } },
    });
  });
});

/** FNV-1a, 32 bits, as the published reference defines it (over UTF-16 code units here), in hex. */
function fnv1aReference(text: string): string {
  let hash = 2166136261n;
  for (const unit of Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))) {
    hash ^= BigInt(unit);
    hash = (hash * 16777619n) % 2n ** 32n;
  }
  return hash.toString(16).padStart(8, "0");
}

describe("the SARIF fingerprint's hash", () => {
  it("matches the published FNV-1a test vectors", () => {
    expect(fnv1aReference("")).toBe("811c9dc5");
    expect(fnv1aReference("a")).toBe("e40c292c");
    expect(fnv1aReference("foobar")).toBe("bf9cf968");
  });
});
