import type { DatasetIndex, IndexBatch } from "./dataset/dataset-index.js";
import type { DatasetRule, Params, RecordHandle, RuleContext, Severity } from "./rule.js";

/** A dataset rule's finding as the rule emitted it, not yet located or counted (it may come from another thread). */
export interface RawDatasetFinding {
  handle: RecordHandle;
  pointer: string;
  params: Params;
  severity: Severity | undefined;
}

/** Dataset findings by rule id, each rule's in the order it emitted them. */
export type DatasetFindingsByRule = Map<string, RawDatasetFinding[]>;

/** What another thread needs to run some of a session's dataset rules: the rule context but for the parameters, which it derives from the same options. */
export interface DatasetPhaseSettings {
  asOf: string;
  schemaVersion: string;
  lenientReferences: boolean;
}

/** The dataset phase of a finished read, to be shared between threads (`Session.datasetPhase`). */
export interface DatasetPhase {
  /** The rules the session runs, in the order their findings are recorded. */
  rules: readonly DatasetRule[];
  index: DatasetIndex;
  settings: DatasetPhaseSettings;
  /** The whole index as a batch another thread can rebuild it from (trimmed copies: transferable). */
  exportIndex(): IndexBatch;
}

/** Runs `rules` over `index`, keeping each rule's findings apart (a session records them in rule order afterwards). */
export function collectDatasetFindings(index: DatasetIndex, rules: readonly DatasetRule[], context: RuleContext): DatasetFindingsByRule {
  const byRule: DatasetFindingsByRule = new Map();
  for (const rule of rules) {
    const found: RawDatasetFinding[] = [];
    rule.check(index, context, (handle, pointer, params, severity) => {
      found.push({ handle, pointer, params, severity });
    });
    byRule.set(rule.id, found);
  }
  return byRule;
}

/**
 * Splits a phase's rules between this thread and another, alternating in rule order (the
 * costly rules are spread through the list, so each side gets about half the work).
 */
export function splitDatasetRules(rules: readonly DatasetRule[]): { here: DatasetRule[]; there: DatasetRule[] } {
  const here: DatasetRule[] = [];
  const there: DatasetRule[] = [];
  rules.forEach((rule, i) => {
    (i % 2 === 0 ? here : there).push(rule);
  });
  return { here, there };
}
