import type { Db } from "./database.js";

/** One piece of work waiting for the next group commit. */
interface PendingWork {
  work: () => unknown;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

type Settled = { ok: true; result: unknown } | { ok: false; error: unknown };

/**
 * Group commit: the work that arrives in one turn of the event loop (writes, and reads that
 * append their audit events) runs one piece after the other in a single immediate transaction,
 * each piece in its own savepoint (one that throws undoes only its own changes), and every
 * piece settles only after the COMMIT. Durability per answered request is unchanged — nothing
 * is answered before the transaction holding its rows has committed — while a commit, most of
 * the cost of a small write, is paid once per group instead of once per request.
 */
export class GroupCommit {
  readonly #db: Db;
  readonly #one;
  readonly #group;
  /** Told after each committed group (the event log's notification). */
  readonly #afterCommit: () => void;
  #pending: PendingWork[] = [];

  constructor(db: Db, afterCommit: () => void = () => {}) {
    this.#db = db;
    this.#afterCommit = afterCommit;
    // Built once. Called inside the group's transaction, better-sqlite3 wraps it in a savepoint.
    this.#one = db.transaction((work: () => unknown) => work());
    // BEGIN IMMEDIATE … COMMIT around the whole group.
    this.#group = db.transaction((pending: readonly PendingWork[]): Settled[] =>
      pending.map((piece): Settled => {
        try {
          return { ok: true, result: this.#one(piece.work) };
        } catch (error) {
          // An error that ended the whole transaction (e.g. disk full) fails the group: nothing of it was committed.
          if (!this.#db.inTransaction) throw error;
          return { ok: false, error };
        }
      }),
    ).immediate;
  }

  /** Runs `work` in the next group's transaction; settles with its result (or its error) once that group has committed. */
  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      // setImmediate runs after the poll phase: every request parsed in this turn joins the group.
      if (this.#pending.length === 0) setImmediate(() => this.#commit());
      this.#pending.push({ work, resolve: resolve as (result: unknown) => void, reject });
    });
  }

  #commit(): void {
    const pending = this.#pending;
    this.#pending = [];
    let settled: Settled[];
    try {
      settled = this.#group(pending);
    } catch (error) {
      for (const piece of pending) piece.reject(error);
      return;
    }
    this.#afterCommit();
    settled.forEach((result, index) => {
      const piece = pending[index]!;
      if (result.ok) piece.resolve(result.result);
      else piece.reject(result.error);
    });
  }
}
