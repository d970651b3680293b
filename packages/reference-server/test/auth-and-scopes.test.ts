import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "../src/app.js";
import { TokenRegistry } from "../src/auth/token-registry.js";
import { openDatabase } from "../src/store/database.js";
import { enrolment, key, person, sharedChecker, startTestServer, type TestServer, readPurpose } from "./support.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await server.app.inject({ method: "POST", url: "/v1/persons", headers: { ...server.auth(), "idempotency-key": key() }, payload: person("430100-P-A1") });
});
afterAll(() => server.close());

describe("bearer tokens and scopes", () => {
  it("answers 401 with WWW-Authenticate to a missing, unknown or non-bearer credential", async () => {
    for (const authorization of [undefined, "Bearer czt_not_a_known_token_at_all", "Basic Y3p0OmN6dA=="]) {
      const response = await server.app.inject({ method: "GET", url: "/v1/persons/430100-P-A1", headers: authorization === undefined ? {} : { authorization } });
      expect(response.statusCode, authorization).toBe(401);
      expect(response.headers["www-authenticate"]).toMatch(/^Bearer/);
      expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
    }
  });

  it("reads the auth scheme case-insensitively (RFC 9110 §11.1): bearer and BEARER are Bearer", async () => {
    const token = server.demo[0]!.token;
    for (const scheme of ["bearer", "BEARER"]) {
      const response = await server.app.inject({ method: "GET", url: "/v1/persons/430100-P-A1", headers: { authorization: `${scheme} ${token}`, ...readPurpose } });
      expect(response.statusCode, scheme).toBe(200);
    }
  });

  it("answers 401 to a known token with anything after it, or one character changed (the whole credential must match)", async () => {
    const token = server.demo[0]!.token;
    const altered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    for (const authorization of [`Bearer ${token} extra`, `Bearer ${token},x`, `Bearer ${token}\tx`, `Bearer ${altered}`]) {
      const response = await server.app.inject({ method: "GET", url: "/v1/persons/430100-P-A1", headers: { authorization } });
      expect(response.statusCode, authorization).toBe(401);
    }
  });

  it("registers only tokens of at least 16 token68 characters", () => {
    const principal = server.demo[0]!.principal;
    expect(() => new TokenRegistry().add("a".repeat(15), principal)).toThrow(/at least 16/);
    expect(() => new TokenRegistry().add("with space inside-16", principal)).toThrow(/at least 16/);
    const tokens = new TokenRegistry();
    tokens.add("a".repeat(16), principal);
    expect(tokens.lookup("a".repeat(16))).toBe(principal);
    expect(tokens.lookup("a".repeat(15))).toBeUndefined();
    expect(tokens.lookup("b".repeat(16))).toBeUndefined();
  });

  it("lets an agency write only its own city's and department's records (403 otherwise, nothing stored)", async () => {
    const zhuzhouEnrolment = enrolment(server, "430200-E-A2", "430100-P-A1", 1);
    const byChangsha = await server.app.inject({ method: "POST", url: "/v1/enrolments", headers: { ...server.auth(0), "idempotency-key": key() }, payload: zhuzhouEnrolment });
    expect(byChangsha.statusCode).toBe(403);
    const otherDepartment = enrolment(server, "430100-E-A3", "430100-P-A1", 0);
    otherDepartment["agency"] = { ...(otherDepartment["agency"] as object), department: "civilAffairs" };
    expect((await server.app.inject({ method: "POST", url: "/v1/enrolments", headers: { ...server.auth(0), "idempotency-key": key() }, payload: otherDepartment })).statusCode).toBe(403);
    expect((await server.app.inject({ method: "GET", url: "/v1/enrolments/430200-E-A2", headers: server.auth() })).statusCode).toBe(404);
    const byZhuzhou = await server.app.inject({ method: "POST", url: "/v1/enrolments", headers: { ...server.auth(1), "idempotency-key": key() }, payload: zhuzhouEnrolment });
    expect(byZhuzhou.statusCode).toBe(201);
  });

  it("needs read:personal for personal data but not for enrolments", async () => {
    const db = openDatabase(":memory:");
    const tokens = new TokenRegistry();
    const agency = server.demo[0]!.principal.agency;
    tokens.add("reader-without-personal-scope", { agency, city: "430100", scopes: ["read"] });
    const app = createServer({ db, tokens, checker: sharedChecker });
    const headers = { authorization: "Bearer reader-without-personal-scope", ...readPurpose };
    expect((await app.inject({ method: "GET", url: "/v1/persons/430100-P-A1", headers })).statusCode).toBe(403);
    expect((await app.inject({ method: "GET", url: "/v1/persons?idNumber=430102199003071234", headers })).statusCode).toBe(403);
    expect((await app.inject({ method: "GET", url: "/v1/assistance-cases", headers })).statusCode).toBe(403);
    expect((await app.inject({ method: "GET", url: "/v1/enrolments", headers })).statusCode).toBe(200);
    expect((await app.inject({ method: "POST", url: "/v1/persons", headers: { ...headers, "idempotency-key": "k" }, payload: person("430100-P-A4") })).statusCode).toBe(403);
    const me = await app.inject({ method: "GET", url: "/v1/me", headers });
    expect(me.json()).toEqual({ agency, city: "430100", scopes: ["read"] });
    await app.close();
    db.close();
  });
});
