import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrolment, key, person, startTestServer, type TestServer, transfer } from "./support.js";

let server: TestServer;
const changsha = 0;
const zhuzhou = 1;

const headers = (agency: number, extra: Record<string, string> = {}) => ({ ...server.auth(agency), ...extra });
const post = (url: string, payload: object, agency = changsha, extra: Record<string, string> = {}) =>
  server.app.inject({ method: "POST", url, headers: headers(agency, { "idempotency-key": key(), ...extra }), payload });
const put = (url: string, payload: object, etag: string | undefined, agency = changsha, extra: Record<string, string> = {}) =>
  server.app.inject({ method: "PUT", url, headers: headers(agency, { ...(etag === undefined ? {} : { "if-match": etag }), ...extra }), payload });
const get = (url: string, agency = changsha) => server.app.inject({ method: "GET", url, headers: headers(agency) });

async function events(recordId: string): Promise<{ type: string; version: number; reason?: string; record?: Record<string, unknown> }[]> {
  const response = await get("/v1/events?limit=1000");
  return (response.json().items as { recordId: string; type: string; version: number }[]).filter((event) => event.recordId === recordId);
}

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe("corrections", () => {
  it("stores a correction as a new version under If-Match, keeps the old one readable with its ETag, and emits corrected", async () => {
    expect((await post("/v1/persons", person("430100-P-C1"))).statusCode).toBe(201);
    const original = await get("/v1/persons/430100-P-C1");
    const corrected = { ...person("430100-P-C1"), name: "张伟明" };
    expect((await put("/v1/persons/430100-P-C1", corrected, undefined)).statusCode).toBe(428);
    expect((await put("/v1/persons/430100-P-C1", corrected, '"7"')).statusCode).toBe(412);
    const done = await put("/v1/persons/430100-P-C1", corrected, '"1"');
    expect(done.statusCode, done.body).toBe(200);
    expect(done.headers["etag"]).toBe('"2"');
    expect((await get("/v1/persons/430100-P-C1")).json().name).toBe("张伟明");
    const first = await get("/v1/persons/430100-P-C1/versions/1");
    expect(first.statusCode).toBe(200);
    expect(first.headers["etag"]).toBe('"1"');
    expect(first.json()).toEqual(original.json());
    expect((await get("/v1/persons/430100-P-C1/versions/2")).json().name).toBe("张伟明");
    expect((await get("/v1/persons/430100-P-C1/versions/3")).statusCode).toBe(404);
    expect((await get("/v1/persons/430100-P-C1/versions/0")).statusCode).toBe(400);
    const list = (await get("/v1/persons/430100-P-C1/versions")).json().items as { version: number; etag: string; record: { name: string } }[];
    expect(list.map((item) => [item.version, item.etag, item.record.name])).toEqual([
      [1, '"1"', "张伟"],
      [2, '"2"', "张伟明"],
    ]);
    expect((await events("430100-P-C1")).map((event) => [event.type, event.version, event.record?.["name"]])).toEqual([
      ["created", 1, "张伟"],
      ["corrected", 2, "张伟明"],
    ]);
    // A stale repeat after the correction moved the version on is refused, not applied twice.
    expect((await put("/v1/persons/430100-P-C1", corrected, '"1"')).statusCode).toBe(412);
  });

  it("replays a correction repeated with the same Idempotency-Key", async () => {
    expect((await post("/v1/persons", person("430100-P-C2"))).statusCode).toBe(201);
    const body = { ...person("430100-P-C2"), name: "李娜" };
    const first = await put("/v1/persons/430100-P-C2", body, '"1"', changsha, { "idempotency-key": "correct-c2" });
    const again = await put("/v1/persons/430100-P-C2", body, '"1"', changsha, { "idempotency-key": "correct-c2" });
    expect([first.statusCode, again.statusCode]).toEqual([200, 200]);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect((await events("430100-P-C2")).map((event) => event.type)).toEqual(["created", "corrected"]);
  });

  it("lets only the owner correct, validates the record, keeps its id and a transfer's state", async () => {
    expect((await post("/v1/persons", person("430100-P-C3"))).statusCode).toBe(201);
    const foreign = await put("/v1/persons/430100-P-C3", { ...person("430100-P-C3"), name: "王五" }, '"1"', zhuzhou);
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().errors[0].ruleId).toBe("api.ownership");
    const invalid = await put("/v1/persons/430100-P-C3", { ...person("430100-P-C3"), sex: "7" }, '"1"');
    expect(invalid.statusCode).toBe(422);
    const renamed = await put("/v1/persons/430100-P-C3", person("430100-P-C4"), '"1"');
    expect(renamed.statusCode).toBe(422);
    expect(renamed.json().errors[0].pointer).toBe("/id");
    expect((await get("/v1/persons/430100-P-C3")).headers["etag"]).toBe('"1"');

    expect((await post("/v1/enrolments", enrolment(server, "430100-E-C3", "430100-P-C3", changsha))).statusCode).toBe(201);
    const requested = transfer(server, "430200-T-C3", "430100-P-C3", "430100-E-C3");
    expect((await post("/v1/transfers", requested, zhuzhou)).statusCode).toBe(201);
    const skipped = await put(
      "/v1/transfers/430200-T-C3",
      { ...requested, status: "cancelled", steps: [...(requested["steps"] as object[]), { status: "cancelled", at: "2026-01-16T09:30:00+08:00" }] },
      '"1"',
      zhuzhou,
    );
    expect(skipped.statusCode).toBe(422);
    expect(skipped.json().errors[0]).toMatchObject({ ruleId: "api.correction-field", pointer: "/status" });
    const months = await put("/v1/transfers/430200-T-C3", { ...requested, meta: { lastUpdated: "2026-01-16T09:30:00+08:00" } }, '"1"', zhuzhou);
    expect(months.statusCode, months.body).toBe(200);
    expect((await put("/v1/transfers/430200-T-C3", { ...requested, meta: { lastUpdated: "2026-01-17T09:30:00+08:00" } }, '"2"', changsha)).statusCode).toBe(403);
  });

  it("refuses a correction that would duplicate another person, not one that keeps its own identity number", async () => {
    expect((await post("/v1/persons", person("430100-P-C5"))).statusCode).toBe(201);
    expect((await post("/v1/persons", person("430100-P-C6"))).statusCode).toBe(201);
    const own = await put("/v1/persons/430100-P-C5", { ...person("430100-P-C5"), name: "赵六" }, '"1"');
    expect(own.statusCode, own.body).toBe(200);
    const twin = await put("/v1/persons/430100-P-C5", { ...person("430100-P-C5"), idNumber: person("430100-P-C6")["idNumber"] }, '"2"');
    expect(twin.statusCode).toBe(409);
    expect(twin.json().existingId).toBe("430100-P-C6");
  });
});

