import { readFileSync } from "node:fs";
import { createDemoTokens, createServer, openDatabase, TokenRegistry } from "@czt/reference-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { quickStart } from "../examples/quick-start.js";
import { renderTypes } from "../scripts/render-types.js";
import { createCztClient, etagOf, newIdempotencyKey, type Transfer } from "../src/index.js";

let app: ReturnType<typeof createServer>;
let baseUrl: string;
const demo = createDemoTokens();

beforeAll(async () => {
  const tokens = new TokenRegistry();
  for (const entry of demo) tokens.add(entry.token, entry.principal);
  app = createServer({ db: openDatabase(":memory:"), tokens });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  baseUrl = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
});
afterAll(() => app.close());

describe("@czt/client", () => {
  it("has types generated from the current contract", async () => {
    const committed = readFileSync(new URL("../src/generated/exchange.ts", import.meta.url), "utf8");
    expect(committed === (await renderTypes()), "src/generated/exchange.ts is stale. Run: npm run generate -w @czt/client").toBe(true);
  });

  it("runs the README example against a server", async () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const example = readFileSync(new URL("../examples/quick-start.ts", import.meta.url), "utf8");
    // The README shows the example as a vendor writes it: importing the package.
    expect(readme).toContain(example.replace('"../src/index.js"', '"@czt/client"').trim());
    const result = await quickStart(baseUrl, demo[0]!.token);
    expect(result).toEqual({ personId: "430100-P-000123", etag: '"1"', enrolled: false, where: [] });
  });

  it("drives a transfer through its states with ETags and answers typed problems", async () => {
    const changsha = createCztClient({ baseUrl, token: demo[0]!.token });
    const zhuzhou = createCztClient({ baseUrl, token: demo[1]!.token });
    const key = () => ({ "Idempotency-Key": newIdempotencyKey() });
    const person = await changsha.GET("/v1/persons/{personId}", { params: { path: { personId: "430100-P-000123" }, header: { "CZT-Purpose": "benefitVerification" } } });
    expect(person.data?.name).toBe("张伟");
    const from = (await changsha.GET("/v1/me")).data!;
    const to = (await zhuzhou.GET("/v1/me")).data!;
    const enrol = await changsha.POST("/v1/enrolments", {
      params: { header: key() },
      body: {
        recordType: "enrolment",
        id: "430100-E-C1",
        meta: { lastUpdated: "2026-01-15T09:30:00+08:00" },
        personId: "430100-P-000123",
        scheme: "pension.employee",
        employer: { creditCode: "91430100MA4L12346D" },
        city: "430100",
        agency: from.agency,
        contributionStatus: "1",
        employmentStatus: "0",
        period: { start: "2020-01-01" },
      },
    });
    expect(enrol.response.status).toBe(201);
    const transfer: Transfer = {
      recordType: "transfer",
      id: "430200-T-C1",
      meta: { lastUpdated: "2026-01-15T09:30:00+08:00" },
      personId: "430100-P-000123",
      kind: "pension.employee.intercity",
      from: { city: "430100", agency: from.agency, enrolmentId: "430100-E-C1" },
      to: { city: "430200", agency: to.agency },
      status: "requested",
      steps: [{ status: "requested", at: "2026-01-15T09:30:00+08:00" }],
      contributionMonths: 12,
      // Changsha → Zhuzhou is one pool for the employee pension: a registration change, no funds.
      individualAccountBalance: 0,
      pooledFundAmount: 0,
      contributions: [{ year: 2025, months: 12, monthlyBase: 500000, individualAmount: 480000, employerAmount: 960000 }],
    };
    const requested = await zhuzhou.POST("/v1/transfers", { params: { header: key() }, body: transfer });
    expect(requested.response.status).toBe(201);
    const letter = await zhuzhou.POST("/v1/transfers/{transferId}/issue-contact-letter", {
      params: { path: { transferId: "430200-T-C1" }, header: { ...key(), "If-Match": etagOf(requested.response) } },
      body: { note: "联系函" },
    });
    expect(letter.data?.status).toBe("letterIssued");
    const stale = await zhuzhou.POST("/v1/transfers/{transferId}/cancel", {
      params: { path: { transferId: "430200-T-C1" }, header: { ...key(), "If-Match": etagOf(requested.response) } },
      body: {},
    });
    expect(stale.response.status).toBe(412);
    expect(stale.error?.type).toBe("https://czt-ss.org/problems/precondition-failed");
    const wrongSide = await zhuzhou.POST("/v1/transfers/{transferId}/record-funds-transferred", {
      params: { path: { transferId: "430200-T-C1" }, header: { ...key(), "If-Match": etagOf(letter.response) } },
      body: {},
    });
    expect(wrongSide.response.status).toBe(403);
    const funds = await changsha.POST("/v1/transfers/{transferId}/record-funds-transferred", {
      params: { path: { transferId: "430200-T-C1" }, header: { ...key(), "If-Match": etagOf(letter.response) } },
      body: {},
    });
    expect(funds.data?.status).toBe("fundsTransferred");
    const page = await changsha.GET("/v1/transfers", { params: { query: { personId: "430100-P-000123", status: "fundsTransferred" }, header: { "CZT-Purpose": "transferContinuation" } } });
    expect(page.data?.items?.map((item) => item.id)).toEqual(["430200-T-C1"]);
  });
});
