import { DatasetIndex } from "../../dataset/dataset-index.js";
import { collectDatasetFindingsFrom, contextOf } from "../../dataset-phase.js";
import { withDefaultParameters } from "../../parameter-defaults/index.js";
import { noParameters } from "../../parameters.js";
import type { DatasetRule } from "../../rule.js";
import { datasetRules } from "../../rules/index.js";
import type { DatasetResult, DatasetTask, WorkerSetup } from "./messages.js";

const ruleById = new Map<string, DatasetRule>(datasetRules.map((rule) => [rule.id, rule]));

/**
 * A worker's share of the dataset rules (`--jobs`): the index taken over from the main
 * thread's batch, the rules taken one at a time from the counter shared with the main
 * thread and run with its context (the parameters derived from the same options), the
 * findings returned by rule for the main thread to record.
 */
export function runDatasetShare(task: DatasetTask, options: WorkerSetup["options"]): DatasetResult {
  const index = DatasetIndex.fromBatch(task.index);
  const rules = task.ruleIds.map((id) => {
    const rule = ruleById.get(id);
    if (rule === undefined) throw new Error(`unknown dataset rule ${id}`);
    return rule;
  });
  const context = contextOf(task.settings, withDefaultParameters(options.parameters ?? noParameters));
  return { type: "dataset", findings: collectDatasetFindingsFrom(index, rules, context, () => Atomics.add(task.next, 0, 1)) };
}
