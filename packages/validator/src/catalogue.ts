import { inputRules, schemaRules } from "./engine-rules.js";
import type { Rule } from "./rule.js";
import { datasetRules, recordRules } from "./rules/index.js";

/**
 * Every rule of the validator, in report order: input, schema, record, dataset. The
 * catalogue is the single source of rule ids, severities and zh/en texts; docs/rules.md
 * is generated from it (`npm run generate -w @czt/validator`).
 */
export const rules: readonly Rule[] = [...inputRules, ...schemaRules, ...recordRules, ...datasetRules];

const byId: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

/** A parameter table of `parameters.ts` a rule reads. */
export interface RuleParameterNeed {
  /** Top-level key of the parameter file. */
  readonly table: "contributionBase" | "dibaoStandard" | "workingDayCalendar" | "flatBenefit";
  /** Without the table the rule does nothing (required) or uses a documented default (optional). */
  readonly required: boolean;
  /** What the rule does without the table. */
  readonly withoutIt: string;
}

/** Which rules read the parameter file, so reports and docs can say a rule was idle for want of a table. */
export const ruleParameters: Readonly<Record<string, RuleParameterNeed>> = {
  "enrolment.contribution-base-bounds": { table: "contributionBase", required: true, withoutIt: "does nothing" },
  "assistance.dibao-standard-matches-table": { table: "dibaoStandard", required: true, withoutIt: "does nothing" },
  "transfer.step-deadline": { table: "workingDayCalendar", required: false, withoutIt: "counts Monday–Friday only, no holidays" },
  "dataset.flat-benefit": { table: "flatBenefit", required: false, withoutIt: "uses 5 households" },
};
