import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { verifyDelivery } from "../src/subscriptions/delivery-signature.js";
import { NamedFilterQueries } from "../src/subscriptions/subscription-filter.js";
import { type LoopbackReceiver, startReceiver } from "./loopback-receiver.js";
import { enrolment, key, person, readPurpose, startTestServer, type TestServer } from "./support.js";
import { receiving, sending, transferParties } from "./transfer-parties.js";

/** Short waits: the policy's shape, not its production timings, is under test. */
const fastRetries = { baseDelayMs: 20, maxDelayMs: 200, maxAttempts: 4, timeoutMs: 2000 };

let server: TestServer | undefined;
let receiver: LoopbackReceiver | undefined;
afterEach(async () => {
  await server?.close();
  await receiver?.close();
  server = undefined;
  receiver = undefined;
});

interface Delivery {
  subscriptionId: string;
  deliveryId: string;
  event: { position: number; type: string; recordType: string; recordId: string; record?: Record<string, unknown> };
}
const parsed = (body: Buffer) => JSON.parse(body.toString("utf8")) as Delivery;

async function subscribe(target: TestServer, agency: number, payload: object) {
  return target.app.inject({ method: "POST", url: "/v1/subscriptions", headers: { ...target.auth(agency), "idempotency-key": key() }, payload });
}

async function createPersons(target: TestServer, ids: string[], agency = 0) {
  const city = target.demo[agency]!.principal.city;
  return Promise.all(
    ids.map(async (id) => {
      const created = await target.app.inject({ method: "POST", url: "/v1/persons", headers: { ...target.auth(agency), "idempotency-key": key() }, payload: person(`${city}-P-${id}`) });
      expect(created.statusCode, created.body).toBe(201);
    }),
  );
}

interface DeliveryItem {
  status: string;
  attempts: number;
  lastError?: string;
  responseStatus?: number;
}

