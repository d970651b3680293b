import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { key, person, startTestServer, type TestServer } from "./support.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await server.app.inject({ method: "POST", url: "/v1/persons", headers: { ...server.auth(), "idempotency-key": key() }, payload: person("430100-P-V1") });
});
afterAll(() => server.close());

function dibao(id: string): Record<string, unknown> {
  return {
    recordType: "assistance",
    id,
    meta: { lastUpdated: "2026-01-15T09:30:00+08:00" },
    programme: "dibao.urban",
    personId: "430100-P-V1",
    household: { householdId: "H-1", headPersonId: "430100-P-V1", size: 3 },
    coveredMembers: 3,
    city: "430100",
    agency: server.demo[0]!.principal.agency,
    caseStatus: "active",
    dates: { applied: "2025-06-01", approved: "2025-07-01" },
    monthlyStandard: 75000,
    perCapitaIncome: 30000,
    benefitAmount: 135000,
    lastReviewDate: "2025-12-01",
    nextReviewDate: "2026-06-01",
  };
}

describe("assistance cases", () => {
  it("refuses a 低保 benefit that is not (standard − income) × covered members, with the validator's rule", async () => {
    const flat = { ...dibao("430100-A-V0"), benefitAmount: 100000 };
    const refused = await server.app.inject({ method: "POST", url: "/v1/assistance-cases", headers: { ...server.auth(), "idempotency-key": key() }, payload: flat });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors.map((error: { ruleId: string }) => error.ruleId)).toContain("assistance.dibao-benefit");
  });

  it("records reviews under If-Match and closes a terminated case", async () => {
    const created = await server.app.inject({ method: "POST", url: "/v1/assistance-cases", headers: { ...server.auth(), "idempotency-key": key() }, payload: dibao("430100-A-V1") });
    expect(created.statusCode).toBe(201);
    const review = (body: object, etag: string | undefined) =>
      server.app.inject({
        method: "POST",
        url: "/v1/assistance-cases/430100-A-V1/reviews",
        headers: { ...server.auth(), "idempotency-key": key(), ...(etag === undefined ? {} : { "if-match": etag }) },
        payload: body,
      });
    expect((await review({ reviewDate: "2026-05-20", outcome: "continued", nextReviewDate: "2026-11-20" }, undefined)).statusCode).toBe(428);
    const continued = await review({ reviewDate: "2026-05-20", outcome: "continued", nextReviewDate: "2026-11-20" }, String(created.headers["etag"]));
    expect(continued.statusCode).toBe(200);
    expect(continued.json()).toMatchObject({ lastReviewDate: "2026-05-20", nextReviewDate: "2026-11-20", caseStatus: "active" });
    expect((await review({ reviewDate: "2026-05-20", outcome: "continued" }, String(continued.headers["etag"]))).statusCode).toBe(422);
    const ended = await review({ reviewDate: "2026-11-20", outcome: "terminated" }, String(continued.headers["etag"]));
    expect(ended.json()).toMatchObject({ caseStatus: "terminated", dates: { terminated: "2026-11-20" } });
    expect((await review({ reviewDate: "2026-12-01", outcome: "continued", nextReviewDate: "2027-06-01" }, String(ended.headers["etag"]))).statusCode).toBe(409);
    const list = await server.app.inject({ method: "GET", url: "/v1/assistance-cases?personId=430100-P-V1&caseStatus=terminated", headers: server.auth() });
    expect(list.json().items.map((item: { id: string }) => item.id)).toEqual(["430100-A-V1"]);
  });

  it("lets only the case's own agency review it: another city's is 403 api.ownership, the case unchanged", async () => {
    const created = await server.app.inject({ method: "POST", url: "/v1/assistance-cases", headers: { ...server.auth(), "idempotency-key": key() }, payload: dibao("430100-A-V3") });
    expect(created.statusCode).toBe(201);
    const read = () => server.app.inject({ method: "GET", url: "/v1/assistance-cases/430100-A-V3", headers: server.auth() });
    const before = (await read()).json();
    const byZhuzhou = await server.app.inject({
      method: "POST",
      url: "/v1/assistance-cases/430100-A-V3/reviews",
      headers: { ...server.auth(1), "idempotency-key": key(), "if-match": String(created.headers["etag"]) },
      payload: { reviewDate: "2026-05-20", outcome: "terminated" },
    });
    expect(byZhuzhou.statusCode, byZhuzhou.body).toBe(403);
    expect(byZhuzhou.json().errors[0]).toMatchObject({ ruleId: "api.ownership" });
    expect((await read()).json()).toEqual(before);
  });

  it("moves a case by the review's outcome: suspended and back, adjusted figures only when adjusted, no next review once terminated", async () => {
    const created = await server.app.inject({ method: "POST", url: "/v1/assistance-cases", headers: { ...server.auth(), "idempotency-key": key() }, payload: dibao("430100-A-V2") });
    expect(created.statusCode).toBe(201);
    let etag = String(created.headers["etag"]);
    const review = async (body: object) => {
      const response = await server.app.inject({ method: "POST", url: "/v1/assistance-cases/430100-A-V2/reviews", headers: { ...server.auth(), "idempotency-key": key(), "if-match": etag }, payload: body });
      if (response.statusCode === 200) etag = String(response.headers["etag"]);
      return response;
    };
    const sameDay = await review({ reviewDate: "2026-05-20", outcome: "continued", nextReviewDate: "2026-05-20" });
    expect(sameDay.statusCode).toBe(422);
    expect(sameDay.json().errors[0].pointer).toBe("/nextReviewDate");
    const suspended = await review({ reviewDate: "2026-05-20", outcome: "suspended", nextReviewDate: "2026-08-20" });
    expect(suspended.json()).toMatchObject({ caseStatus: "suspended", lastReviewDate: "2026-05-20", nextReviewDate: "2026-08-20" });
    // A continued case keeps its figures whatever the review carries; an adjusted one takes them.
    const continued = await review({ reviewDate: "2026-08-20", outcome: "continued", nextReviewDate: "2027-02-20", perCapitaIncome: 35000, benefitAmount: 120000 });
    expect(continued.json()).toMatchObject({ caseStatus: "active", perCapitaIncome: 30000, benefitAmount: 135000 });
    const adjusted = await review({ reviewDate: "2027-02-20", outcome: "adjusted", nextReviewDate: "2027-08-20", perCapitaIncome: 35000, benefitAmount: 120000 });
    expect(adjusted.statusCode, adjusted.body).toBe(200);
    expect(adjusted.json()).toMatchObject({ caseStatus: "active", perCapitaIncome: 35000, benefitAmount: 120000 });
    const ended = await review({ reviewDate: "2027-08-20", outcome: "terminated" });
    expect(ended.json()).toMatchObject({ caseStatus: "terminated", lastReviewDate: "2027-08-20", dates: { applied: "2025-06-01", approved: "2025-07-01", terminated: "2027-08-20" } });
    expect(ended.json()).not.toHaveProperty("nextReviewDate");
  });
});

