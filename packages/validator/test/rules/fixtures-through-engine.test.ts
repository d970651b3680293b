import { describe, expect, it } from "vitest";
import { createValidator } from "../../src/index.js";
import { datasetRules } from "../../src/rules/index.js";
import { fixtureContext, fixtureDirs, readRecords } from "./fixture-runner.js";

/**
 * The same fixtures through the engine (schema layer, record rules, dataset index and
 * dataset rules, as `czt validate` runs them): the failing file is reported under
 * exactly its rule, the passing one not at all. Record-rule fixtures are single
 * records, so dataset rules are disabled for them.
 */
describe.each(fixtureDirs())("%s through createValidator", (ruleId) => {
  const context = fixtureContext(ruleId);
  const validator = createValidator({
    asOf: context.asOf,
    parameters: context.parameters,
    // Fixtures name agencies with placeholder credit codes, shared across divisions: only the
    // fixtures of dataset.shared-credit-code itself are judged by it.
    ...(ruleId.startsWith("dataset.")
      ? { disableRules: ruleId === "dataset.shared-credit-code" ? [] : ["dataset.shared-credit-code"] }
      : { disableRules: datasetRules.map((rule) => rule.id) }),
  });

  it("fail.jsonl is reported under this rule only", async () => {
    const report = await validator.validateRecords(readRecords(ruleId, "fail"));
    expect(Object.keys(report.summary.byRule)).toEqual([ruleId]);
  });

  it("pass.jsonl is clean", async () => {
    const report = await validator.validateRecords(readRecords(ruleId, "pass"));
    expect(report.summary.byRule).toEqual({});
  });
});
