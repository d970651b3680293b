import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../store/database.js";
import type { GroupCommit } from "../store/group-commit.js";
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

/**
 * Runs writes under their Idempotency-Key (draft-ietf-httpapi-idempotency-key-header):
 * the lookup, the write and the saved response of a request share one SQLite
 * transaction, so two requests with the same key can never both write. Same key
 * and same request: the first response is replayed. Same key, other request: 422.
 * Only successful responses are kept: a rejected request may be corrected and retried.
 *
 * Each write joins the server's group commit (`GroupCommit`): it runs in its own savepoint
 * of the group's transaction, and its response waits for the COMMIT.
 */
export class IdempotentWrites {
  readonly #one;
  readonly #groups: GroupCommit;
  /** Fault injection: run every request as new. */
  readonly #ignore: boolean;

  constructor(db: Db, store: IdempotencyStore, groups: GroupCommit, ignore = false) {
    this.#groups = groups;
    this.#ignore = ignore;
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
    // The ignore-idempotency fault: every request runs as new (still in a group, so its event commits with it).
    if (this.#ignore) return this.#groups.run(execute);
    const fingerprint = requestFingerprint(request);
    return this.#groups.run(() => this.#one(agency, header, fingerprint, execute));
  }
}

export function sendOutcome(reply: FastifyReply, outcome: Outcome): FastifyReply {
  return reply.code(outcome.status).headers(outcome.headers).type("application/json; charset=utf-8").send(outcome.json);
}
