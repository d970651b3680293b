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

/** The settings of a rule context, to send to another thread. */
export function settingsOf(context: RuleContext): DatasetPhaseSettings {
  return { asOf: context.asOf, schemaVersion: context.schemaVersion, lenientReferences: context.lenientReferences === true };
}

/** The rule context another thread rebuilds from `settingsOf` and its own parameters (from the same options). */
export function contextOf(settings: DatasetPhaseSettings, parameters: RuleContext["parameters"]): RuleContext {
  const context: RuleContext = { asOf: settings.asOf, schemaVersion: settings.schemaVersion, parameters };
  if (settings.lenientReferences) context.lenientReferences = true;
  return context;
}

/** The dataset phase of a finished read, to be shared between threads (`Session.datasetPhase`). */
export interface DatasetPhase {
  /** The rules the session runs, in the order their findings are recorded. */
  rules: readonly DatasetRule[];
  index: DatasetIndex;
  /** The rules' context (another thread gets it through `settingsOf` and `contextOf`). */
  context: RuleContext;
  /** The whole index as a batch another thread can rebuild it from (trimmed copies: transferable). */
  exportIndex(): IndexBatch;
}

/**
 * Runs the rules of `rules` that `takeNext` hands out — the index of the next rule to
 * run, or one past the last when none is left — keeping each rule's findings apart (a
 * session records them in rule order afterwards). Threads sharing one counter share the
 * rules out as they go: each rule runs once, on whichever thread was free first.
 */
export function collectDatasetFindingsFrom(index: DatasetIndex, rules: readonly DatasetRule[], context: RuleContext, takeNext: () => number): DatasetFindingsByRule {
  const byRule: DatasetFindingsByRule = new Map();
  for (let next = takeNext(); next < rules.length; next = takeNext()) {
    const rule = rules[next]!;
    const found: RawDatasetFinding[] = [];
    rule.check(index, context, (handle, pointer, params, severity) => {
      found.push({ handle, pointer, params, severity });
    });
    byRule.set(rule.id, found);
  }
  return byRule;
}