describe("batch validation", () => {
  const upload = (payload: string, contentType = "application/x-ndjson") =>
    server.app.inject({ method: "POST", url: "/v1/validations", headers: { ...server.auth(), "idempotency-key": key(), "content-type": contentType }, payload });

  it("runs the validator over a JSON Lines export and answers its JSON report, with line numbers", async () => {
    const lines = [JSON.stringify(person("430100-P-B1")), JSON.stringify(person("430100-P-B2", { idNumber: "430102199003071235" })), '{"recordType":'];
    const response = await upload(`${lines.join("\n")}\n`);
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.summary).toMatchObject({ records: 3, invalid: 2 });
    expect(report.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: "id-number.check-character", line: 2, pointer: "/idNumber" }),
        expect.objectContaining({ ruleId: "input.malformed-json", line: 3 }),
      ]),
    );
    expect(response.body).not.toContain("430102199003071235");
  });

  it("stores nothing and wants JSON Lines (415 for JSON)", async () => {
    await upload(`${JSON.stringify(person("430100-P-B3"))}\n`);
    expect((await server.app.inject({ method: "GET", url: "/v1/persons/430100-P-B3", headers: server.auth() })).statusCode).toBe(404);
    expect((await upload("[]", "application/json")).statusCode).toBe(415);
  });
});
