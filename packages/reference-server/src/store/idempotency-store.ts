import type { Db } from "./database.js";

/** A response kept under an Idempotency-Key, replayed on a repeat. */
export interface StoredResponse {
  fingerprint: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Responses by (agency, key); keys expire after `ttlMs` (24 hours by default). */
export class IdempotencyStore {
  readonly #find;
  readonly #save;
  readonly #purge;
  readonly #ttlMs: number;
  #cutoffSecond = Number.NaN;
  #cutoffText = "";

  constructor(db: Db, ttlMs = 24 * 60 * 60 * 1000) {
    this.#ttlMs = ttlMs;
    this.#find = db.prepare<[string, string, string], { fingerprint: string; status: number; headers: string; body: string }>(
      "SELECT fingerprint, status, headers, body FROM idempotency_keys WHERE agency = ? AND key = ? AND created_at >= ?",
    );
    this.#save = db.prepare(
      "INSERT OR REPLACE INTO idempotency_keys (agency, key, fingerprint, status, headers, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    );
    this.#purge = db.prepare("DELETE FROM idempotency_keys WHERE created_at < ?");
  }

  find(agency: string, key: string): StoredResponse | undefined {
    const row = this.#find.get(agency, key, this.#cutoff());
    if (row === undefined) return undefined;
    return { fingerprint: row.fingerprint, status: row.status, headers: JSON.parse(row.headers) as Record<string, string>, body: row.body };
  }

  save(agency: string, key: string, response: StoredResponse): void {
    this.#save.run(agency, key, response.fingerprint, response.status, JSON.stringify(response.headers), response.body, new Date().toISOString());
  }

  /** Drops expired keys; returns how many. */
  purgeExpired(): number {
    return this.#purge.run(this.#cutoff()).changes;
  }

  /** The oldest creation time still valid, to the second (formatted once a second, not on every lookup). */
  #cutoff(): string {
    const second = Math.floor(Date.now() / 1000);
    if (second !== this.#cutoffSecond) {
      this.#cutoffSecond = second;
      this.#cutoffText = new Date(second * 1000 - this.#ttlMs).toISOString();
    }
    return this.#cutoffText;
  }
}
