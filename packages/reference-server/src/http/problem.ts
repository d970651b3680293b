/** One finding of a problem: the validator's rule id and a JSON pointer into the request body. */
export interface ProblemError {
  ruleId: string;
  pointer: string;
  severity?: "error" | "warning" | "info";
  detail?: string;
  /** Byte offset in the request body, for problems found while reading it (bad UTF-8, bad JSON). */
  offset?: number;
}

/** RFC 9457 problem details, extended with the validator's findings. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: ProblemError[];
}

export const problemContentType = "application/problem+json; charset=utf-8";

const problemBase = "https://czt-ss.org/problems/";

/**
 * A request that cannot be served, thrown by handlers and rendered as problem+json
 * by the error handler. `headers` carries e.g. WWW-Authenticate.
 */
export class ProblemException extends Error {
  readonly problem: Problem;
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, slug: string, title: string, detail?: string, errors?: ProblemError[], headers: Record<string, string> = {}) {
    super(detail ?? title);
    this.problem = { type: problemBase + slug, title, status };
    if (detail !== undefined) this.problem.detail = detail;
    if (errors !== undefined && errors.length > 0) this.problem.errors = errors;
    this.headers = headers;
  }
}

export const problems = {
  badRequest: (detail: string, errors?: ProblemError[]) => new ProblemException(400, "bad-request", "Bad request", detail, errors),
  unauthorized: (detail: string) =>
    new ProblemException(401, "unauthorized", "Unauthorized", detail, undefined, { "www-authenticate": 'Bearer realm="czt-ss"' }),
  forbidden: (detail: string) => new ProblemException(403, "forbidden", "Forbidden", detail),
  notFound: (detail: string) => new ProblemException(404, "not-found", "Not found", detail),
  gone: (detail: string) => new ProblemException(410, "gone", "Gone", detail),
  conflict: (detail: string) => new ProblemException(409, "conflict", "Conflict", detail),
  invalidTransition: (detail: string) => new ProblemException(409, "invalid-transition", "Invalid transition", detail),
  preconditionFailed: (detail: string) => new ProblemException(412, "precondition-failed", "Precondition failed", detail),
  payloadTooLarge: (detail: string) => new ProblemException(413, "payload-too-large", "Payload too large", detail),
  uriTooLong: (detail: string) => new ProblemException(414, "uri-too-long", "URI too long", detail),
  unsupportedMediaType: (detail: string) => new ProblemException(415, "unsupported-media-type", "Unsupported media type", detail),
  invalidRecord: (errors: ProblemError[]) =>
    new ProblemException(
      422,
      "invalid-record",
      "The record breaks the CZT-SS standard",
      `${errors.length} error${errors.length === 1 ? "" : "s"}`,
      errors,
    ),
  unprocessable: (slug: string, title: string, detail: string, errors?: ProblemError[]) => new ProblemException(422, slug, title, detail, errors),
  preconditionRequired: (detail: string) => new ProblemException(428, "precondition-required", "Precondition required", detail),
  serviceUnavailable: (detail: string, retryAfterSeconds: number) =>
    new ProblemException(503, "service-unavailable", "Service unavailable", detail, undefined, { "retry-after": String(retryAfterSeconds) }),
} as const;
