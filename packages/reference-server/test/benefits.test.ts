import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { key, person, startTestServer, type TestServer } from "./support.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await server.app.inject({ method: "POST", url: "/v1/persons", headers: { ...server.auth(), "idempotency-key": key() }, payload: person("430100-P-B1") });
});
afterAll(() => server.close());

function pension(id: string): Record<string, unknown> {
  return {
    recordType: "benefit",
    id,
    meta: { lastUpdated: "2026-01-15T09:30:00+08:00" },
    personId: "430100-P-B1",
    city: "430100",
    agency: server.demo[0]!.principal.agency,
    benefitType: "pension.employee",
    period: { start: "2022-03-01" },
    status: "inPayment",
    frequency: "monthly",
    monthlyAmount: 325000,
  };
}

const post = (url: string, payload: object) => server.app.inject({ method: "POST", url, headers: { ...server.auth(), "idempotency-key": key() }, payload });

describe("benefits and 异地就医 records", () => {
  it("creates, reads and lists a benefit by person, type and status", async () => {
    const created = await post("/v1/benefits", pension("430100-B-B1"));
    expect(created.statusCode).toBe(201);
    const read = await server.app.inject({ method: "GET", url: "/v1/benefits/430100-B-B1", headers: server.auth() });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ benefitType: "pension.employee", monthlyAmount: 325000 });
    const list = await server.app.inject({ method: "GET", url: "/v1/benefits?personId=430100-P-B1&benefitType=pension.employee&status=inPayment", headers: server.auth() });
    expect(list.json().items.map((item: { id: string }) => item.id)).toEqual(["430100-B-B1"]);
    const none = await server.app.inject({ method: "GET", url: "/v1/benefits?personId=430100-P-B1&status=terminated", headers: server.auth() });
    expect(none.json().items).toEqual([]);
  });

  it("refuses a monthly benefit without its amount, with the validator's rule", async () => {
    const { monthlyAmount: _left, ...withoutAmount } = pension("430100-B-B2");
    const refused = await post("/v1/benefits", withoutAmount);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors.map((error: { ruleId: string }) => error.ruleId)).toContain("benefit.amount-for-frequency");
  });

  it("refuses a benefit naming an enrolment that is not stored", async () => {
    const refused = await post("/v1/benefits", { ...pension("430100-B-B3"), enrolmentId: "430100-E-NONE" });
    expect(refused.statusCode).toBe(422);
    expect(JSON.stringify(refused.json())).toContain("/enrolmentId");
  });

  it("refuses a settlement whose parts do not add up, and stores one that adds up under its registration", async () => {
    const agency = { ...server.demo[0]!.principal.agency };
    const registration = {
      recordType: "medicalRegistration",
      id: "430100-R-B1",
      meta: { lastUpdated: "2026-01-15T09:30:00+08:00" },
      personId: "430100-P-B1",
      city: "430100",
      agency,
      registrationType: "resettledRetiree",
      insuredDivision: "430100",
      treatmentDivision: "440100",
      period: { start: "2025-01-01" },
    };
    expect((await post("/v1/medical-registrations", registration)).statusCode).toBe(201);
    const settlement = {
      recordType: "medicalSettlement",
      id: "430100-S-B1",
      meta: { lastUpdated: "2026-01-15T09:30:00+08:00" },
      personId: "430100-P-B1",
      registrationId: "430100-R-B1",
      city: "430100",
      agency,
      insuredDivision: "430100",
      treatmentDivision: "440106",
      settlementDate: "2025-11-08",
      totalCost: 2350000,
      pooledFundPayment: 1450000,
      criticalIllnessPayment: 120000,
      outOfPocket: 780000,
    };
    const wrong = await post("/v1/medical-settlements", { ...settlement, totalCost: 2360000 });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors.map((error: { ruleId: string }) => error.ruleId)).toContain("medical-settlement.components-add-up");
    expect((await post("/v1/medical-settlements", settlement)).statusCode).toBe(201);
    const list = await server.app.inject({ method: "GET", url: "/v1/medical-settlements?personId=430100-P-B1", headers: server.auth() });
    expect(list.json().items.map((item: { id: string }) => item.id)).toEqual(["430100-S-B1"]);
    const registrations = await server.app.inject({ method: "GET", url: "/v1/medical-registrations/430100-R-B1", headers: server.auth() });
    expect(registrations.json()).toMatchObject({ registrationType: "resettledRetiree" });
  });
});
