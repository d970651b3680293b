import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consent, create, createPerson, read } from "./consent-fixtures.js";
import { key, startTestServer, type TestServer } from "./support.js";

// A consent is corrected and retracted like every record (PUT, …/retract, …/versions), but its
// withdrawal is final: a correction cannot undo `revoked`, and a retracted consent covers no read.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await createPerson(server, "430100-P-K1");
  await create(server, "/v1/consents", consent(server, "430100-C-K1", "430100-P-K1"));
  await create(server, "/v1/consents", consent(server, "430100-C-K2", "430100-P-K1"));
});
afterAll(() => server.close());

const write = (method: "PUT" | "POST", url: string, payload: unknown, ifMatch: string) =>
  server.app.inject({ method, url, headers: { ...server.auth(0), "idempotency-key": key(), "if-match": ifMatch }, payload: payload as Record<string, unknown> });

describe("corrections and retractions of consents", () => {
  it("refuses a correction that would undo a revocation, and keeps the versions readable under a purpose", async () => {
    const revoked = await write("POST", "/v1/consents/430100-C-K1/revoke", { revokedAt: "2026-05-10T09:30:00+08:00" }, '"1"');
    expect(revoked.statusCode, revoked.body).toBe(200);
    const current = revoked.json() as Record<string, unknown>;
    const undo = await write("PUT", "/v1/consents/430100-C-K1", { ...current, revoked: false, revokedAt: undefined }, revoked.headers["etag"] as string);
    expect(undo.statusCode).toBe(422);
    expect(undo.json().errors[0]).toMatchObject({ ruleId: "api.correction-field", pointer: "/revoked" });
    const versions = await read(server, "/v1/consents/430100-C-K1/versions", { "czt-purpose": "auditSupervision" });
    expect(versions.statusCode).toBe(200);
    expect((versions.json().items as { record: { revoked: boolean } }[]).map((item) => item.record.revoked)).toEqual([false, true]);
  });

  it("a retracted consent covers no read: 403 naming CZT-Consent", async () => {
    expect((await read(server, "/v1/persons/430100-P-K1", { "czt-purpose": "dibaoReview", "czt-consent": "430100-C-K2" })).statusCode).toBe(200);
    const retracted = await write("POST", "/v1/consents/430100-C-K2/retract", { reason: "entered-in-error" }, '"1"');
    expect(retracted.statusCode, retracted.body).toBe(200);
    const refused = await read(server, "/v1/persons/430100-P-K1", { "czt-purpose": "dibaoReview", "czt-consent": "430100-C-K2" });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ errors: [{ ruleId: "api.consent-unknown", pointer: "/headers/CZT-Consent" }] });
  });
});