describe("retractions", () => {
  it("leaves a tombstone: 410 naming the reason and time, omitted from lists, writes refused, a retracted event", async () => {
    expect((await post("/v1/persons", person("430100-P-R1"))).statusCode).toBe(201);
    expect((await post("/v1/enrolments", enrolment(server, "430100-E-R1", "430100-P-R1", changsha))).statusCode).toBe(201);
    const url = "/v1/enrolments/430100-E-R1";
    expect((await post(`${url}/retract`, { reason: "entered-in-error" })).statusCode).toBe(428);
    expect((await post(`${url}/retract`, { reason: "typo" }, changsha, { "if-match": '"1"' })).statusCode).toBe(422);
    expect((await post(`${url}/retract`, { reason: "entered-in-error" }, zhuzhou, { "if-match": '"1"' })).statusCode).toBe(403);
    const retracted = await post(`${url}/retract`, { reason: "entered-in-error", note: "重复录入" }, changsha, { "if-match": '"1"' });
    expect(retracted.statusCode, retracted.body).toBe(200);
    expect(retracted.headers["etag"]).toBe('"2"');
    expect(retracted.json()).toMatchObject({ id: "430100-E-R1", version: 2, reason: "entered-in-error" });
    const gone = await get(url);
    expect(gone.statusCode).toBe(410);
    expect(gone.headers["content-type"]).toContain("application/problem+json");
    expect(gone.json()).toMatchObject({ status: 410, reason: "entered-in-error", retractedAt: retracted.json().retractedAt });
    expect((await get(`${url}/versions/1`)).statusCode).toBe(410);
    expect((await get(`${url}/versions`)).statusCode).toBe(410);
    expect((await get("/v1/enrolments?personId=430100-P-R1")).json().items).toEqual([]);
    expect((await put(url, enrolment(server, "430100-E-R1", "430100-P-R1", changsha), '"2"')).statusCode).toBe(410);
    expect((await post(`${url}/retract`, { reason: "duplicate" }, changsha, { "if-match": '"2"' })).statusCode).toBe(410);
    // The id stays taken: a tombstone is never replaced by a new record.
    expect((await post("/v1/enrolments", enrolment(server, "430100-E-R1", "430100-P-R1", changsha))).statusCode).toBe(409);
    const feed = await events("430100-E-R1");
    expect(feed.map((event) => [event.type, event.version, event.reason])).toEqual([
      ["created", 1, undefined],
      ["retracted", 2, "entered-in-error"],
    ]);
    expect(feed[1]).not.toHaveProperty("record");
  });

  it("frees a retracted person's identity number for the correct record", async () => {
    expect((await post("/v1/persons", person("430100-P-R2"))).statusCode).toBe(201);
    expect((await post("/v1/persons/430100-P-R2/retract", { reason: "duplicate" }, changsha, { "if-match": '"1"' })).statusCode).toBe(200);
    const again = await post("/v1/persons", { ...person("430100-P-R3"), idNumber: person("430100-P-R2")["idNumber"] });
    expect(again.statusCode, again.body).toBe(201);
    const search = await get(`/v1/persons?idNumber=${String(person("430100-P-R2")["idNumber"])}`);
    expect(search.json().items.map((item: { id: string }) => item.id)).toEqual(["430100-P-R3"]);
  });
});

