import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consent, create, createPerson, read } from "./consent-fixtures.js";
import { startFileDbServer } from "./fixtures/file-db-server.js";
import { enrolment, key, person, startTestServer, type TestServer } from "./support.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await createPerson(server, "430100-P-U1");
  await createPerson(server, "430100-P-U2");
  await create(server, "/v1/enrolments", enrolment(server, "430100-E-U1", "430100-P-U1"));
  await create(server, "/v1/enrolments", enrolment(server, "430100-E-U2", "430100-P-U2", 0, { scheme: "medical.employee" }));
  await create(server, "/v1/consents", consent(server, "430100-C-U1", "430100-P-U1", {}, 1));
});
afterAll(() => server.close());

type AuditEvent = { id: string; agency: { creditCode: string; city: string }; operation: string; recordId: string; recordType: string; purpose: string; consentId?: string };

async function auditOf(recordId: string | undefined, cityIndex = 0, query = ""): Promise<{ status: number; items: AuditEvent[]; nextCursor?: string }> {
  const url = `/v1/audit-events?${recordId === undefined ? "" : `recordId=${recordId}&`}${query}`;
  const response = await server.app.inject({ method: "GET", url, headers: server.auth(cityIndex) });
  return { status: response.statusCode, ...(response.json() as { items: AuditEvent[]; nextCursor?: string }) };
}

