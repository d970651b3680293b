import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./support.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const list = (query: string) => server.app.inject({ method: "GET", url: `/v1/transfers?${query}`, headers: server.auth() });

describe("list query parameters", () => {
  it("takes a record id of up to 128 characters (the longest id) and refuses 129 with its pointer", async () => {
    const longest = await list(`personId=430100-P-${"9".repeat(128 - 9)}`);
    expect(longest.statusCode, longest.body).toBe(200);
    expect(longest.json()).toEqual({ items: [] });
    const over = await list(`personId=430100-P-${"9".repeat(129 - 9)}`);
    expect(over.statusCode).toBe(400);
    expect(over.json().errors).toEqual([{ ruleId: "api.query-parameter", pointer: "/personId" }]);
  });

  it("refuses a status outside the code list with its pointer", async () => {
    expect((await list("status=completed")).statusCode).toBe(200);
    const refused = await list("status=finished");
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ ruleId: "api.query-parameter", pointer: "/status" }]);
  });
});
