/**
 * @czt/client — a typed client of the CZT-SS exchange API on openapi-fetch.
 * Types are generated from the contract (src/generated/exchange.ts).
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { components, operations, paths } from "./generated/exchange.js";

export type { components, operations, paths };
export type Person = components["schemas"]["person"];
export type Enrolment = components["schemas"]["enrolment"];
export type Transfer = components["schemas"]["transfer"];
export type AssistanceCase = components["schemas"]["assistance"];
export type Benefit = components["schemas"]["benefit"];
export type MedicalRegistration = components["schemas"]["medicalRegistration"];
export type MedicalSettlement = components["schemas"]["medicalSettlement"];
export type Agency = components["schemas"]["common.agency"];
export type Problem = components["schemas"]["Problem"];
export type ValidationReport = components["schemas"]["report"];
export type CztClient = Client<paths>;

export interface CztClientOptions {
  /** The server, e.g. `http://127.0.0.1:8080` (the sandbox of `czt serve`). */
  baseUrl: string;
  /** The agency's bearer token. */
  token: string;
  /** A fetch implementation (default: the global fetch). */
  fetch?: typeof globalThis.fetch;
}

/** A fresh Idempotency-Key. Keep it and send it again when you retry the same request. */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/** The ETag of a response, for If-Match on the next transition or review. */
export function etagOf(response: Response): string {
  const etag = response.headers.get("etag");
  if (etag === null) throw new Error(`the response to ${response.url} has no ETag`);
  return etag;
}

function bearer(token: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set("authorization", `Bearer ${token}`);
      return request;
    },
  };
}

/**
 * A client whose every request carries the agency's bearer token. Reads of personal data
 * (contract v1.1) take `CZT-Purpose` — and `CZT-Consent` where the purpose needs consent — in
 * `params.header` of each call: the types require it, so no read goes out without its purpose.
 */
export function createCztClient(options: CztClientOptions): CztClient {
  const client = createClient<paths>({ baseUrl: options.baseUrl, ...(options.fetch === undefined ? {} : { fetch: options.fetch }) });
  client.use(bearer(options.token));
  return client;
}
