import { describe, expect, it } from "vitest";
import { agreementByRule, runHarness, runPassed } from "../src/harness.js";
import { allVectors, fixture } from "./support.js";

/**
 * The acceptance check of the harness itself: break one rule in the implementation and
 * the harness must report disagreement for exactly the vectors that expect that rule.
 */
describe.each(["transfer.pooled-fund", "dataset.dibao-two-cities"])("with %s switched off", (ruleId) => {
  it("disagrees on exactly that rule's vectors, and fails the run", async () => {
    const run = await runHarness({
      command: [process.execPath, fixture("broken-rule-adapter.mjs")],
      vectors: allVectors,
      env: { ...process.env, CZT_CONFORMANCE_BREAK_RULE: ruleId },
    });
    const disagreeing = run.results.filter((result) => result.status === "disagree").map((result) => result.vector.id);
    const expected = allVectors.filter((vector) => vector.findings.some((finding) => finding.ruleId === ruleId)).map((vector) => vector.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(disagreeing).toEqual(expected);
    expect(run.results.filter((result) => result.status === "errored")).toEqual([]);
    const rows = agreementByRule(run).filter((row) => row.disagree > 0);
    expect(rows.map((row) => row.ruleId)).toEqual([ruleId]);
    expect(runPassed(run)).toBe(false);
  });
});
