import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Db } from "./database.js";

/** SQLite's default: the writing connection checkpoints once the WAL holds this many pages. */
const sqliteAutocheckpointPages = 1000;
/** While the background checkpointer runs, the writer checkpoints only if the WAL grows this far (the checkpointer failing or falling behind). */
const fallbackAutocheckpointPages = 10_000;

// The worker is plain JavaScript evaluated from a string, so that it runs the same
// from the compiled package and from the TypeScript sources under test.
const workerSource = `(async () => {
  const { parentPort, workerData } = await import("node:worker_threads");
  const { default: Database } = await import(workerData.driver);
  const db = new Database(workerData.file, { fileMustExist: true });
  const timer = setInterval(() => {
    try {
      db.pragma("wal_checkpoint(PASSIVE)");
    } catch {
      // Busy or failing: the writer's own fallback checkpoint keeps the WAL bounded.
    }
  }, workerData.intervalMs);
  parentPort.once("message", () => {
    clearInterval(timer);
    db.close();
    parentPort.close();
  });
})()`;

/**
 * Checkpoints a WAL database from a worker thread with its own connection. A
 * checkpoint copies the WAL into the database file and fsyncs it; left to SQLite it
 * runs inside whichever COMMIT crosses 1000 pages, stalling the event loop for
 * milliseconds. Durability is unchanged: commits are safe in the WAL either way.
 */
export class WalCheckpointer {
  readonly #db: Db;
  readonly #worker: Worker;
  readonly #exited: Promise<void>;

  private constructor(db: Db, intervalMs: number) {
    this.#db = db;
    const driver = pathToFileURL(createRequire(import.meta.url).resolve("better-sqlite3")).href;
    this.#worker = new Worker(workerSource, { eval: true, workerData: { driver, file: db.name, intervalMs } });
    // Never keeps the process alive; errors (e.g. the driver failing to load) leave the fallback checkpoint in charge.
    this.#worker.unref();
    this.#exited = new Promise((resolve) => {
      this.#worker.once("exit", () => resolve());
      this.#worker.once("error", () => resolve());
    });
    db.pragma(`wal_autocheckpoint = ${fallbackAutocheckpointPages}`);
  }

  /** Starts checkpointing `db` in the background; undefined for a database that is not a WAL file (e.g. `:memory:`). */
  static start(db: Db, intervalMs = 200): WalCheckpointer | undefined {
    if (db.memory || String(db.pragma("journal_mode", { simple: true })).toLowerCase() !== "wal") return undefined;
    return new WalCheckpointer(db, intervalMs);
  }

  /** Stops the worker (it closes its connection) and gives checkpointing back to the writer. */
  async stop(): Promise<void> {
    this.#worker.postMessage("stop");
    await this.#exited;
    if (this.#db.open) this.#db.pragma(`wal_autocheckpoint = ${sqliteAutocheckpointPages}`);
  }
}
