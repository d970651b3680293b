import { describe, expect, it } from "vitest";
import { ruleById } from "../../src/catalogue.js";
import { asExpected, fixtureContext, fixtureDirs, readExpected, readRecords, runRules } from "./fixture-runner.js";

const placeholder = /\{([A-Za-z0-9_]+)\}/g;

/**
 * Each rule's fixtures: the failing file yields exactly the findings its reviewed
 * expected.json states — that rule and no other (so the rules do not overlap), on those
 * records, at those pointers, with those figures — and the passing file yields nothing. Record-rule
 * fixtures run through the record rules; dataset fixtures through record and dataset rules.
 */
describe.each(fixtureDirs())("%s", (ruleId) => {
  const dataset = ruleId.startsWith("dataset.");
  const context = fixtureContext(ruleId);

  it("expected.json states findings of this rule only", () => {
    const expected = readExpected(ruleId);
    expect(expected.length).toBeGreaterThan(0);
    expect([...new Set(expected.map((finding) => finding.ruleId))]).toEqual([ruleId]);
  });

  it("fail.jsonl yields exactly the findings of expected.json", () => {
    const records = readRecords(ruleId, "fail");
    const actual = asExpected(records, runRules(records, context, dataset, ruleId));
    // On an intended change: `npx tsx scripts/write-fixture-expectations.ts <rule-id>` in packages/validator, then review the diff.
    expect(actual, `${ruleId}/expected.json`).toEqual(readExpected(ruleId));
  });

  it("fail.jsonl's findings supply every placeholder of both message templates", () => {
    const rule = ruleById(ruleId)!;
    for (const finding of runRules(readRecords(ruleId, "fail"), context, dataset, ruleId)) {
      for (const lang of ["zh", "en"] as const) {
        const missing = [...rule.message[lang].matchAll(placeholder)].map((m) => m[1]!).filter((name) => finding.params[`${name}.${lang}`] === undefined && finding.params[name] === undefined);
        expect(missing, `${lang}: ${rule.message[lang]}`).toEqual([]);
      }
    }
  });

  it("pass.jsonl yields nothing", () => {
    expect(runRules(readRecords(ruleId, "pass"), context, dataset, ruleId)).toEqual([]);
  });
});
