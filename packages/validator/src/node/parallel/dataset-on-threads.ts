import { batchBuffers } from "../../dataset/dataset-index.js";
import { collectDatasetFindings, type DatasetFindingsByRule, splitDatasetRules } from "../../dataset-phase.js";
import type { Session } from "../../session.js";
import type { WorkerPool } from "./worker-pool.js";

/**
 * Runs the session's dataset rules on two threads once every record is in: a worker
 * rebuilds the index from a copy and runs half the rules while this thread runs the
 * other half on its own index. Returns every rule's findings for `session.finish`, which
 * records them in rule order (the report is the one-thread report); undefined when there
 * is nothing to share (no dataset rule, or one).
 */
export async function runDatasetRulesOnTwoThreads(session: Session, pool: WorkerPool): Promise<DatasetFindingsByRule | undefined> {
  const phase = session.datasetPhase();
  if (phase === undefined || phase.rules.length < 2) return undefined;
  const { here, there } = splitDatasetRules(phase.rules);
  const index = phase.exportIndex();
  const elsewhere = pool.runDataset({ type: "dataset", index, ruleIds: there.map((rule) => rule.id), settings: phase.settings }, batchBuffers(index));
  // Should this thread's share throw, the worker's failure is not left unhandled as well.
  elsewhere.catch(() => undefined);
  const collected = collectDatasetFindings(phase.index, here, session.datasetContext);
  for (const [id, found] of await elsewhere) collected.set(id, found);
  return collected;
}
