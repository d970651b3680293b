/**
 * Writes test/fixtures/rules/<id>/expected.json — the exact findings of each failing
 * fixture — from what the rules do today: `npx tsx scripts/write-fixture-expectations.ts [rule-id…]`.
 * The files are statements of behaviour: review the diff against the rule's definition
 * before committing it; test/rules/fixtures.test.ts compares the rules with them.
 */
import { writeFileSync } from "node:fs";
import { asExpected, expectedPath, fixtureContext, fixtureDirs, readRecords, runRules } from "../test/rules/fixture-runner.js";

const only = process.argv.slice(2);
for (const ruleId of fixtureDirs()) {
  if (only.length > 0 && !only.includes(ruleId)) continue;
  const records = readRecords(ruleId, "fail");
  const expected = asExpected(records, runRules(records, fixtureContext(ruleId), ruleId.startsWith("dataset."), ruleId));
  writeFileSync(expectedPath(ruleId), `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`${ruleId}: ${expected.length} finding(s)`);
}
