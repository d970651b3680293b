import { Worker } from "node:worker_threads";
import type { ChunkResult, ChunkTask, WorkerSetup } from "./messages.js";

/** N worker threads taking slices in turn; results come back through one callback, in any order. */
export class WorkerPool {
  private readonly workers: Worker[];
  private next = 0;
  private inFlight = 0;
  private waiting: (() => void) | undefined;
  private failure: Error | undefined;

  constructor(
    size: number,
    setup: WorkerSetup,
    private readonly onResult: (result: ChunkResult) => void,
  ) {
    this.workers = Array.from({ length: size }, () => {
      // A worker holds one slice at a time: a small young generation keeps its memory near that.
      const worker = new Worker(new URL("./worker.js", import.meta.url), { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
      worker.on("message", (result: ChunkResult) => {
        this.inFlight--;
        this.onResult(result);
        this.wake();
      });
      worker.on("error", (error) => {
        this.failure = error;
        this.wake();
      });
      return worker;
    });
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.();
  }

  /** Sends a slice to the next worker, first waiting while every worker has two slices queued. */
  async submit(task: ChunkTask): Promise<void> {
    while (this.inFlight >= this.workers.length * 2 && !this.failure) await new Promise<void>((resolve) => (this.waiting = resolve));
    if (this.failure) throw this.failure;
    this.inFlight++;
    const worker = this.workers[this.next++ % this.workers.length]!;
    worker.postMessage(task, [task.bytes.buffer as ArrayBuffer]);
  }

  /** Waits for every slice sent so far. */
  async drain(): Promise<void> {
    while (this.inFlight > 0 && !this.failure) await new Promise<void>((resolve) => (this.waiting = resolve));
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
