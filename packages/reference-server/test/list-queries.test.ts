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

describe("the division filter of assistance cases", () => {
  const cases = (query: string) => server.app.inject({ method: "GET", url: `/v1/assistance-cases?${query}`, headers: server.auth() });

  it("takes a six-digit division code, a county's or a whole city's, and is optional", async () => {
    expect((await cases("")).statusCode).toBe(200);
    expect((await cases("programme=dibao.urban")).statusCode).toBe(200);
    for (const division of ["430102", "430100", "999999"]) {
      const response = await cases(`division=${division}`);
      expect(response.statusCode, `${division}: ${response.body}`).toBe(200);
    }
  });

  it("refuses anything else with 400, the reason and its pointer", async () => {
    for (const division of ["030100", "4301", "43010a", "a43010", "4301001"]) {
      const response = await cases(`division=${division}`);
      expect(response.statusCode, division).toBe(400);
      expect(response.json().errors).toEqual([{ ruleId: "api.query-parameter", pointer: "/division" }]);
    }
    expect((await cases("division=030100")).json().detail).toBe("division must be a six-digit division code");
    expect((await cases("division=4301001")).json().detail).toBe("division must be given once, 1 to 6 characters");
  });
});
