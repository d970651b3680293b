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

/** JSON with object keys sorted, so that the same body always has the same fingerprint. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export function requestFingerprint(request: FastifyRequest): string {
  const hash = createHash("sha256").update(`${request.method} ${request.url}\n${String(request.headers["if-match"] ?? "")}\n`);
  return hash.update(Buffer.isBuffer(request.body) ? request.body : canonicalJson(request.body)).digest("hex");
}

/**
 * Runs writes under their Idempotency-Key (draft-ietf-httpapi-idempotency-key-header):
 * the lookup, the write and the saved response share one immediate SQLite
 * transaction, so two requests with the same key can never both write. Same key
 * and same request: the first response is replayed. Same key, other request: 422.
 * Only successful responses are kept: a rejected request may be corrected and retried.
 */
export class IdempotentWrites {
  readonly #transaction;
  /** Fault injection: run every request as new. */
  readonly #ignore: boolean;

  constructor(db: Db, store: IdempotencyStore, ignore = false) {
    this.#ignore = ignore;
    // Built once: better-sqlite3 wraps the function in BEGIN IMMEDIATE … COMMIT.
    this.#transaction = db.transaction((agency: string, key: string, fingerprint: string, execute: () => Outcome): Outcome => {
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

  run(request: FastifyRequest, agency: string, execute: () => Outcome): Outcome {
    const header = request.headers["idempotency-key"];
    if (typeof header !== "string" || header.length === 0 || header.length > 255) {
      throw problems.badRequest("every POST needs an Idempotency-Key header (1 to 255 characters)", [{ ruleId: "api.idempotency-key", pointer: "/headers/Idempotency-Key" }]);
    }
    if (this.#ignore) return execute();
    return this.#transaction.immediate(agency, header, requestFingerprint(request), execute);
  }
}

export function sendOutcome(reply: FastifyReply, outcome: Outcome): FastifyReply {
  return reply.code(outcome.status).headers(outcome.headers).type("application/json; charset=utf-8").send(outcome.json);
}
