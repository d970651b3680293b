import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Encoding } from "@czt/validator";
import { type ProblemException, problems } from "../http/problem.js";
import { validationWorkerSource } from "./validation-worker-source.js";

export interface ValidationPoolOptions {
  /** Validations running at once, each in its own worker thread. */
  workers: number;
  /** Uploads waiting for a free worker; one more is answered 503 with Retry-After. */
  maxQueued: number;
  /** Findings listed in a report; the summary still counts every one. */
  maxFindings: number;
  /** A validation running longer is stopped (its worker replaced) and answered 503. */
  timeoutMs: number;
  /** Old-generation heap of each worker: a validation that needs more is stopped (413), not the server. */
  maxHeapMb: number;
  /** Seconds a client is told to wait (Retry-After) when the pool is full. */
  retryAfterSeconds: number;
}

export const defaultValidationPoolOptions: ValidationPoolOptions = {
  workers: 1,
  maxQueued: 4,
  maxFindings: 1000,
  timeoutMs: 120_000,
  maxHeapMb: 512,
  retryAfterSeconds: 10,
};

interface Job {
  id: number;
  bytes: Uint8Array;
  encoding: Encoding;
  resolve: (json: string) => void;
  reject: (problem: ProblemException) => void;
}

/** One worker thread (started on first use, replaced after a failure) and the job it runs. */
interface Slot {
  worker: Worker | undefined;
  job: Job | undefined;
  timer: NodeJS.Timeout | undefined;
}

type WorkerReply = { id: number; json: string } | { id: number; error: string };

/**
 * Runs uploaded exports through the validator in worker threads, so that a large
 * validation never blocks the event loop that answers every other request. The queue is
 * bounded: when every worker is busy and `maxQueued` uploads wait, the next is refused
 * at once (503 + Retry-After) instead of piling up bodies of up to 16 MiB in memory.
 */
export class ValidationPool {
  readonly options: ValidationPoolOptions;
  readonly #slots: Slot[];
  readonly #queue: Job[] = [];
  readonly #validatorUrl = pathToFileURL(createRequire(import.meta.url).resolve("@czt/validator")).href;
  #nextId = 0;
  #closed = false;

  constructor(options: Partial<ValidationPoolOptions> = {}) {
    this.options = { ...defaultValidationPoolOptions, ...options };
    this.#slots = Array.from({ length: Math.max(1, this.options.workers) }, () => ({ worker: undefined, job: undefined, timer: undefined }));
  }

  /** The JSON report of `czt validate --format json` for a JSON Lines export; rejects with a 503 problem when full or failed. */
  validate(body: Uint8Array, encoding: Encoding): Promise<string> {
    if (this.#closed) return Promise.reject(this.#unavailable("the server is shutting down"));
    // A copy of its own, transferred to the worker: the caller keeps its buffer (which may share Node's pool).
    const bytes = new Uint8Array(body.byteLength);
    bytes.set(body);
    return new Promise((resolve, reject) => {
      const job: Job = { id: this.#nextId++, bytes, encoding, resolve, reject };
      const free = this.#slots.find((slot) => slot.job === undefined);
      if (free !== undefined) this.#run(free, job);
      else if (this.#queue.length < this.options.maxQueued) this.#queue.push(job);
      else reject(this.#unavailable(`${this.#slots.length + this.#queue.length} validations are running or waiting; try again later`));
    });
  }

  /** Refuses what waits and stops every worker. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#queue.splice(0)) job.reject(this.#unavailable("the server is shutting down"));
    await Promise.all(
      this.#slots.map((slot) => {
        const worker = slot.worker;
        if (slot.job !== undefined) this.#fail(slot, this.#unavailable("the server is shutting down"));
        return worker?.terminate();
      }),
    );
  }

  #unavailable(detail: string): ProblemException {
    return problems.serviceUnavailable(detail, this.options.retryAfterSeconds);
  }

  #run(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker ??= this.#spawn(slot);
    slot.timer = setTimeout(
      () => this.#fail(slot, this.#unavailable(`the validation took longer than ${Math.round(this.options.timeoutMs / 1000)} s and was stopped`)),
      this.options.timeoutMs,
    );
    try {
      slot.worker.postMessage({ id: job.id, bytes: job.bytes, encoding: job.encoding }, [job.bytes.buffer as ArrayBuffer]);
    } catch (error) {
      this.#fail(slot, this.#unavailable(`the upload could not be handed to a worker: ${(error as Error).message}`));
    }
  }

  #spawn(slot: Slot): Worker {
    const worker = new Worker(validationWorkerSource, {
      eval: true,
      workerData: { validatorUrl: this.#validatorUrl, maxFindings: this.options.maxFindings },
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb },
    });
    // An idle worker never keeps the process alive; a request in flight does.
    worker.unref();
    worker.on("message", (reply: WorkerReply) => {
      const job = slot.job;
      if (slot.worker !== worker || job === undefined || job.id !== reply.id) return;
      clearTimeout(slot.timer);
      slot.job = undefined;
      if ("json" in reply) job.resolve(reply.json);
      else job.reject(this.#unavailable(`the validation failed: ${reply.error}`));
      this.#next(slot);
    });
    // Out of memory or a validator that failed to load: this job fails, a new worker takes the next.
    worker.on("error", (error: Error & { code?: string }) => {
      if (slot.worker !== worker || slot.job === undefined) return;
      // The upload itself needs more than a validation may use: retrying it would not help.
      const problem =
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? problems.payloadTooLarge(`validating this export needs more than ${this.options.maxHeapMb} MB of memory; split it into smaller exports`)
          : this.#unavailable(`the validation was stopped: ${error.message}`);
      this.#fail(slot, problem);
    });
    worker.on("exit", () => {
      if (slot.worker === worker) this.#fail(slot, this.#unavailable("the validation worker stopped"));
    });
    return worker;
  }

  /** Fails the slot's job, discards its worker (it may be stuck or out of memory) and moves on. */
  #fail(slot: Slot, problem: ProblemException): void {
    const job = slot.job;
    const worker = slot.worker;
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.worker = undefined;
    void worker?.terminate();
    job?.reject(problem);
    this.#next(slot);
  }

  #next(slot: Slot): void {
    const job = this.#closed ? undefined : this.#queue.shift();
    if (job !== undefined) this.#run(slot, job);
  }
}
