import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { create, createPerson } from "./consent-fixtures.js";
import { key, person, readPurpose, startTestServer, type TestServer } from "./support.js";

let server: TestServer;

/** A 低保 case of a household of three, headed by `head`, with `members` as the other two; in `division`. */
function householdCase(id: string, head: string, members: string[], division: string, caseStatus = "active"): Record<string, unknown> {
  return {
    recordType: "assistance",
    id,
    meta: { lastUpdated: "2026-01-15T09:30:00+08:00" },
    programme: "dibao.urban",
    personId: head,
    household: {
      householdId: `H-${id}`,
      headPersonId: head,
      size: 1 + members.length,
      members: [
        { personId: head, relationToHead: "02", covered: true },
        ...members.map((personId) => ({ personId, relationToHead: "10", covered: true })),
      ],
    },
    coveredMembers: 1 + members.length,
    city: "430100",
    division,
    agency: server.demo[0]!.principal.agency,
    caseStatus,
    dates: { applied: "2025-06-01", approved: "2025-07-01" },
    monthlyStandard: 75000,
    perCapitaIncome: 30000,
    benefitAmount: 45000 * (1 + members.length),
    lastReviewDate: "2025-12-01",
    nextReviewDate: "2026-06-01",
  };
}

beforeAll(async () => {
  server = await startTestServer();
  for (const id of ["430100-P-S1", "430100-P-S2", "430100-P-S3", "430100-P-S4"]) await createPerson(server, id);
  // 李秀英 has no identity number: found by name and birth date.
  await create(server, "/v1/persons", {
    ...person("430100-P-S5", { name: "李秀英", sex: "2", birthDate: "1948-11-02" }),
    idNumber: undefined,
    documents: [{ type: "other", number: "HK-430102-000517" }],
  });
  await create(server, "/v1/assistance-cases", householdCase("430100-A-S1", "430100-P-S1", ["430100-P-S2", "430100-P-S3"], "430102"));
  await create(server, "/v1/assistance-cases", householdCase("430100-A-S2", "430100-P-S4", [], "430103"));
  await create(server, "/v1/assistance-cases", householdCase("430100-A-S3", "430100-P-S2", [], "430102", "terminated"));
});
afterAll(() => server.close());

const search = (payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  server.app.inject({ method: "POST", url: "/v1/person-searches", headers: { ...server.auth(), "idempotency-key": key(), ...headers }, payload });
const ids = (response: { json(): unknown }) => (response.json() as { items: { id: string }[] }).items.map((item) => item.id);

describe("POST /v1/person-searches", () => {
  it("finds a person by identity number in the body (lower-case x accepted), never in the URL", async () => {
    const idNumber = String(person("430100-P-S1")["idNumber"]);
    const found = await search({ idNumber });
    expect(found.statusCode).toBe(200);
    expect(ids(found)).toEqual(["430100-P-S1"]);
    expect(found.headers["deprecation"]).toBeUndefined();
  });

  it("finds a person without an identity number by name and birth date, and only on both", async () => {
    expect(ids(await search({ name: "李秀英", birthDate: "1948-11-02" }))).toEqual(["430100-P-S5"]);
    expect(ids(await search({ name: "李秀英", birthDate: "1948-11-03" }))).toEqual([]);
    expect((await search({ name: "李秀英" })).statusCode).toBe(422);
    expect((await search({ idNumber: "430102199003071234", name: "李秀英", birthDate: "1948-11-02" })).statusCode).toBe(422);
  });

  it("is audited as a read of each person found", async () => {
    await search({ name: "李秀英", birthDate: "1948-11-02" }, { "czt-purpose": "selfService", "czt-consent": "430100-C-NONE" }).then((response) => expect(response.statusCode).toBe(403));
    const before = server.db.prepare("SELECT count(*) FROM audit_events WHERE record_id = '430100-P-S5'").pluck().get() as number;
    await search({ name: "李秀英", birthDate: "1948-11-02" });
    const events = server.db.prepare("SELECT operation, purpose FROM audit_events WHERE record_id = '430100-P-S5'").all().slice(before);
    expect(events).toEqual([{ operation: "searchPersonsByBody", purpose: readPurpose["czt-purpose"] }]);
  });
});

describe("the deprecated GET /v1/persons?idNumber=", () => {
  it("still answers, with Deprecation (RFC 9745), Sunset (RFC 8594) and a Link to POST /v1/person-searches", async () => {
    const idNumber = String(person("430100-P-S1")["idNumber"]);
    const response = await server.app.inject({ method: "GET", url: `/v1/persons?idNumber=${idNumber}`, headers: server.auth() });
    expect(response.statusCode).toBe(200);
    expect(ids(response)).toEqual(["430100-P-S1"]);
    expect(response.headers["deprecation"]).toBe("@1796342400");
    expect(new Date(Number(String(response.headers["deprecation"]).slice(1)) * 1000).toISOString()).toBe("2026-12-04T00:00:00.000Z");
    expect(response.headers["sunset"]).toBe("Wed, 30 Jun 2027 00:00:00 GMT");
    expect(response.headers["link"]).toContain('</v1/person-searches>; rel="successor-version"');
  });
});

describe("assistance cases by covered member, and active cases by division and programme", () => {
  const cases = (query: string) => server.app.inject({ method: "GET", url: `/v1/assistance-cases?${query}`, headers: server.auth() });

  it("finds a household member who is not the head, as well as the head", async () => {
    expect(ids(await cases("memberPersonId=430100-P-S3"))).toEqual(["430100-A-S1"]);
    expect(ids(await cases("memberPersonId=430100-P-S2"))).toEqual(["430100-A-S1", "430100-A-S3"]);
    expect(ids(await cases("memberPersonId=430100-P-S1"))).toEqual(["430100-A-S1"]);
    // personId keeps its meaning: the head.
    expect(ids(await cases("personId=430100-P-S3"))).toEqual([]);
  });

  it("lists a county's active cases of a programme, and a whole city's with the city code", async () => {
    expect(ids(await cases("division=430102&programme=dibao.urban&caseStatus=active"))).toEqual(["430100-A-S1"]);
    expect(ids(await cases("division=430103&programme=dibao.urban&caseStatus=active"))).toEqual(["430100-A-S2"]);
    expect(ids(await cases("division=430100&programme=dibao.urban&caseStatus=active"))).toEqual(["430100-A-S1", "430100-A-S2"]);
    expect(ids(await cases("division=430200&programme=dibao.urban"))).toEqual([]);
    expect((await cases("division=4301")).statusCode).toBe(400);
  });
});
