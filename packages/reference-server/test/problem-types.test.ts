import { describe, expect, it } from "vitest";
import { ProblemException, problemContentType, problems } from "../src/http/problem.js";

/**
 * The problem types, titles and statuses a client reads, as the contract's examples
 * (schemas/openapi/czt-exchange.yaml, components.examples.*Problem) state them: stated
 * here on their own, not read from the code, so that a changed slug or title fails.
 */
const contract = {
  badRequest: [400, "bad-request", "Bad request"],
  unauthorized: [401, "unauthorized", "Unauthorized"],
  forbidden: [403, "forbidden", "Forbidden"],
  notFound: [404, "not-found", "Not found"],
  conflict: [409, "conflict", "Conflict"],
  invalidTransition: [409, "invalid-transition", "Invalid transition"],
  preconditionFailed: [412, "precondition-failed", "Precondition failed"],
  payloadTooLarge: [413, "payload-too-large", "Payload too large"],
  uriTooLong: [414, "uri-too-long", "URI too long"],
  unsupportedMediaType: [415, "unsupported-media-type", "Unsupported media type"],
  preconditionRequired: [428, "precondition-required", "Precondition required"],
} as const;

describe("problem details (RFC 9457) as the contract documents them", () => {
  it.each(Object.entries(contract))("%s: status, type and title of the contract, the detail as given, no errors member", (name, [status, slug, title]) => {
    const made = (problems[name as keyof typeof contract] as (detail: string) => ProblemException)("what went wrong");
    expect(made.problem).toEqual({ type: `https://czt-ss.org/problems/${slug}`, title, status, detail: "what went wrong" });
    expect(made.message).toBe("what went wrong");
  });

  it("a 401 tells the client how to authenticate (WWW-Authenticate: Bearer)", () => {
    expect(problems.unauthorized("no token").headers).toEqual({ "www-authenticate": 'Bearer realm="czt-ss"' });
    expect(problems.forbidden("no scope").headers).toEqual({});
  });

  it("a 503 says when to retry (Retry-After in seconds)", () => {
    const busy = problems.serviceUnavailable("every validation worker is busy", 5);
    expect(busy.problem).toEqual({ type: "https://czt-ss.org/problems/service-unavailable", title: "Service unavailable", status: 503, detail: "every validation worker is busy" });
    expect(busy.headers).toEqual({ "retry-after": "5" });
  });

  it("an invalid record is a 422 counting its errors, one or several, and listing them", () => {
    const one = [{ ruleId: "id-number.check-character", pointer: "/idNumber" }];
    expect(problems.invalidRecord(one).problem).toEqual({
      type: "https://czt-ss.org/problems/invalid-record",
      title: "The record breaks the CZT-SS standard",
      status: 422,
      detail: "1 error",
      errors: one,
    });
    expect(problems.invalidRecord([...one, { ruleId: "person.sex", pointer: "/sex" }]).problem.detail).toBe("2 errors");
  });

  it("lists errors only when there are some, and leaves out a detail that was not given", () => {
    expect(problems.badRequest("bad", []).problem).toEqual({ type: "https://czt-ss.org/problems/bad-request", title: "Bad request", status: 400, detail: "bad" });
    expect(problems.badRequest("bad", [{ ruleId: "api.cursor", pointer: "/cursor" }]).problem.errors).toEqual([{ ruleId: "api.cursor", pointer: "/cursor" }]);
    const bare = new ProblemException(500, "internal-error", "Internal server error");
    expect(bare.problem).toEqual({ type: "https://czt-ss.org/problems/internal-error", title: "Internal server error", status: 500 });
    expect(bare.message).toBe("Internal server error");
    expect(bare.headers).toEqual({});
  });

  it("a 422 of another kind keeps its own type, title and errors", () => {
    const reused = problems.unprocessable("idempotency-key-reused", "Idempotency-Key reused", "used before", [{ ruleId: "api.idempotency-key", pointer: "/headers/Idempotency-Key" }]);
    expect(reused.problem).toEqual({
      type: "https://czt-ss.org/problems/idempotency-key-reused",
      title: "Idempotency-Key reused",
      status: 422,
      detail: "used before",
      errors: [{ ruleId: "api.idempotency-key", pointer: "/headers/Idempotency-Key" }],
    });
  });

  it("is sent as application/problem+json in UTF-8", () => {
    expect(problemContentType).toBe("application/problem+json; charset=utf-8");
  });
});
