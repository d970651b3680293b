import { batchBuffers } from "../../dataset/dataset-index.js";
import { collectDatasetFindingsFrom, type DatasetFindingsByRule, settingsOf } from "../../dataset-phase.js";
import type { Session } from "../../session.js";
import type { WorkerPool } from "./worker-pool.js";

/**
 * Runs the session's dataset rules on two threads once every record is in: a worker
 * takes over a copy of the index while this thread starts on its own, and both take the
 * rules one at a time from a counter they share (the next rule goes to whichever thread
 * is free). Returns every rule's findings for `session.finish`, which records them in
 * rule order (the report is the one-thread report); undefined when there is nothing to
 * share (no dataset rule, or one).
 */
export async function runDatasetRulesOnTwoThreads(session: Session, pool: WorkerPool): Promise<DatasetFindingsByRule | undefined> {
  const phase = session.datasetPhase();
  if (phase === undefined || phase.rules.length < 2) return undefined;
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const index = phase.exportIndex();
  const elsewhere = pool.runDataset({ type: "dataset", index, ruleIds: phase.rules.map((rule) => rule.id), next, settings: settingsOf(phase.context) }, batchBuffers(index));
  // Should this thread's share throw, the worker's failure is not left unhandled as well.
  elsewhere.catch(() => undefined);
  const collected = collectDatasetFindingsFrom(phase.index, phase.rules, phase.context, () => Atomics.add(next, 0, 1));
  for (const [id, found] of await elsewhere) collected.set(id, found);
  return collected;
}