/** The deliveries of a subscription once `done` holds for them (polled: the worker records an answer just after it arrives). */
async function deliveriesWhen(target: TestServer, id: string, done: (items: DeliveryItem[]) => boolean): Promise<DeliveryItem[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const items = (await target.app.inject({ method: "GET", url: `/v1/subscriptions/${id}/deliveries`, headers: target.auth(0) })).json().items as DeliveryItem[];
    if (done(items) || Date.now() > deadline) return items;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("subscriptions: signed deliveries to a receiver on loopback", () => {
  it("delivers each later change once, signed with the secret returned at creation, and shows it delivered", async () => {
    server = await startTestServer({ deliveries: fastRetries });
    receiver = await startReceiver();
    await createPersons(server, ["SUB001"]);
    const created = await subscribe(server, 0, { callbackUrl: receiver.url, filter: { recordTypes: ["person"] }, description: "persons of every city" });
    expect(created.statusCode, created.body).toBe(201);
    const subscription = created.json() as { id: string; secret: string; status: string; filter: unknown };
    expect(subscription).toMatchObject({ status: "active", filter: { recordTypes: ["person"] } });
    expect(subscription.secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
    expect(created.headers["location"]).toBe(`/v1/subscriptions/${subscription.id}`);

    await createPersons(server, ["SUB002", "SUB003"]);
    const accepted = await receiver.waitForAccepted(2);
    for (const delivery of accepted) {
      expect(delivery.headers["content-type"]).toBe("application/json; charset=utf-8");
      expect(verifyDelivery(delivery.headers["x-czt-signature"] as string, delivery.body, subscription.secret)).toMatchObject({ valid: true });
      expect(verifyDelivery(delivery.headers["x-czt-signature"] as string, delivery.body, "whsec_not_the_secret")).toMatchObject({ valid: false });
      expect(parsed(delivery.body)).toMatchObject({ subscriptionId: subscription.id, deliveryId: delivery.headers["x-czt-delivery"], event: { type: "created", recordType: "person" } });
      expect(delivery.headers["x-czt-delivery-attempt"]).toBe("1");
    }
    // The person created before the subscription is not delivered; the two after it are.
    expect(accepted.map((delivery) => parsed(delivery.body).event.recordId).sort()).toEqual(["430100-P-SUB002", "430100-P-SUB003"]);

    const read = await server.app.inject({ method: "GET", url: `/v1/subscriptions/${subscription.id}`, headers: server.auth(0) });
    expect(read.statusCode).toBe(200);
    expect(read.json()).not.toHaveProperty("secret");
    const deliveries = await deliveriesWhen(server, subscription.id, (items) => items.length === 2 && items.every((item) => item.status === "delivered"));
    expect(deliveries).toEqual(
      accepted.map((delivery) =>
        expect.objectContaining({ id: delivery.headers["x-czt-delivery"], status: "delivered", attempts: 1, responseStatus: 204, position: parsed(delivery.body).event.position }),
      ),
    );
    // Another agency neither sees nor deletes it; its owner lists and deletes it.
    expect((await server.app.inject({ method: "GET", url: `/v1/subscriptions/${subscription.id}`, headers: server.auth(1) })).statusCode).toBe(404);
    expect((await server.app.inject({ method: "DELETE", url: `/v1/subscriptions/${subscription.id}`, headers: server.auth(1) })).statusCode).toBe(404);
    expect((await server.app.inject({ method: "GET", url: "/v1/subscriptions", headers: server.auth(0) })).json().items).toHaveLength(1);
    expect((await server.app.inject({ method: "DELETE", url: `/v1/subscriptions/${subscription.id}`, headers: server.auth(0) })).statusCode).toBe(204);
    expect((await server.app.inject({ method: "GET", url: "/v1/subscriptions", headers: server.auth(0) })).json().items).toEqual([]);
    await createPersons(server, ["SUB004"]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(receiver.received).toHaveLength(2);
  });

  it("retries a receiver that fails its first 3 answers with backoff, holding later deliveries back, then delivers all in order", async () => {
    server = await startTestServer({ deliveries: { ...fastRetries, maxAttempts: 5 } });
    receiver = await startReceiver(({ index }) => (index < 3 ? 503 : 200));
    const { id, secret } = (await subscribe(server, 0, { callbackUrl: receiver.url, filter: { recordTypes: ["person"] } })).json() as { id: string; secret: string };
    await createPersons(server, ["RTY001"]);
    await createPersons(server, ["RTY002"]);
    const accepted = await receiver.waitForAccepted(2);
    expect(receiver.received.map((item) => [parsed(item.body).event.recordId, item.headers["x-czt-delivery-attempt"], item.status])).toEqual([
      ["430100-P-RTY001", "1", 503],
      ["430100-P-RTY001", "2", 503],
      ["430100-P-RTY001", "3", 503],
      ["430100-P-RTY001", "4", 200],
      ["430100-P-RTY002", "1", 200],
    ]);
    // A retry is the same delivery: the same id and body bytes, signed anew.
    expect(new Set(receiver.received.slice(0, 4).map((item) => item.body.toString("base64"))).size).toBe(1);
    expect(new Set(receiver.received.slice(0, 4).map((item) => item.headers["x-czt-delivery"])).size).toBe(1);
    for (const item of accepted) expect(verifyDelivery(item.headers["x-czt-signature"] as string, item.body, secret).valid).toBe(true);
    // Exponential waits: each gap at least half the doubled base delay (equal jitter).
    const gaps = receiver.received.slice(0, 4).map((item, index, all) => (index === 0 ? 0 : item.at - all[index - 1]!.at));
    expect(gaps[1]).toBeGreaterThanOrEqual(10 - 2);
    expect(gaps[2]).toBeGreaterThanOrEqual(20 - 2);
    expect(gaps[3]).toBeGreaterThanOrEqual(40 - 2);
    // The receiver has answered; the server records the answer as it arrives.
    const items = await deliveriesWhen(server, id, (all) => all.every((item) => item.status === "delivered"));
    expect(items.map((item) => [item.status, item.attempts, item.responseStatus])).toEqual([
      ["delivered", 4, 200],
      ["delivered", 1, 200],
    ]);
  });

  it("marks a delivery failed after the last attempt, suspends the subscription (later ones wait, events meanwhile too), and resumes it on request", async () => {
    server = await startTestServer({ deliveries: { ...fastRetries, maxAttempts: 3 } });
    let up = false;
    receiver = await startReceiver(() => (up ? 204 : 500));
    const { id } = (await subscribe(server, 0, { callbackUrl: receiver.url, filter: { recordTypes: ["person"] } })).json() as { id: string };
    await createPersons(server, ["FLD001"]);
    await createPersons(server, ["FLD002"]);
    const deliveriesOf = async (status?: string) =>
      (await server!.app.inject({ method: "GET", url: `/v1/subscriptions/${id}/deliveries${status === undefined ? "" : `?status=${status}`}`, headers: server!.auth(0) })).json().items as {
        status: string;
        attempts: number;
        lastError?: string;
        responseStatus?: number;
      }[];
    const deadline = Date.now() + 10_000;
    while ((await deliveriesOf("failed")).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await deliveriesOf()).toEqual([
      expect.objectContaining({ status: "failed", attempts: 3, responseStatus: 500, lastError: "the receiver answered 500" }),
      expect.objectContaining({ status: "pending", attempts: 0 }),
    ]);
    expect((await server.app.inject({ method: "GET", url: `/v1/subscriptions/${id}`, headers: server.auth(0) })).json().status).toBe("suspended");
    expect(receiver.received).toHaveLength(3);
    // Written while suspended: not sent now, delivered after the resume, in order.
    await createPersons(server, ["FLD003"]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(receiver.received).toHaveLength(3);

    up = true;
    const resumed = await server.app.inject({ method: "POST", url: `/v1/subscriptions/${id}/resume`, headers: { ...server.auth(0), "idempotency-key": key() } });
    expect(resumed.json().status).toBe("active");
    const accepted = await receiver.waitForAccepted(3);
    expect(accepted.map((item) => parsed(item.body).event.recordId)).toEqual(["430100-P-FLD001", "430100-P-FLD002", "430100-P-FLD003"]);
    expect((await deliveriesWhen(server, id, (items) => items.length === 3 && items.every((item) => item.status === "delivered"))).map((item) => item.status)).toEqual([
      "delivered",
      "delivered",
      "delivered",
    ]);
  });

  it("keeps undelivered deliveries across a restart of the server and sends them, in order, once it is back", async () => {
    const dir = mkdtempSync(join(tmpdir(), "czt-subscriptions-"));
    const file = join(dir, "server.db");
    let up = false;
    receiver = await startReceiver(() => (up ? 204 : 503));
    const first = await startTestServer({ db: file, deliveries: { ...fastRetries, maxAttempts: 100, baseDelayMs: 50, maxDelayMs: 50 } });
    const { id } = (await subscribe(first, 0, { callbackUrl: receiver.url, filter: { recordTypes: ["person"] } })).json() as { id: string };
    await createPersons(first, ["RST001", "RST002"]);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await first.close();
    expect(receiver.received.every((item) => item.status === 503)).toBe(true);
    up = true;
    server = await startTestServer({ db: file, deliveries: fastRetries });
    const accepted = await receiver.waitForAccepted(2);
    expect(accepted.map((item) => parsed(item.body).event.recordId)).toEqual(["430100-P-RST001", "430100-P-RST002"]);
    expect(accepted.map((item) => parsed(item.body).subscriptionId)).toEqual([id, id]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("records a receiver that is down as a connection failure and retries it", async () => {
    server = await startTestServer({ deliveries: { ...fastRetries, maxAttempts: 2 } });
    const gone = await startReceiver();
    const url = gone.url;
    await gone.close();
    const { id } = (await subscribe(server, 0, { callbackUrl: url, filter: { recordTypes: ["person"] } })).json() as { id: string };
    await createPersons(server, ["DWN001"]);
    const deadline = Date.now() + 10_000;
    let items: { status: string; lastError?: string; attempts: number }[] = [];
    while (Date.now() < deadline) {
      items = (await server.app.inject({ method: "GET", url: `/v1/subscriptions/${id}/deliveries`, headers: server.auth(0) })).json().items;
      if (items[0]?.status === "failed") break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(items[0]).toMatchObject({ status: "failed", attempts: 2, lastError: expect.stringContaining("ECONNREFUSED") });
  });

  it("delivers in feed order under 40 concurrent writes, exactly the feed's matching events", async () => {
    server = await startTestServer({ deliveries: fastRetries });
    receiver = await startReceiver();
    await subscribe(server, 1, { callbackUrl: receiver.url, filter: { types: ["created"], recordTypes: ["person"] } });
    const ids = Array.from({ length: 40 }, (_, index) => `CON${String(index).padStart(3, "0")}`);
    await Promise.all([createPersons(server, ids.slice(0, 20), 0), createPersons(server, ids.slice(20), 2)]);
    const accepted = await receiver.waitForAccepted(40);
    const positions = accepted.map((item) => parsed(item.body).event.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const feed = (await server.app.inject({ method: "GET", url: "/v1/events?recordTypes=person&types=created&limit=1000", headers: server.auth(1) })).json().items as { position: number }[];
    expect(positions).toEqual(feed.map((event) => event.position));
  });
});

describe("what a subscription may select", () => {
  it("refuses callback URLs that are not absolute http(s) without credentials, naming the member", async () => {
    server = await startTestServer();
    for (const callbackUrl of ["ftp://127.0.0.1/hook", "file:///etc/passwd", "/relative", "http://user:pw@127.0.0.1/hook", 42]) {
      const answer = await subscribe(server, 0, { callbackUrl });
      expect(answer.statusCode, String(callbackUrl)).toBe(422);
      expect(answer.json().errors[0]).toMatchObject({ pointer: "/callbackUrl" });
    }
    const unknownFilter = await subscribe(server, 0, { callbackUrl: "http://127.0.0.1:9/hook", filter: { named: "everything" } });
    expect(unknownFilter.statusCode).toBe(422);
    expect(unknownFilter.json().errors[0]).toMatchObject({ pointer: "/filter/named" });
    expect((await server.app.inject({ method: "POST", url: "/v1/subscriptions", payload: { callbackUrl: "http://127.0.0.1:9/hook" } })).statusCode).toBe(401);
  });

  it("delivers only events of the record types the subscriber's token may read, and refuses a filter asking for others", async () => {
    server = await startTestServer({ deliveries: fastRetries });
    receiver = await startReceiver();
    // A token of Zhuzhou's bureau with `read` only: no persons (read:personal), enrolments yes.
    const readOnly = { ...server.demo[1]!.principal, scopes: ["read" as const] };
    const token = "czt_zhuzhou_read_only_0123456789";
    server.tokens.add(token, readOnly);
    const headers = { authorization: `Bearer ${token}`, ...readPurpose };
    const refused = await server.app.inject({ method: "POST", url: "/v1/subscriptions", headers: { ...headers, "idempotency-key": key() }, payload: { callbackUrl: receiver.url, filter: { recordTypes: ["person"] } } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toMatch(/may not read person records/);
    const created = await server.app.inject({ method: "POST", url: "/v1/subscriptions", headers: { ...headers, "idempotency-key": key() }, payload: { callbackUrl: receiver.url } });
    expect(created.statusCode, created.body).toBe(201);
    await createPersons(server, ["VIS001"]);
    const posted = await server.app.inject({ method: "POST", url: "/v1/enrolments", headers: { ...server.auth(0), "idempotency-key": key() }, payload: enrolment(server, "430100-E-VIS001", "430100-P-VIS001") });
    expect(posted.statusCode, posted.body).toBe(201);
    const [only] = await receiver.waitForAccepted(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(receiver.received).toHaveLength(1);
    expect(parsed(only!.body).event).toMatchObject({ recordType: "enrolment", recordId: "430100-E-VIS001" });
  });

  it("transfersAddressedToMe: the sending agency is told of transfers filed against its enrolments, the receiving one is not", async () => {
    server = await startTestServer({ deliveries: fastRetries });
    receiver = await startReceiver();
    const parties = await transferParties(server, "SUBTR1");
    await subscribe(server, sending, { callbackUrl: `${receiver.url}?agency=sending`, filter: { named: "transfersAddressedToMe" } });
    await subscribe(server, receiving, { callbackUrl: `${receiver.url}?agency=receiving`, filter: { named: "transfersAddressedToMe" } });
    const filed = await parties.file();
    const letter = await parties.act(filed.id, "issue-contact-letter", { etag: filed.etag, agency: receiving });
    expect(letter.statusCode, letter.body).toBe(200);
    const accepted = await receiver.waitForAccepted(2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(receiver.received.map((item) => [parsed(item.body).event.type, parsed(item.body).event.recordId])).toEqual([
      ["created", filed.id],
      ["statusChanged", filed.id],
    ]);
    expect(new Set(accepted.map((item) => parsed(item.body).subscriptionId)).size).toBe(1);
  });

  it("enrolmentsOfMyPersonsElsewhere: Changsha learns of its person's enrolment in Zhuzhou, not of its own or of strangers'", async () => {
    server = await startTestServer({ deliveries: fastRetries });
    receiver = await startReceiver();
    await createPersons(server, ["ELS001"], 0);
    await createPersons(server, ["ELS002"], 1);
    await subscribe(server, 0, { callbackUrl: receiver.url, filter: { named: "enrolmentsOfMyPersonsElsewhere" } });
    const enrol = async (id: string, personId: string, agency: number, overrides: Record<string, unknown> = {}) => {
      const payload = enrolment(server!, id, personId, agency, overrides);
      const answer = await server!.app.inject({ method: "POST", url: "/v1/enrolments", headers: { ...server!.auth(agency), "idempotency-key": key() }, payload });
      expect(answer.statusCode, answer.body).toBe(201);
    };
    await enrol("430100-E-ELS001", "430100-P-ELS001", 0, { period: { start: "2015-01-01", end: "2019-12-31" } });
    await enrol("430200-E-ELS001", "430100-P-ELS001", 1);
    await enrol("430200-E-ELS002", "430200-P-ELS002", 1);
    await receiver.waitForAccepted(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(receiver.received.map((item) => parsed(item.body).event.recordId)).toEqual(["430200-E-ELS001"]);
  });

  it("deathsOfMyPersons end to end: Zhuzhou, which insures a Changsha person, is told when Changsha corrects the person to deceased", async () => {
    server = await startTestServer({ deliveries: fastRetries });
    receiver = await startReceiver();
    await createPersons(server, ["DTE001", "DTE002"], 0);
    const enrolled = await server.app.inject({ method: "POST", url: "/v1/enrolments", headers: { ...server.auth(1), "idempotency-key": key() }, payload: enrolment(server, "430200-E-DTE001", "430100-P-DTE001", 1) });
    expect(enrolled.statusCode, enrolled.body).toBe(201);
    const { secret } = (await subscribe(server, 1, { callbackUrl: receiver.url, filter: { named: "deathsOfMyPersons" } })).json() as { secret: string };
    const die = async (id: string) => {
      const etag = String((await server!.app.inject({ method: "GET", url: `/v1/persons/${id}`, headers: server!.auth(0) })).headers["etag"]);
      const payload = { ...person(id), vitalStatus: { status: "deceased", date: "2026-11-30", source: "medicalDeathCertificate" } };
      const corrected = await server!.app.inject({ method: "PUT", url: `/v1/persons/${id}`, headers: { ...server!.auth(0), "idempotency-key": key(), "if-match": etag }, payload });
      expect(corrected.statusCode, corrected.body).toBe(200);
    };
    await die("430100-P-DTE002");
    await die("430100-P-DTE001");
    const [delivery] = await receiver.waitForAccepted(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(receiver.received).toHaveLength(1);
    expect(parsed(delivery!.body).event).toMatchObject({ type: "corrected", recordType: "person", recordId: "430100-P-DTE001", record: { vitalStatus: { status: "deceased" } } });
    expect(verifyDelivery(delivery!.headers["x-czt-signature"] as string, delivery!.body, secret).valid).toBe(true);
  });

  it("deathsOfMyPersons: a person recorded deceased who holds an active enrolment or case with the agency", async () => {
    server = await startTestServer();
    await createPersons(server, ["DTH001", "DTH002"], 0);
    const answer = await server.app.inject({ method: "POST", url: "/v1/enrolments", headers: { ...server.auth(1), "idempotency-key": key() }, payload: enrolment(server, "430200-E-DTH001", "430100-P-DTH001", 1) });
    expect(answer.statusCode, answer.body).toBe(201);
    const filters = new NamedFilterQueries(server.db);
    const zhuzhou = { city: "430200", department: "hrss", scopes: server.demo[1]!.principal.scopes };
    const deceased = (id: string) => ({ type: "corrected", recordType: "person", record: { ...person(id), vitalStatus: { status: "deceased", date: "2026-11-30" } } });
    expect(filters.matches("deathsOfMyPersons", deceased("430100-P-DTH001"), zhuzhou, "2026-12-04")).toBe(true);
    expect(filters.matches("deathsOfMyPersons", { ...deceased("430100-P-DTH001"), record: person("430100-P-DTH001") }, zhuzhou, "2026-12-04")).toBe(false);
    expect(filters.matches("deathsOfMyPersons", deceased("430100-P-DTH002"), zhuzhou, "2026-12-04")).toBe(false);
    expect(filters.matches("deathsOfMyPersons", deceased("430100-P-DTH001"), { ...zhuzhou, city: "430300" }, "2026-12-04")).toBe(false);
  });
});
