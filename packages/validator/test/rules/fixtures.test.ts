import { describe, expect, it } from "vitest";
import { ruleById } from "../../src/catalogue.js";
import { fixtureContext, fixtureDirs, readRecords, runRules } from "./fixture-runner.js";

const placeholder = /\{([A-Za-z0-9_]+)\}/g;

/**
 * Each rule's fixtures: the failing file yields findings of exactly that rule and no
 * other (so the rules do not overlap), the passing file yields nothing. Record-rule
 * fixtures run through the record rules; dataset fixtures through record and dataset rules.
 */
describe.each(fixtureDirs())("%s", (ruleId) => {
  const dataset = ruleId.startsWith("dataset.");
  const context = fixtureContext(ruleId);

  it("fail.jsonl yields this rule and nothing else", () => {
    const findings = runRules(readRecords(ruleId, "fail"), context, dataset);
    expect(findings.length).toBeGreaterThan(0);
    expect([...new Set(findings.map((finding) => finding.ruleId))]).toEqual([ruleId]);
  });

  it("fail.jsonl's findings supply every placeholder of both message templates", () => {
    const rule = ruleById(ruleId)!;
    for (const finding of runRules(readRecords(ruleId, "fail"), context, dataset)) {
      for (const lang of ["zh", "en"] as const) {
        const missing = [...rule.message[lang].matchAll(placeholder)].map((m) => m[1]!).filter((name) => finding.params[`${name}.${lang}`] === undefined && finding.params[name] === undefined);
        expect(missing, `${lang}: ${rule.message[lang]}`).toEqual([]);
      }
    }
  });

  it("pass.jsonl yields nothing", () => {
    expect(runRules(readRecords(ruleId, "pass"), context, dataset)).toEqual([]);
  });
});
