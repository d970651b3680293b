import { Worker } from "node:worker_threads";
import type { DatasetFindingsByRule } from "../../dataset-phase.js";
import type { DatasetTask, SliceResult, SliceTask, WorkerResult, WorkerSetup } from "./messages.js";

/** Slices queued per worker: one being checked, one waiting, so a worker never idles for the main thread. */
const queuedPerWorker = 2;

interface PoolWorker {
  worker: Worker;
  inFlight: number;
}

/**
 * N worker threads checking slices; each slice goes to the worker with the fewest queued,
 * and the caller checks a slice itself when every queue is full (`canSend`). Results come
 * back through one callback, in any order.
 */
export class WorkerPool {
  private readonly workers: PoolWorker[];
  private waiting: (() => void) | undefined;
  /** The findings of the dataset rules a worker runs (`runDataset`), once it sends them. */
  private datasetFindings: DatasetFindingsByRule | undefined;
  private failure: Error | undefined;
  private closing = 0;

  constructor(
    size: number,
    setup: WorkerSetup,
    youngGenerationMb: number,
    private readonly onResult: (result: SliceResult) => void,
  ) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL("./worker.js", import.meta.url), { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } });
      const entry: PoolWorker = { worker, inFlight: 0 };
      worker.on("message", (result: WorkerResult) => {
        entry.inFlight--;
        if (result.type === "slice") this.onResult(result);
        else if (result.type === "dataset") this.datasetFindings = result.findings;
        this.wake();
      });
      worker.on("error", (error) => {
        this.failure = error;
        this.wake();
      });
      return entry;
    });
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.();
  }

  /** Worker threads in the pool. */
  get size(): number {
    return this.workers.length;
  }

  private leastBusy(): PoolWorker {
    let best = this.workers[0]!;
    for (const entry of this.workers) if (entry.inFlight < best.inFlight) best = entry;
    return best;
  }

  private get inFlight(): number {
    let total = 0;
    for (const entry of this.workers) total += entry.inFlight;
    return total;
  }

  /**
   * Whether `send` may be called now: some worker's queue has room, or a worker failed
   * (`send` then throws its error, so a failure stops the run at once).
   */
  get canSend(): boolean {
    return this.failure !== undefined || (this.workers.length > 0 && this.leastBusy().inFlight < queuedPerWorker);
  }

  /** Sends a slice to the least busy worker (call only when `canSend`); throws a worker's failure. */
  send(task: SliceTask): void {
    if (this.failure) throw this.failure;
    const entry = this.leastBusy();
    if (entry.inFlight >= queuedPerWorker) throw new Error("WorkerPool.send: every worker's queue is full");
    entry.inFlight++;
    entry.worker.postMessage(task);
  }

  /**
   * Has the first worker run some dataset rules (its queue is empty once `drain` returned)
   * and waits for their findings; `transfer`: the task's buffers, moved rather than copied.
   */
  async runDataset(task: DatasetTask, transfer: ArrayBuffer[]): Promise<DatasetFindingsByRule> {
    const entry = this.workers[0];
    if (entry === undefined) throw new Error("WorkerPool.runDataset: the pool has no worker");
    if (this.failure) throw this.failure;
    this.datasetFindings = undefined;
    entry.inFlight++;
    entry.worker.postMessage(task, transfer);
    await this.drain();
    const findings = this.datasetFindings;
    if (findings === undefined) throw new Error("WorkerPool.runDataset: the worker sent no findings");
    return findings;
  }

  /** Waits for every slice sent so far. */
  async drain(): Promise<void> {
    while (this.inFlight > 0 && !this.failure) await new Promise<void>((resolve) => (this.waiting = resolve));
    if (this.failure) throw this.failure;
  }

  /** Lets each worker close its files, then stops the workers. */
  async close(): Promise<void> {
    if (!this.failure && this.closing++ === 0) {
      for (const entry of this.workers) {
        entry.inFlight++;
        entry.worker.postMessage({ type: "close" });
      }
      await this.drain().catch(() => undefined);
    }
    await Promise.all(this.workers.map((entry) => entry.worker.terminate()));
  }
}
