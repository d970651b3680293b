import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { personArbitrary } from "@czt/conformance/api";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFileDbServer } from "./fixtures/file-db-server.js";
import { enrolment, person, readPurpose, startTestServer, type TestServer, transfer } from "./support.js";

type Body = Record<string, unknown>;

async function send(url: string, token: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...readPurpose, ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, etag: response.headers.get("etag"), body: (await response.json()) as Body };
}

describe("concurrency", () => {
  let server: TestServer;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "czt-concurrency-"));
    server = await startTestServer({ listen: true, db: join(dir, "exchange.db") });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("lets exactly one of many parallel transitions with the same ETag win; the others get 412; nothing is lost", async () => {
    const [changsha, zhuzhou] = [server.demo[0]!.token, server.demo[1]!.token];
    await send(server.url, changsha, "POST", "/v1/persons", person("430100-P-C"), { "idempotency-key": "c-p" });
    await send(server.url, changsha, "POST", "/v1/enrolments", enrolment(server, "430100-E-C", "430100-P-C", 0), { "idempotency-key": "c-e" });
    const transfers = 8;
    const racers = 12;
    for (let t = 0; t < transfers; t++) {
      const created = await send(server.url, zhuzhou, "POST", "/v1/transfers", transfer(server, `430200-T-C${t}`, "430100-P-C", "430100-E-C"), { "idempotency-key": `c-t${t}` });
      expect(created.status).toBe(201);
    }
    const attempts = Array.from({ length: transfers }, (_, t) =>
      Array.from({ length: racers }, (_, r) => {
        const action = r % 3 === 0 ? "cancel" : r % 3 === 1 ? "reject" : "issue-contact-letter";
        return send(server.url, zhuzhou, "POST", `/v1/transfers/430200-T-C${t}/${action}`, action === "reject" ? { reasonCode: "other" } : {}, { "idempotency-key": `race-${t}-${r}`, "if-match": '"1"' });
      }),
    ).flat();
    const results = await Promise.all(attempts);
    for (let t = 0; t < transfers; t++) {
      const mine = results.slice(t * racers, (t + 1) * racers);
      expect(mine.filter((result) => result.status === 200)).toHaveLength(1);
      expect(mine.filter((result) => result.status === 412)).toHaveLength(racers - 1);
      const stored = await send(server.url, zhuzhou, "GET", `/v1/transfers/430200-T-C${t}`);
      expect(stored.etag).toBe('"2"');
      expect((stored.body["steps"] as unknown[]).length).toBe(2);
    }
  });

  it("creates each record once under parallel repeats of the same Idempotency-Keys, every repeat answering the first result", async () => {
    const token = server.demo[0]!.token;
    const persons = fc.sample(personArbitrary, { numRuns: 10, seed: 7 }).map((draft, index) => ({ ...draft, id: `430100-P-K${index}` }));
    const before = server.db.prepare("SELECT count(*) FROM records").pluck().get() as number;
    const results = await Promise.all(persons.flatMap((body, index) => Array.from({ length: 6 }, () => send(server.url, token, "POST", "/v1/persons", body, { "idempotency-key": `same-${index}` }))));
    expect(results.every((result) => result.status === 201)).toBe(true);
    for (let index = 0; index < persons.length; index++) {
      const group = results.slice(index * 6, index * 6 + 6);
      expect(new Set(group.map((result) => JSON.stringify(result.body))).size).toBe(1);
    }
    expect(server.db.prepare("SELECT count(*) FROM records").pluck().get()).toBe(before + persons.length);
    expect(server.db.pragma("integrity_check", { simple: true })).toBe("ok");
    const rows = server.db.prepare("SELECT body, status, version FROM records WHERE record_type = 'transfer'").all() as { body: string; status: string; version: number }[];
    for (const row of rows) {
      const body = JSON.parse(row.body) as { status: string; steps: { status: string }[] };
      expect(body.status).toBe(row.status);
      expect(body.steps.at(-1)!.status).toBe(body.status);
      expect(body.steps.length).toBe(row.version);
    }
  });
});

describe("durability", () => {
  let dir: string;
  let child: ChildProcess | undefined;
  const token = "crash-test-token-0123456789";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "czt-crash-"));
  });
  afterAll(() => {
    child?.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  const start = (file: string) => startFileDbServer(file, token);

  it("keeps every acknowledged write when the server is killed (SIGKILL) during a write load", async () => {
    const file = join(dir, "exchange.db");
    const first = await start(file);
    child = first.process;
    const drafts = fc.sample(personArbitrary, { numRuns: 400, seed: 11 });
    const acknowledged: string[] = [];
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (!killed && next < drafts.length) {
        const index = next++;
        const id = `430100-P-D${index}`;
        try {
          const result = await send(first.url, token, "POST", "/v1/persons", { ...drafts[index]!, id }, { "idempotency-key": id });
          if (result.status === 201) acknowledged.push(id);
        } catch {
          return; // the connection died with the server: this write was never acknowledged
        }
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, worker));
    // Kill in the middle of the load: once a good number of writes were acknowledged, while more are in flight.
    const deadline = Date.now() + 20_000;
    while (acknowledged.length < 60 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    killed = true;
    first.process.kill("SIGKILL");
    await load;
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);

    const second = await start(file);
    child = second.process;
    for (const id of acknowledged) {
      const read = await send(second.url, token, "GET", `/v1/persons/${id}`);
      expect(read.status, id).toBe(200);
    }
    const replay = await send(second.url, token, "POST", "/v1/persons", { ...drafts[0]!, id: "430100-P-D0" }, { "idempotency-key": "430100-P-D0" });
    expect(replay.status).toBe(201);
    second.process.kill("SIGKILL");
  });
});
