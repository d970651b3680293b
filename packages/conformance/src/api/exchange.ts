/** One HTTP request the runner sent and what came back: the unit of every finding. */
export interface Exchange {
  request: {
    method: string;
    path: string;
    headers: Record<string, string>;
    body?: unknown;
    /** Raw body text for non-JSON uploads. */
    text?: string;
  };
  response: {
    status: number;
    headers: Record<string, string>;
    /** Parsed JSON when the response was JSON, else undefined. */
    body: unknown;
    text: string;
  };
  /** The contract operation the request was aimed at. */
  operationId: string;
}

export interface RequestSpec {
  operationId: string;
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
  text?: string;
  /** Raw body bytes (e.g. not UTF-8), sent as they are; shown in reports as hex. */
  bytes?: Uint8Array;
  contentType?: string;
  /**
   * `CZT-Purpose` of the request: by default `defaultReadPurpose` (the v1.1 contract wants a purpose
   * on every read of personal data; writes ignore it); `null` sends none.
   */
  purpose?: string | null;
}

/**
 * The purpose the runner states on its requests: 参保登记 (enrolment registration), which needs no
 * consent — what a conformance run does is register and look up test records.
 */
export const defaultReadPurpose = "enrolmentRegistration";

/** Redacts the bearer token of a request for reports (a report must never leak a credential). */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out = { ...headers };
  if (out["authorization"] !== undefined) out["authorization"] = out["authorization"].replace(/^(Bearer )(.{0,6}).*$/i, "$1$2…");
  return out;
}

/** A failed assertion of a check, carrying the exchange that shows it. */
export class CheckFailure extends Error {
  readonly exchange: Exchange | undefined;

  constructor(message: string, exchange?: Exchange) {
    super(message);
    this.name = "CheckFailure";
    this.exchange = exchange;
  }
}

/** Sends requests to the server under test; every exchange is handed to `observe` (the response checks). */
export class HttpClient {
  readonly #baseUrl: string;
  readonly #observe: (exchange: Exchange) => void;
  readonly #timeoutMs: number;
  requests = 0;

  constructor(baseUrl: string, observe: (exchange: Exchange) => void, timeoutMs = 10_000) {
    this.#baseUrl = baseUrl.replace(/\/+$/, "");
    this.#observe = observe;
    this.#timeoutMs = timeoutMs;
  }

  async send(spec: RequestSpec): Promise<Exchange> {
    const purpose = spec.purpose === undefined ? defaultReadPurpose : spec.purpose;
    const headers: Record<string, string> = { accept: "application/json, application/problem+json", ...(purpose === null ? {} : { "czt-purpose": purpose }), ...spec.headers };
    let payload: string | Uint8Array | undefined;
    if (spec.bytes !== undefined) {
      payload = spec.bytes;
      headers["content-type"] = spec.contentType ?? "application/json";
    } else if (spec.text !== undefined) {
      payload = spec.text;
      headers["content-type"] = spec.contentType ?? "application/x-ndjson";
    } else if (spec.body !== undefined) {
      payload = JSON.stringify(spec.body);
      headers["content-type"] = spec.contentType ?? "application/json";
    }
    this.requests++;
    const response = await fetch(this.#baseUrl + spec.path, {
      method: spec.method,
      headers,
      ...(payload === undefined ? {} : { body: payload }),
      signal: AbortSignal.timeout(this.#timeoutMs),
    });
    const text = await response.text();
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      responseHeaders[key] = value;
    });
    let body: unknown;
    if (/json/.test(responseHeaders["content-type"] ?? "")) {
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
    }
    const request: Exchange["request"] = { method: spec.method, path: spec.path, headers };
    if (spec.body !== undefined) request.body = spec.body;
    if (spec.text !== undefined) request.text = spec.text;
    if (spec.bytes !== undefined) request.text = `<bytes ${Buffer.from(spec.bytes).toString("hex")}>`;
    const exchange: Exchange = { request, response: { status: response.status, headers: responseHeaders, body, text }, operationId: spec.operationId };
    this.#observe(exchange);
    return exchange;
  }
}
