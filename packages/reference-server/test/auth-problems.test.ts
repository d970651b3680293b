import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "../src/app.js";
import { TokenRegistry } from "../src/auth/token-registry.js";
import { openDatabase } from "../src/store/database.js";
import { sharedChecker, startTestServer, type TestServer, readPurpose } from "./support.js";

// What a client is told when its credential is refused (RFC 6750, RFC 9457).
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const get = (app: TestServer["app"], url: string, authorization?: string) =>
  app.inject({ method: "GET", url, headers: authorization === undefined ? {} : { authorization, ...readPurpose } });

describe("401 and 403 problems", () => {
  it("says why a credential is refused: none, not a bearer token, or an unknown token (401 problem+json)", async () => {
    for (const [authorization, detail] of [
      [undefined, "this operation needs a bearer token"],
      ["Basic Y3p0OmN6dA==", "the Authorization header is not a bearer token"],
      [`Token Bearer ${server.demo[0]!.token}`, "the Authorization header is not a bearer token"],
      ["Bearer", "the Authorization header is not a bearer token"],
      ["Bearer czt_not_a_known_token_at_all", "the bearer token is not known to this server"],
    ] as const) {
      const response = await get(server.app, "/v1/enrolments", authorization);
      expect(response.statusCode, authorization).toBe(401);
      expect(response.headers["www-authenticate"]).toBe('Bearer realm="czt-ss"');
      expect(response.json(), authorization).toEqual({ type: "https://czt-ss.org/problems/unauthorized", title: "Unauthorized", status: 401, detail, instance: "/v1/enrolments" });
    }
  });

  it("names the missing scope and the rule api.scope (403 problem+json)", async () => {
    const db = openDatabase(":memory:");
    const tokens = new TokenRegistry();
    tokens.add("reader-without-personal-scope", { ...server.demo[0]!.principal, scopes: ["read"] });
    const app = createServer({ db, tokens, checker: sharedChecker });
    try {
      const response = await get(app, "/v1/persons", "Bearer reader-without-personal-scope");
      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual({
        type: "https://czt-ss.org/problems/forbidden",
        title: "Forbidden",
        status: 403,
        detail: "this operation needs the read:personal scope",
        instance: "/v1/persons",
        errors: [{ ruleId: "api.scope", pointer: "", severity: "error" }],
      });
    } finally {
      await app.close();
      db.close();
    }
  });

  it("accepts any token68 token, padding included, and only the whole token (RFC 6750 §2.1)", async () => {
    const db = openDatabase(":memory:");
    const tokens = new TokenRegistry();
    const token = "Az09._~+/-Az09._~+/-==";
    tokens.add(token, server.demo[0]!.principal);
    const app = createServer({ db, tokens, checker: sharedChecker });
    try {
      expect((await get(app, "/v1/enrolments", `Bearer ${token}`)).statusCode).toBe(200);
      expect((await get(app, "/v1/enrolments", `Bearer ${token.slice(0, -1)}`)).statusCode).toBe(401);
      expect((await get(app, "/v1/enrolments", `Bearer ${token}=`)).statusCode).toBe(401);
      expect((await get(app, "/v1/enrolments", `Bearer =${token}`)).statusCode).toBe(401);
    } finally {
      await app.close();
      db.close();
    }
  });
});

describe("the skip-auth fault (for the conformance runner)", () => {
  it("serves a request without a token as the first agency, but still refuses a wrong one", async () => {
    const faulty = await startTestServer({ faults: ["skip-auth"] });
    try {
      const me = await faulty.app.inject({ method: "GET", url: "/v1/me" });
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ city: "430100", agency: { department: "hrss" } });
      expect((await get(faulty.app, "/v1/me", "Bearer czt_not_a_known_token_at_all")).statusCode).toBe(401);
    } finally {
      await faulty.close();
    }
  });
});
