import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrolment, key, person, startTestServer, type TestServer } from "./support.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  server.app.inject({ method: "POST", url, headers: { ...server.auth(), "idempotency-key": key(), ...headers }, payload: payload as object });

describe("records", () => {
  it("creates a person with 201, ETag and Location, and reads it back", async () => {
    const created = await post("/v1/persons", person("430100-P-R1"));
    expect(created.statusCode).toBe(201);
    expect(created.headers["etag"]).toBe('"1"');
    expect(created.headers["location"]).toBe("/v1/persons/430100-P-R1");
    const read = await server.app.inject({ method: "GET", url: "/v1/persons/430100-P-R1", headers: server.auth(2) });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(person("430100-P-R1"));
  });

  it("refuses a record that breaks a validator rule with 422 problem+json naming the rule and pointer, masking the number", async () => {
    const refused = await post("/v1/persons", person("430100-P-R2", { idNumber: "430102199003071235" }));
    expect(refused.statusCode).toBe(422);
    expect(refused.headers["content-type"]).toMatch(/^application\/problem\+json/);
    const problem = refused.json();
    expect(problem).toMatchObject({ status: 422, type: "https://czt-ss.org/problems/invalid-record" });
    expect(problem.errors).toContainEqual(expect.objectContaining({ ruleId: "id-number.check-character", pointer: "/idNumber" }));
    expect(refused.body).not.toContain("430102199003071235");
    expect((await server.app.inject({ method: "GET", url: "/v1/persons/430100-P-R2", headers: server.auth() })).statusCode).toBe(404);
  });

  it("refuses schema violations with the validator's schema rule ids", async () => {
    const { name: _name, ...nameless } = person("430100-P-R3");
    const refused = await post("/v1/persons", { ...nameless, colour: "red" });
    expect(refused.statusCode).toBe(422);
    const ruleIds = refused.json().errors.map((error: { ruleId: string }) => error.ruleId);
    expect(ruleIds).toEqual(expect.arrayContaining(["schema.required", "schema.additional-property"]));
  });

  it("answers 409 for an id that exists and 422 for a body of another record type", async () => {
    await post("/v1/persons", person("430100-P-R4"));
    expect((await post("/v1/persons", person("430100-P-R4"))).statusCode).toBe(409);
    const wrongType = await post("/v1/persons", enrolment(server, "430100-E-R4", "430100-P-R4"));
    expect(wrongType.statusCode).toBe(422);
    expect(wrongType.json().errors[0]).toMatchObject({ ruleId: "schema.enum", pointer: "/recordType" });
  });

  it("refuses an enrolment whose person is not stored (unresolved reference)", async () => {
    const refused = await post("/v1/enrolments", enrolment(server, "430100-E-R5", "430100-P-nobody"));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors[0]).toMatchObject({ ruleId: "dataset.unresolved-reference", pointer: "/personId" });
  });

  it("answers 400 for malformed JSON and 415 for another media type", async () => {
    const malformed = await server.app.inject({
      method: "POST",
      url: "/v1/persons",
      headers: { ...server.auth(), "idempotency-key": key(), "content-type": "application/json" },
      payload: '{"recordType": "person",',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].ruleId).toBe("input.malformed-json");
    const xml = await server.app.inject({ method: "POST", url: "/v1/persons", headers: { ...server.auth(), "idempotency-key": key(), "content-type": "application/xml" }, payload: "<person/>" });
    expect(xml.statusCode).toBe(415);
  });

  it("answers 413 for a body over 1 MiB", async () => {
    const tooLarge = await post("/v1/persons", person("430100-P-R6", { name: "张".repeat(400_000) }));
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.headers["content-type"]).toMatch(/problem\+json/);
  });

  it("searches persons by identity number, accepting a lower-case x", async () => {
    expect((await post("/v1/persons", person("430100-P-R7", { idNumber: "43030220000229001X", birthDate: "2000-02-29", sex: "1" }))).statusCode).toBe(201);
    const found = await server.app.inject({ method: "GET", url: "/v1/persons?idNumber=43030220000229001x", headers: server.auth() });
    expect(found.statusCode).toBe(200);
    expect(found.json().items.map((item: { id: string }) => item.id)).toContain("430100-P-R7");
    expect((await server.app.inject({ method: "GET", url: "/v1/persons?idNumber=123", headers: server.auth() })).statusCode).toBe(400);
  });

  it("pages enrolments by cursor, filtered by person, scheme and active date", async () => {
    await post("/v1/persons", person("430100-P-R8"));
    // Three current enrolments in three insurance families, two ended ones before them (one person is never enrolled twice in a family at once).
    const schemes = ["pension.employee", "medical.employee", "unemployment", "pension.employee", "pension.employee"];
    const periods = [{ start: "2020-01-01" }, { start: "2020-01-01" }, { start: "2020-01-01" }, { start: "2010-01-01", end: "2012-12-31" }, { start: "2013-01-01", end: "2019-12-31" }];
    for (let i = 0; i < 5; i++) {
      const overrides = { scheme: schemes[i], period: periods[i], contributionStatus: i < 3 ? "1" : "3" };
      expect((await post("/v1/enrolments", enrolment(server, `430100-E-R8-${i}`, "430100-P-R8", 0, overrides))).statusCode).toBe(201);
    }
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await server.app.inject({ method: "GET", url: `/v1/enrolments?personId=430100-P-R8&limit=2${cursor ? `&cursor=${cursor}` : ""}`, headers: server.auth() });
      expect(page.statusCode).toBe(200);
      const body = page.json();
      expect(body.items.length).toBeLessThanOrEqual(2);
      ids.push(...body.items.map((item: { id: string }) => item.id));
      cursor = body.nextCursor;
    } while (cursor !== undefined);
    expect(ids).toEqual([0, 1, 2, 3, 4].map((i) => `430100-E-R8-${i}`));
    const active = await server.app.inject({ method: "GET", url: "/v1/enrolments?personId=430100-P-R8&activeOn=2011-06-01&scheme=pension.employee", headers: server.auth() });
    expect(active.json().items.map((item: { id: string }) => item.id)).toEqual(["430100-E-R8-3"]);
    const later = await server.app.inject({ method: "GET", url: "/v1/enrolments?personId=430100-P-R8&activeOn=2021-06-01", headers: server.auth() });
    expect(later.json().items.map((item: { id: string }) => item.id)).toEqual(["430100-E-R8-0", "430100-E-R8-1", "430100-E-R8-2"]);
    for (const bad of ["limit=0", "limit=101", "cursor=zzz", "activeOn=2011-02-30"]) {
      const refused = await server.app.inject({ method: "GET", url: `/v1/enrolments?${bad}`, headers: server.auth() });
      expect(refused.statusCode, bad).toBe(400);
    }
  });

  it("answers the duplicate check across cities by identity number, in the family asked", async () => {
    await post("/v1/persons", person("430100-P-R9", { idNumber: "430211198512310042", name: "李娜", sex: "2", birthDate: "1985-12-31" }));
    await post("/v1/persons", person("430200-P-R9", { idNumber: "430211198512310042", name: "李娜", sex: "2", birthDate: "1985-12-31" }), server.auth(1));
    await post("/v1/enrolments", enrolment(server, "430200-E-R9", "430200-P-R9", 1, { scheme: "medical.resident", employer: undefined }), server.auth(1));
    const check = await post("/v1/duplicate-checks", { idNumber: "430211198512310042", family: "medical", activeOn: "2026-01-01" });
    expect(check.statusCode).toBe(200);
    expect(check.json()).toMatchObject({
      enrolled: true,
      family: "medical",
      personIds: ["430100-P-R9", "430200-P-R9"],
      matches: [{ enrolmentId: "430200-E-R9", city: "430200", scheme: "medical.resident", period: { start: "2020-01-01" } }],
    });
    const pension = await post("/v1/duplicate-checks", { personId: "430100-P-R9", family: "pension" });
    expect(pension.json()).toMatchObject({ enrolled: false, matches: [] });
    expect((await post("/v1/duplicate-checks", { family: "medical" })).statusCode).toBe(422);
  });
});
