import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "../src/app.js";
import { type Scope, scopes } from "../src/auth/agency.js";
import { TokenRegistry } from "../src/auth/token-registry.js";
import { openDatabase } from "../src/store/database.js";
import { key, sharedChecker, startTestServer, type TestServer } from "./support.js";

/**
 * Every operation and the scope docs/api.md gives it, written out here (not read from the
 * routes): `read` for enrolments and transfers, `read:personal` for persons, assistance
 * cases and duplicate checks, `write` for every POST that writes, `validate` for validations.
 */
const operations: { scope: Scope; method: "GET" | "POST"; url: string; contentType?: string }[] = [
  { scope: "read", method: "GET", url: "/v1/enrolments" },
  { scope: "read", method: "GET", url: "/v1/enrolments/430100-E-1" },
  { scope: "read", method: "GET", url: "/v1/transfers" },
  { scope: "read", method: "GET", url: "/v1/transfers/430200-T-1" },
  { scope: "read:personal", method: "GET", url: "/v1/persons" },
  { scope: "read:personal", method: "GET", url: "/v1/persons/430100-P-1" },
  { scope: "read:personal", method: "GET", url: "/v1/assistance-cases" },
  { scope: "read:personal", method: "GET", url: "/v1/assistance-cases/430100-A-1" },
  { scope: "read:personal", method: "POST", url: "/v1/duplicate-checks" },
  { scope: "write", method: "POST", url: "/v1/persons" },
  { scope: "write", method: "POST", url: "/v1/enrolments" },
  { scope: "write", method: "POST", url: "/v1/transfers" },
  { scope: "write", method: "POST", url: "/v1/assistance-cases" },
  ...["issue-contact-letter", "record-funds-transferred", "complete", "reject", "cancel"].map((action) => ({ scope: "write" as const, method: "POST" as const, url: `/v1/transfers/430200-T-1/${action}` })),
  { scope: "write", method: "POST", url: "/v1/assistance-cases/430100-A-1/reviews" },
  { scope: "validate", method: "POST", url: "/v1/validations", contentType: "application/x-ndjson" },
  { scope: "read", method: "GET", url: "/v1/events" },
];

let server: TestServer;
let app: ReturnType<typeof createServer>;
let db: ReturnType<typeof openDatabase>;
beforeAll(async () => {
  server = await startTestServer();
  db = openDatabase(":memory:");
  const tokens = new TokenRegistry();
  for (const missing of scopes) tokens.add(`token-without-${missing.replace(":", "-")}`, { ...server.demo[0]!.principal, scopes: scopes.filter((scope) => scope !== missing) });
  app = createServer({ db, tokens, checker: sharedChecker });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  db.close();
  await server.close();
});

describe("scopes, operation by operation", () => {
  for (const missing of scopes) {
    it(`refuses every operation that needs ${missing} to a token without it (403 api.scope), and only those`, async () => {
      for (const operation of operations) {
        const response = await app.inject({
          method: operation.method,
          url: operation.url,
          headers: {
            authorization: `Bearer token-without-${missing.replace(":", "-")}`,
            "idempotency-key": key(),
            "if-match": '"1"',
            "content-type": operation.contentType ?? "application/json",
          },
          ...(operation.method === "POST" ? { payload: operation.contentType === undefined ? "{}" : "{}\n" } : {}),
        });
        const scopeRefused = response.statusCode === 403 && JSON.stringify(response.json().errors ?? []).includes('"api.scope"');
        expect(scopeRefused, `${operation.method} ${operation.url} without ${missing}: ${response.statusCode} ${response.body.slice(0, 200)}`).toBe(operation.scope === missing);
      }
    });
  }
});
