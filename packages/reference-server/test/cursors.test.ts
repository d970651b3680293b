import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrolment, key, person, startTestServer, type TestServer } from "./support.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  const post = (url: string, payload: unknown) => server.app.inject({ method: "POST", url, headers: { ...server.auth(), "idempotency-key": key() }, payload: payload as object });
  await post("/v1/persons", person("430100-P-C1"));
  // Three enrolments of one person one after the other (overlapping ones of one family are refused as duplicates).
  const periods = [{ start: "2010-01-01", end: "2012-12-31" }, { start: "2013-01-01", end: "2019-12-31" }, { start: "2020-01-01" }];
  for (const [i, period] of periods.entries()) {
    const created = await post("/v1/enrolments", enrolment(server, `430100-E-C1-${i}`, "430100-P-C1", 0, { period, contributionStatus: period.end ? "3" : "1" }));
    if (created.statusCode !== 201) throw new Error(`enrolment ${i} not created: ${created.body}`);
  }
});
afterAll(() => server.close());

const page = (cursor: string) => server.app.inject({ method: "GET", url: `/v1/enrolments?personId=430100-P-C1&limit=1&cursor=${cursor}`, headers: server.auth() });

describe("cursors", () => {
  it("accepts the cursor it issued, at most 512 characters", async () => {
    const first = await server.app.inject({ method: "GET", url: "/v1/enrolments?personId=430100-P-C1&limit=1", headers: server.auth() });
    const cursor: string = first.json().nextCursor;
    expect(cursor.length).toBeLessThanOrEqual(512);
    expect((await page(cursor)).json().items.map((item: { id: string }) => item.id)).toEqual(["430100-E-C1-1"]);
  });

  it("refuses a cursor made by the client (the id of a record it chose) with a located 400", async () => {
    for (const forged of [Buffer.from("v1:430100-E-C1-1").toString("base64url"), `${Buffer.from("v1:430100-E-C1-1").toString("base64url")}.${"A".repeat(22)}`]) {
      const response = await page(forged);
      expect(response.statusCode, forged).toBe(400);
      expect(response.json().errors).toEqual([{ ruleId: "api.cursor", pointer: "/cursor" }]);
    }
  });

  it("refuses a cursor over 512 characters with a located 400", async () => {
    const response = await page(Buffer.from(`v1:${"x".repeat(600)}`).toString("base64url"));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ detail: "the cursor is over 512 characters", errors: [{ ruleId: "api.cursor" }] });
  });

  it("takes limit from 1 to 100 and gives a nextCursor only while more items follow", async () => {
    const list = (limit: number) => server.app.inject({ method: "GET", url: `/v1/enrolments?personId=430100-P-C1&limit=${limit}`, headers: server.auth() });
    const ids = ["430100-E-C1-0", "430100-E-C1-1", "430100-E-C1-2"];
    const one = await list(1);
    expect(one.json().items.map((item: { id: string }) => item.id)).toEqual(ids.slice(0, 1));
    expect(one.json().nextCursor).toEqual(expect.any(String));
    for (const limit of [3, 100]) {
      const whole = await list(limit);
      expect(whole.statusCode, `limit=${limit}`).toBe(200);
      expect(whole.json(), `limit=${limit}`).toEqual({ items: ids.map((id) => expect.objectContaining({ id })) });
    }
    // The page after the first two holds the last item and says it is the last.
    const second = await page((await list(2)).json().nextCursor);
    expect(second.json().items.map((item: { id: string }) => item.id)).toEqual(ids.slice(2));
    expect(second.json()).not.toHaveProperty("nextCursor");
    for (const limit of [0, 101]) {
      const refused = await list(limit);
      expect(refused.statusCode, `limit=${limit}`).toBe(400);
      expect(refused.json().errors).toEqual([{ ruleId: "api.query-parameter", pointer: "/limit" }]);
    }
  });
});
