import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "../src/app.js";
import { TokenRegistry } from "../src/auth/token-registry.js";
import { readableRecordTypes, visibleEvent } from "../src/routes/events.js";
import { EventLog } from "../src/store/event-log.js";
import { enrolment, key, person, readPurpose, sharedChecker, startTestServer, type TestServer, transfer } from "./support.js";

let server: TestServer;
const changsha = 0;
const zhuzhou = 1;

interface FeedEvent {
  position: number;
  type: string;
  recordType: string;
  recordId: string;
  version: number;
  occurredAt: string;
  city?: string;
  department?: string;
  agency?: { creditCode: string };
  record?: Record<string, unknown>;
}

const post = (url: string, payload: object, agency: number, headers: Record<string, string> = {}) =>
  server.app.inject({ method: "POST", url, headers: { ...server.auth(agency), "idempotency-key": key(), ...headers }, payload });

async function feed(query = "", agency = changsha): Promise<{ items: FeedEvent[]; next: number }> {
  const response = await server.app.inject({ method: "GET", url: `/v1/events${query}`, headers: server.auth(agency) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

function dibao(id: string): Record<string, unknown> {
  return {
    recordType: "assistance",
    id,
    meta: { lastUpdated: "2026-01-15T09:30:00+08:00" },
    programme: "dibao.urban",
    personId: "430100-P-F1",
    household: { householdId: "H-1", headPersonId: "430100-P-F1", size: 3 },
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

beforeAll(async () => {
  server = await startTestServer();
  expect((await post("/v1/persons", person("430100-P-F1"), changsha)).statusCode).toBe(201);
  expect((await post("/v1/enrolments", enrolment(server, "430100-E-F1", "430100-P-F1", changsha, { period: { start: "2015-01-01", end: "2019-12-31" } }), changsha)).statusCode).toBe(201);
  expect((await post("/v1/enrolments", enrolment(server, "430200-E-F1", "430100-P-F1", zhuzhou), zhuzhou)).statusCode).toBe(201);
  const requested = await post("/v1/transfers", transfer(server, "430200-T-F1", "430100-P-F1", "430100-E-F1"), zhuzhou);
  expect(requested.statusCode).toBe(201);
  const letter = await post("/v1/transfers/430200-T-F1/issue-contact-letter", {}, zhuzhou, { "if-match": String(requested.headers["etag"]) });
  expect(letter.statusCode).toBe(200);
  const assistance = await post("/v1/assistance-cases", dibao("430100-A-F1"), changsha);
  expect(assistance.statusCode).toBe(201);
  const review = await post("/v1/assistance-cases/430100-A-F1/reviews", { reviewDate: "2026-05-20", outcome: "continued", nextReviewDate: "2026-11-20" }, changsha, {
    "if-match": String(assistance.headers["etag"]),
  });
  expect(review.statusCode).toBe(200);
});
afterAll(() => server.close());

describe("GET /v1/events", () => {
  it("holds every write — creations, a transfer transition, an assistance review — in commit order with the record at its version", async () => {
    const { items, next } = await feed();
    expect(items.map((event) => [event.type, event.recordId, event.version])).toEqual([
      ["created", "430100-P-F1", 1],
      ["created", "430100-E-F1", 1],
      ["created", "430200-E-F1", 1],
      ["created", "430200-T-F1", 1],
      ["statusChanged", "430200-T-F1", 2],
      ["created", "430100-A-F1", 1],
      ["statusChanged", "430100-A-F1", 2],
    ]);
    const positions = items.map((event) => event.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(positions).size).toBe(positions.length);
    expect(next).toBe(positions.at(-1));
    const letter = items[4]!;
    expect(letter).toMatchObject({ recordType: "transfer", city: "430200", department: "hrss", agency: { creditCode: server.demo[zhuzhou]!.principal.agency.creditCode } });
    expect(letter.record).toMatchObject({ id: "430200-T-F1", status: "letterIssued" });
    expect(items[0]!.record).toMatchObject({ id: "430100-P-F1", idNumber: expect.any(String) });
    expect(Date.parse(letter.occurredAt)).not.toBeNaN();
  });

  it("pages with next: a consumer that stores next reads each event once, then an empty page that keeps next", async () => {
    const seen: number[] = [];
    let after = 0;
    for (;;) {
      const page = await feed(`?after=${after}&limit=2`);
      if (page.items.length === 0) {
        expect(page.next).toBe(after);
        break;
      }
      seen.push(...page.items.map((event) => event.position));
      after = page.next;
    }
    expect(seen).toEqual((await feed()).items.map((event) => event.position));
  });

  it("filters by event type, record type, city and department", async () => {
    expect((await feed("?types=statusChanged")).items.map((event) => event.recordId)).toEqual(["430200-T-F1", "430100-A-F1"]);
    expect((await feed("?recordTypes=enrolment,transfer&types=created")).items.map((event) => event.recordId)).toEqual(["430100-E-F1", "430200-E-F1", "430200-T-F1"]);
    expect((await feed("?city=430200")).items.map((event) => event.recordId)).toEqual(["430200-E-F1", "430200-T-F1", "430200-T-F1"]);
    expect((await feed("?department=civil-affairs")).items).toEqual([]);
  });

  it("answers a bad parameter with a located 400", async () => {
    for (const [query, pointer] of [
      ["?after=-1", "/after"],
      ["?after=1.5", "/after"],
      ["?limit=1001", "/limit"],
      ["?types=deleted", "/types"],
      ["?recordTypes=household", "/recordTypes"],
      ["?city=110000", "/city"],
    ] as const) {
      const response = await server.app.inject({ method: "GET", url: `/v1/events${query}`, headers: server.auth() });
      expect(response.statusCode, query).toBe(400);
      expect(response.json().errors[0].pointer, query).toBe(pointer);
    }
  });

  it("shows a token only the record types it may read, without the sensitive fields unless it has read:personal", async () => {
    const tokens = new TokenRegistry();
    tokens.add("token-read-only-0123456789", { ...server.demo[changsha]!.principal, scopes: ["read"] });
    const app = createServer({ db: server.db, tokens, checker: sharedChecker });
    try {
      const response = await app.inject({ method: "GET", url: "/v1/events", headers: { authorization: "Bearer token-read-only-0123456789", ...readPurpose } });
      expect(response.statusCode).toBe(200);
      const items = response.json().items as FeedEvent[];
      expect(new Set(items.map((event) => event.recordType))).toEqual(new Set(["enrolment", "transfer"]));
      const requested = items.find((event) => event.recordId === "430200-T-F1" && event.version === 1)!;
      expect(requested.record).not.toHaveProperty("individualAccountBalance");
      expect(requested.record).toHaveProperty("status", "requested");
      // The in-process view (what a subscriber delivering events to this agency would send) is the feed's own.
      const principal = tokens.lookup("token-read-only-0123456789")!;
      const inProcess = new EventLog(server.db).readAfter(0, { recordTypes: readableRecordTypes(principal) }, 1000).map((event) => visibleEvent(principal, event));
      expect(inProcess).toEqual(items);
      const persons = await app.inject({ method: "GET", url: "/v1/events?recordTypes=person", headers: { authorization: "Bearer token-read-only-0123456789", ...readPurpose } });
      expect(persons.statusCode).toBe(403);
      expect(persons.json().errors[0]).toMatchObject({ ruleId: "api.scope", pointer: "/recordTypes" });
    } finally {
      await app.close();
    }
  });

  it("tells an in-process listener after each commit, never before the event is readable", async () => {
    const log = new EventLog(server.db);
    const tokens = new TokenRegistry();
    tokens.add("token-listener-0123456789", server.demo[changsha]!.principal);
    const app = createServer({ db: server.db, tokens, checker: sharedChecker, events: log });
    const told: { last: number; readable: number[] }[] = [];
    const stop = log.onCommitted((last) => told.push({ last, readable: log.readAfter(last - 1, {}, 10).map((event) => event.position) }));
    try {
      const created = await app.inject({
        method: "POST",
        url: "/v1/persons",
        headers: { authorization: "Bearer token-listener-0123456789", "idempotency-key": key() },
        payload: person("430100-P-F2"),
      });
      expect(created.statusCode).toBe(201);
      expect(told).toHaveLength(1);
      expect(told[0]!.readable).toEqual([told[0]!.last]);
      const refused = await app.inject({
        method: "POST",
        url: "/v1/persons",
        headers: { authorization: "Bearer token-listener-0123456789", "idempotency-key": key() },
        payload: person("430100-P-F2"),
      });
      expect(refused.statusCode).toBe(409);
      expect(told.map((notice) => notice.last)).toEqual([told[0]!.last]);
    } finally {
      stop();
      await app.close();
    }
  });

  it("refuses to append outside a transaction (an event without its change could be lost or seen alone)", () => {
    const log = new EventLog(server.db);
    expect(() =>
      log.append({ type: "created", recordType: "person", recordId: "430100-P-X", version: 1, occurredAt: new Date().toISOString(), city: null, department: null, agency: undefined }),
    ).toThrow(/inside the transaction/);
  });
});
