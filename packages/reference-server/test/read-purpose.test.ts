import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consent, create, createPerson, read } from "./consent-fixtures.js";
import { enrolment, key, startTestServer, type TestServer } from "./support.js";

let server: TestServer;
// The server's clock: 2026-12-04 in China, inside the consents' validity.
const now = new Date("2026-12-04T02:00:00Z");

beforeAll(async () => {
  server = await startTestServer({ now: () => now });
  await createPerson(server, "430100-P-C1");
  await createPerson(server, "430100-P-C2");
  await create(server, "/v1/consents", consent(server, "430100-C-1", "430100-P-C1"));
  await create(server, "/v1/consents", consent(server, "430100-C-OLD", "430100-P-C1", { validFrom: "2025-01-01", validUntil: "2025-12-31" }));
  await create(server, "/v1/consents", consent(server, "430100-C-ZZ", "430100-P-C1", {}, 1));
  await create(server, "/v1/consents", consent(server, "430100-C-REV", "430100-P-C1"));
  await create(server, "/v1/consents", consent(server, "430100-C-PONLY", "430100-P-C1", { scope: ["person"] }));
  await create(server, "/v1/enrolments", enrolment(server, "430100-E-C1", "430100-P-C1"));
});
afterAll(() => server.close());

/** The problem's type (last segment), rule id and pointer: what the 403 names. */
function named(response: { statusCode: number; json(): unknown }) {
  const problem = response.json() as { type: string; errors?: { ruleId: string; pointer: string }[] };
  return { status: response.statusCode, type: problem.type.split("/").at(-1), ruleId: problem.errors?.[0]?.ruleId, pointer: problem.errors?.[0]?.pointer };
}

describe("CZT-Purpose on reads of personal data", () => {
  const reads = [
    "/v1/persons/430100-P-C1",
    "/v1/persons?idNumber=430102199003071234",
    "/v1/enrolments?personId=430100-P-C1",
    "/v1/transfers",
    "/v1/assistance-cases",
    "/v1/benefits",
    "/v1/medical-registrations",
    "/v1/medical-settlements",
    "/v1/consents/430100-C-1",
    "/v1/consents?personId=430100-P-C1",
  ];

  it.each(reads)("refuses %s without a purpose: 403 naming CZT-Purpose", async (url) => {
    expect(named(await read(server, url))).toEqual({ status: 403, type: "purpose-required", ruleId: "api.purpose-missing", pointer: "/headers/CZT-Purpose" });
  });

  it("refuses a purpose that is not a code of readPurpose", async () => {
    expect(named(await read(server, "/v1/persons/430100-P-C1", { "czt-purpose": "curiosity" }))).toMatchObject({ status: 403, type: "purpose-required", ruleId: "api.purpose-unknown" });
  });

  it("refuses the duplicate check and the person search without a purpose", async () => {
    const headers = { authorization: `Bearer ${server.demo[0]!.token}`, "idempotency-key": key() };
    const check = await server.app.inject({ method: "POST", url: "/v1/duplicate-checks", headers, payload: { personId: "430100-P-C1", family: "pension" } });
    expect(named(check)).toMatchObject({ status: 403, ruleId: "api.purpose-missing" });
    const search = await server.app.inject({ method: "POST", url: "/v1/person-searches", headers: { ...headers, "idempotency-key": key() }, payload: { idNumber: "430102199003071234" } });
    expect(named(search)).toMatchObject({ status: 403, ruleId: "api.purpose-missing" });
  });

  it("serves a read whose purpose needs no consent", async () => {
    expect((await read(server, "/v1/persons/430100-P-C1", { "czt-purpose": "benefitVerification" })).statusCode).toBe(200);
    // Reads of non-personal records (organisations) need no purpose.
    expect((await read(server, "/v1/organisations")).statusCode).toBe(200);
  });
});