describe("person links", () => {
  it("links a duplicate to its survivor (replacedBy/replaces), keeps both, emits linked events; only the owner, once", async () => {
    expect((await post("/v1/persons", person("430100-P-L1"))).statusCode).toBe(201);
    expect((await post("/v1/persons", person("430100-P-L2"))).statusCode).toBe(201);
    expect((await post("/v1/persons", person("430200-P-L3"), zhuzhou)).statusCode).toBe(201);
    const link = (id: string, replacedBy: string, etag: string, agency = changsha) => post(`/v1/persons/${id}/link`, { replacedBy }, agency, { "if-match": etag });
    expect((await link("430100-P-L2", "430200-P-L3", '"1"')).statusCode).toBe(403);
    expect((await link("430100-P-L2", "430100-P-L2", '"1"')).statusCode).toBe(422);
    expect((await link("430100-P-L2", "430100-P-L1", '"9"')).statusCode).toBe(412);
    const linked = await link("430100-P-L2", "430100-P-L1", '"1"');
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().replacedBy).toBe("430100-P-L1");
    expect(linked.headers["etag"]).toBe('"2"');
    const survivor = await get("/v1/persons/430100-P-L1");
    expect(survivor.json().replaces).toEqual(["430100-P-L2"]);
    expect((await get("/v1/persons/430100-P-L2")).statusCode).toBe(200);
    expect((await get("/v1/persons/430100-P-L2/versions/1")).json()).not.toHaveProperty("replacedBy");
    expect((await link("430100-P-L2", "430100-P-L1", '"2"')).statusCode).toBe(422);
    expect((await link("430100-P-L1", "430100-P-L2", String(survivor.headers["etag"]))).statusCode).toBe(422);
    expect((await events("430100-P-L1")).map((event) => event.type)).toEqual(["created", "linked"]);
    expect((await events("430100-P-L2")).map((event) => event.type)).toEqual(["created", "linked"]);
    const corrected = await put("/v1/persons/430100-P-L2", person("430100-P-L2"), '"2"');
    expect(corrected.statusCode).toBe(422);
    expect(corrected.json().errors[0]).toMatchObject({ ruleId: "api.correction-field", pointer: "/replacedBy" });
  });
});
