import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../store/database.js";
import type { IdempotencyStore } from "../store/idempotency-store.js";
import { problems } from "./problem.js";

/** What a write handler produces; kept verbatim under the Idempotency-Key. */
export interface Outcome {
  status: number;
  headers: Record<string, string>;
  /** The JSON body, serialised once: sent, stored and replayed as is. */
  json: string;
}

/** JSON with object keys sorted, so that the same body always has the same fingerprint. Built by concatenation: it runs on every write. */
function canonicalJson(value: unknown): string {
  if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? "null";
  let out: string;
  if (Array.isArray(value)) {
    out = "[";
    for (let index = 0; index < value.length; index++) out += (index === 0 ? "" : ",") + canonicalJson(value[index]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  // The default sort compares UTF-16 code units, as JSON key order is compared here.
  const keys = Object.keys(record).sort();
  out = "{";
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    out += `${index === 0 ? "" : ","}${JSON.stringify(key)}:${canonicalJson(record[key])}`;
  }
  return `${out}}`;
}

export function requestFingerprint(request: FastifyRequest): string {
  const hash = createHash("sha256").update(`${request.method} ${request.url}\n${String(request.headers["if-match"] ?? "")}\n`);
  return hash.update(Buffer.isBuffer(request.body) ? request.body : canonicalJson(request.body)).digest("hex");
}

/** One write waiting for the next group commit. */
interface PendingWrite {
  agency: string;
  /** Undefined for a write without an Idempotency-Key (a PUT may omit it). */
  key: string | undefined;
  fingerprint: string;
  execute: () => Outcome;
  resolve: (outcome: Outcome) => void;
  reject: (error: unknown) => void;
}

type Settled = { ok: true; outcome: Outcome } | { ok: false; error: unknown };

/**
 * Runs writes under their Idempotency-Key (draft-ietf-httpapi-idempotency-key-header):
 * the lookup, the write and the saved response of a request share one SQLite
 * transaction, so two requests with the same key can never both write. Same key
 * and same request: the first response is replayed. Same key, other request: 422.
 * Only successful responses are kept: a rejected request may be corrected and retried.
 *
 * Group commit: the writes that arrive in one turn of the event loop run one after
 * the other in a single immediate transaction, each in its own savepoint (a
 * rejected write undoes only its own changes), and every response waits for the
 * COMMIT. Durability per acknowledged write is unchanged; a commit — most of the
 * cost of a small write — is paid once per group instead of once per request.
 */
export class IdempotentWrites {
  readonly #db: Db;
  readonly #one;
  readonly #group;
  /** Fault injection: run every request as new. */
  readonly #ignore: boolean;
  #pending: PendingWrite[] = [];
  /** Told after each committed group (the event log's notification). */
  readonly #afterCommit: () => void;

  constructor(db: Db, store: IdempotencyStore, ignore = false, afterCommit: () => void = () => {}) {
    this.#db = db;
    this.#ignore = ignore;
    this.#afterCommit = afterCommit;
    // Built once. Called inside the group's transaction, better-sqlite3 wraps it in a savepoint.
    this.#one = db.transaction((agency: string, key: string | undefined, fingerprint: string, execute: () => Outcome): Outcome => {
      if (key === undefined) return execute();
      const prior = store.find(agency, key);
      if (prior !== undefined) {
        if (prior.fingerprint !== fingerprint) {
          throw problems.unprocessable(
            "idempotency-key-reused",
            "Idempotency-Key reused",
            "this Idempotency-Key was already used for a different request",
            [{ ruleId: "api.idempotency-key", pointer: "/headers/Idempotency-Key" }],
          );
        }
        return { status: prior.status, headers: { ...prior.headers, "idempotent-replayed": "true" }, json: prior.body };
      }
      const outcome = execute();
      if (outcome.status >= 200 && outcome.status < 300) store.save(agency, key, { fingerprint, status: outcome.status, headers: outcome.headers, body: outcome.json });
      return outcome;
    });
    // BEGIN IMMEDIATE … COMMIT around the whole group.
    this.#group = db.transaction((writes: readonly PendingWrite[]): Settled[] =>
      writes.map((write): Settled => {
        try {
          return { ok: true, outcome: this.#one(write.agency, write.key, write.fingerprint, write.execute) };
        } catch (error) {
          // An error that ended the whole transaction (e.g. disk full) fails the group: nothing of it was committed.
          if (!this.#db.inTransaction) throw error;
          return { ok: false, error };
        }
      }),
    ).immediate;
  }

  /**
   * Runs `execute` under the request's Idempotency-Key; settles once its group is committed.
   * `keyOptional`: a PUT (idempotent by method, guarded by If-Match) may come without a key.
   */
  run(request: FastifyRequest, agency: string, execute: () => Outcome, keyOptional = false): Promise<Outcome> {
    const header = request.headers["idempotency-key"];
    if (header !== undefined || !keyOptional) {
      if (typeof header !== "string" || header.length === 0 || header.length > 255) {
        throw problems.badRequest(`${keyOptional ? "an" : "every POST needs an"} Idempotency-Key header (1 to 255 characters)`, [
          { ruleId: "api.idempotency-key", pointer: "/headers/Idempotency-Key" },
        ]);
      }
    }
    if (this.#ignore) return Promise.resolve(this.#alone(execute));
    const fingerprint = requestFingerprint(request);
    return new Promise((resolve, reject) => {
      // setImmediate runs after the poll phase: every request parsed in this turn joins the group.
      if (this.#pending.length === 0) setImmediate(() => this.#commit());
      this.#pending.push({ agency, key: header, fingerprint, execute, resolve, reject });
    });
  }

  /** A write outside any group (the ignore-idempotency fault): still one transaction, so its event commits with it. */
  #alone(execute: () => Outcome): Outcome {
    const outcome = this.#db.transaction(execute).immediate();
    this.#afterCommit();
    return outcome;
  }

  #commit(): void {
    const writes = this.#pending;
    this.#pending = [];
    let settled: Settled[];
    try {
      settled = this.#group(writes);
    } catch (error) {
      for (const write of writes) write.reject(error);
      return;
    }
    this.#afterCommit();
    settled.forEach((result, index) => {
      const write = writes[index]!;
      if (result.ok) write.resolve(result.outcome);
      else write.reject(result.error);
    });
  }
}

export function sendOutcome(reply: FastifyReply, outcome: Outcome): FastifyReply {
  return reply.code(outcome.status).headers(outcome.headers).type("application/json; charset=utf-8").send(outcome.json);
}