describe("CZT-Consent where the purpose needs consent", () => {
  const dibao = (consentId?: string) => ({ "czt-purpose": "dibaoReview", ...(consentId === undefined ? {} : { "czt-consent": consentId }) });

  it("serves a 低保 review under a valid consent of the person, for the agency it was granted to", async () => {
    const response = await read(server, "/v1/persons/430100-P-C1", dibao("430100-C-1"));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: "430100-P-C1" });
  });

  it.each([
    ["no consent named", "/v1/persons/430100-P-C1", undefined, "api.consent-missing"],
    ["a consent that does not exist", "/v1/persons/430100-P-C1", "430100-C-NONE", "api.consent-unknown"],
    ["a consent that is not a consent record", "/v1/persons/430100-P-C1", "430100-P-C2", "api.consent-unknown"],
    ["an expired consent", "/v1/persons/430100-P-C1", "430100-C-OLD", "api.consent-expired"],
    ["a consent granted to another agency", "/v1/persons/430100-P-C1", "430100-C-ZZ", "api.consent-other-agency"],
    ["another person's record", "/v1/persons/430100-P-C2", "430100-C-1", "api.consent-other-person"],
    ["a record type outside the consent's scope", "/v1/enrolments?personId=430100-P-C1", "430100-C-PONLY", "api.consent-out-of-scope"],
  ] as const)("refuses %s: 403 consent-required naming it", async (_what, url, consentId, ruleId) => {
    const response = await read(server, url, dibao(consentId));
    expect(named(response)).toEqual({ status: 403, type: "consent-required", ruleId, pointer: "/headers/CZT-Consent" });
  });

  it("refuses a consent for another purpose", async () => {
    expect(named(await read(server, "/v1/persons/430100-P-C1", { "czt-purpose": "tekunReview", "czt-consent": "430100-C-1" }))).toMatchObject({ ruleId: "api.consent-other-purpose" });
  });

  it("refuses a list that returns another person's records under one person's consent", async () => {
    const response = await read(server, "/v1/consents", dibao("430100-C-1"));
    expect(response.statusCode).toBe(200);
    await create(server, "/v1/consents", consent(server, "430100-C-P2", "430100-P-C2"));
    expect(named(await read(server, "/v1/consents", dibao("430100-C-1")))).toMatchObject({ ruleId: "api.consent-other-person" });
  });

  it("refuses reads from the moment a consent is revoked, and only its owner revokes it", async () => {
    expect((await read(server, "/v1/persons/430100-P-C1", dibao("430100-C-REV"))).statusCode).toBe(200);
    const current = await read(server, "/v1/consents/430100-C-REV", { "czt-purpose": "auditSupervision" });
    const revoke = (cityIndex: number, payload: object) =>
      server.app.inject({
        method: "POST",
        url: "/v1/consents/430100-C-REV/revoke",
        headers: { ...server.auth(cityIndex), "idempotency-key": key(), "if-match": String(current.headers["etag"]) },
        payload,
      });
    expect((await revoke(1, {})).statusCode).toBe(403);
    expect((await revoke(0, { revokedAt: "2027-01-01T00:00:00+08:00" })).statusCode).toBe(422);
    const revoked = await revoke(0, { revokedAt: "2026-12-04T09:00:00+08:00" });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ revoked: true, revokedAt: "2026-12-04T09:00:00+08:00" });
    expect(named(await read(server, "/v1/persons/430100-P-C1", dibao("430100-C-REV")))).toEqual({
      status: 403,
      type: "consent-required",
      ruleId: "api.consent-revoked",
      pointer: "/headers/CZT-Consent",
    });
  });

  it("refuses a consent whose validUntil is before its validFrom (consent.valid-until) and a revoked one without revokedAt", async () => {
    const post = (body: object) => server.app.inject({ method: "POST", url: "/v1/consents", headers: { ...server.auth(), "idempotency-key": key() }, payload: body });
    const backwards = await post(consent(server, "430100-C-BAD", "430100-P-C1", { validFrom: "2026-03-01", validUntil: "2026-02-28" }));
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().errors.map((error: { ruleId: string }) => error.ruleId)).toContain("consent.valid-until");
    const noTime = await post(consent(server, "430100-C-BAD2", "430100-P-C1", { revoked: true }));
    expect(noTime.json().errors.map((error: { ruleId: string }) => error.ruleId)).toContain("consent.revoked-at");
  });
});