describe("the read audit", () => {
  it("records every read of personal data — who, which record, why, under which consent, by which operation", async () => {
    const before = (await auditOf("430100-P-U1")).items.length;
    expect((await read(server, "/v1/persons/430100-P-U1", { "czt-purpose": "benefitVerification" }, 1)).statusCode).toBe(200);
    expect((await read(server, "/v1/persons/430100-P-U1", { "czt-purpose": "dibaoReview", "czt-consent": "430100-C-U1" }, 1)).statusCode).toBe(200);
    const events = (await auditOf("430100-P-U1")).items.slice(before);
    const zhuzhou = server.demo[1]!.principal.agency.creditCode;
    expect(events).toMatchObject([
      { agency: { creditCode: zhuzhou, city: "430200" }, operation: "getPerson", recordId: "430100-P-U1", recordType: "person", purpose: "benefitVerification" },
      { agency: { creditCode: zhuzhou }, operation: "getPerson", recordId: "430100-P-U1", purpose: "dibaoReview", consentId: "430100-C-U1" },
    ]);
    expect(events[0]).not.toHaveProperty("consentId");
  });

  it("records one event per record a list returns, and the duplicate check's enrolments; nothing for a refused read", async () => {
    const count = () => server.db.prepare("SELECT count(*) FROM audit_events").pluck().get() as number;
    const start = count();
    const list = await read(server, "/v1/enrolments", { "czt-purpose": "statistics" }, 2);
    const listed = (list.json() as { items: unknown[] }).items.length;
    expect(listed).toBeGreaterThanOrEqual(2);
    expect(count()).toBe(start + listed);
    expect((await read(server, "/v1/enrolments", {}, 2)).statusCode).toBe(403);
    expect(count()).toBe(start + listed);
    const check = await server.app.inject({
      method: "POST",
      url: "/v1/duplicate-checks",
      headers: { ...server.auth(2), "idempotency-key": key() },
      payload: { personId: "430100-P-U2", family: "medical" },
    });
    expect(check.json()).toMatchObject({ enrolled: true });
    expect((await auditOf("430100-E-U2")).items.at(-1)).toMatchObject({ operation: "checkDuplicateEnrolment", recordType: "enrolment", purpose: "enrolmentRegistration" });
  });

  it("lists the reads of an agency's own records only: another agency's record is 403, the unfiltered list holds only its own", async () => {
    await read(server, "/v1/persons/430100-P-U1", { "czt-purpose": "benefitVerification" });
    const foreign = await auditOf("430100-P-U1", 1);
    expect(foreign.status).toBe(403);
    const zhuzhouOwn = await auditOf(undefined, 1);
    expect(zhuzhouOwn.items).toEqual([]);
    const own = await auditOf(undefined, 0, "limit=100");
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((event) => event.recordId.startsWith("430100-"))).toBe(true);
  });

  it("pages with nextCursor, oldest first, every event once", async () => {
    for (let i = 0; i < 5; i++) await read(server, "/v1/persons/430100-P-U2", { "czt-purpose": "auditSupervision" });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await auditOf("430100-P-U2", 0, `limit=2${cursor === undefined ? "" : `&cursor=${encodeURIComponent(cursor)}`}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((event) => event.id));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    expect(seen.length).toBeGreaterThanOrEqual(5);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.map(Number)).toEqual([...seen.map(Number)].sort((a, b) => a - b));
  });

  it("is append-only: the database refuses to change or delete an event, and the API has no operation that would", async () => {
    expect(() => server.db.prepare("UPDATE audit_events SET purpose = 'statistics'").run()).toThrow(/append-only/);
    expect(() => server.db.prepare("DELETE FROM audit_events").run()).toThrow(/append-only/);
    for (const method of ["PUT", "PATCH", "DELETE"] as const) {
      expect((await server.app.inject({ method, url: "/v1/audit-events", headers: server.auth() })).statusCode).toBe(404);
    }
  });
});

describe("durability of the read audit", () => {
  let dir: string;
  let child: ChildProcess | undefined;
  const token = "audit-crash-token-0123456789";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "czt-audit-crash-"));
  });
  afterAll(() => {
    child?.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  const start = (file: string) => startFileDbServer(file, token);

  it("keeps the audit event of every answered read when the server is killed (SIGKILL) during a load of concurrent reads, which commit their events in groups", async () => {
    const file = join(dir, "exchange.db");
    const first = await start(file);
    child = first.process;
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    // Many persons, so that each answered read is checked against its own record's events.
    const ids = Array.from({ length: 40 }, (_, index) => `430100-P-K${index}`);
    await Promise.all(
      ids.map(async (id) => {
        const created = await fetch(`${first.url}/v1/persons`, { method: "POST", headers: { ...headers, "idempotency-key": `p-${id}` }, body: JSON.stringify(person(id)) });
        expect(created.status).toBe(201);
      }),
    );
    const answered = new Map<string, number>(ids.map((id) => [id, 0]));
    let sent = 0;
    let answeredTotal = 0;
    let killed = false;
    const workers = 16;
    const worker = async () => {
      while (!killed) {
        const id = ids[sent++ % ids.length]!;
        try {
          const response = await fetch(`${first.url}/v1/persons/${id}`, { headers: { authorization: `Bearer ${token}`, "czt-purpose": "benefitVerification" } });
          await response.arrayBuffer();
          if (response.status !== 200) throw new Error(`a read answered ${response.status}`);
          answered.set(id, answered.get(id)! + 1);
          answeredTotal++;
        } catch (error) {
          if (killed) return; // the connection died with the server: this read was never answered
          throw error;
        }
      }
    };
    const load = Promise.all(Array.from({ length: workers }, worker));
    const deadline = Date.now() + 20_000;
    while (answeredTotal < 400 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    killed = true;
    first.process.kill("SIGKILL");
    await load;
    expect(answeredTotal).toBeGreaterThanOrEqual(400);
    // Read the file as it was left (WAL included): every answered read has its event.
    const db = new Database(file, { readonly: true });
    try {
      const logged = new Map(
        (db.prepare("SELECT record_id, count(*) AS n FROM audit_events WHERE operation = 'getPerson' AND purpose = 'benefitVerification' GROUP BY record_id").all() as { record_id: string; n: number }[]).map(
          (row) => [row.record_id, row.n],
        ),
      );
      for (const id of ids) expect(logged.get(id) ?? 0, `events of ${id}`).toBeGreaterThanOrEqual(answered.get(id)!);
      // Beyond the answered reads, only those in flight when the server died (one per client) may have been logged.
      expect([...logged.values()].reduce((sum, n) => sum + n, 0)).toBeLessThanOrEqual(answeredTotal + workers);
    } finally {
      db.close();
    }
    const second = await start(file);
    child = second.process;
    const listed = await fetch(`${second.url}/v1/audit-events?recordId=430100-P-K0&limit=1`, { headers: { authorization: `Bearer ${token}` } });
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { items: unknown[] }).items).toHaveLength(1);
    second.process.kill("SIGKILL");
  }, 60_000);
});
