import { randomUUID } from "node:crypto";
import type fc from "fast-check";
import type { Agency, CityCode, Scope } from "./agency.js";
import { CheckFailure, type Exchange, type HttpClient } from "./exchange.js";

/** A token the runner was given, with what `GET /v1/me` says about it. */
export interface TokenAgency {
  token: string;
  agency: Agency;
  city: CityCode;
  scopes: Scope[];
}

export interface CheckContext {
  http: HttpClient;
  /** The main token: creates records, receives transfers. */
  main: TokenAgency;
  /** A second agency of another city, when given: sends transfers. Else the main one. */
  other: TokenAgency;
  /** Today, `YYYY-MM-DD`, for dates the server compares with its clock. */
  today: string;
  nextId(letter: "P" | "E" | "T" | "A" | "C", city?: CityCode): string;
  /** A generated person with an id and an identity number of its own (never sent before). */
  nextPerson(draft: Record<string, unknown>, city?: CityCode): Record<string, unknown> & { id: string };
}

/** A property of the API; `property` is run by fast-check with the run's seed. */
export interface Check {
  name: string;
  description: string;
  /** Number of generated cases; default the run's `runs`. */
  runs?: number;
  property(context: CheckContext): fc.IRawProperty<unknown[], true>;
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

export function expectStatus(exchange: Exchange, expected: readonly number[], what: string): Exchange {
  if (!expected.includes(exchange.response.status)) {
    const problem = exchange.response.body as { detail?: unknown } | undefined;
    const detail = typeof problem?.detail === "string" ? ` (${problem.detail})` : "";
    throw new CheckFailure(`${what}: expected ${expected.join(" or ")}, got ${exchange.response.status}${detail}`, exchange);
  }
  return exchange;
}

export function fail(message: string, exchange?: Exchange): never {
  throw new CheckFailure(message, exchange);
}

export interface WriteOptions {
  token?: string;
  idempotencyKey?: string;
  ifMatch?: string;
  headers?: Record<string, string>;
}

/** POST with a fresh Idempotency-Key (unless one is given) and the main token (unless another is). */
export function post(context: CheckContext, operationId: string, path: string, body: unknown, options: WriteOptions = {}): Promise<Exchange> {
  const headers: Record<string, string> = { ...bearer(options.token ?? context.main.token), "idempotency-key": options.idempotencyKey ?? randomUUID(), ...options.headers };
  if (options.ifMatch !== undefined) headers["if-match"] = options.ifMatch;
  return context.http.send({ operationId, method: "POST", path, headers, body });
}

export function get(context: CheckContext, operationId: string, path: string, token = context.main.token): Promise<Exchange> {
  return context.http.send({ operationId, method: "GET", path, headers: bearer(token) });
}

export const enc = encodeURIComponent;
