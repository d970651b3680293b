import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { migrations } from "../src/store/migrations.js";
import { key, startTestServer, type TestServer } from "./support.js";

// Migration 7: a transfer out of the three cities (1.1 to.external) is owned by its sending side.
// Before, the example loader stored one (examples/json/xiangtan.json, 430300-T-000100, Xiangtan →
// Shenzhen 440300) indexed by the receiving region and no department: nobody could correct it.

let dir: string | undefined;
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A database migrated up to `version` only, as a server of that release left it. */
function databaseAt(file: string, version: number): Database.Database {
  const db = new Database(file);
  db.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT");
  for (const migration of migrations.filter((item) => item.version <= version)) {
    db.exec(migration.sql);
    db.prepare("INSERT INTO schema_migrations VALUES (?, ?, ?)").run(migration.version, migration.name, "2026-12-01T00:00:00.000Z");
  }
  return db;
}

const examples = new URL("../../../examples/json/xiangtan.json", import.meta.url);

describe("migration 7 on a database at migration 6", () => {
  it("hands a stored transfer out of the three cities, and its feed events, to its sending side", async () => {
    dir = mkdtempSync(join(tmpdir(), "czt-migration-7-"));
    const file = join(dir, "czt.sqlite");
    const records = (JSON.parse(readFileSync(examples, "utf8")) as { records: Record<string, unknown>[] }).records;
    const outgoing = records.find((record) => record["id"] === "430300-T-000100")!;
    expect(outgoing["to"]).toMatchObject({ city: "440300", external: {} });
    const old = databaseAt(file, 6);
    const now = "2026-12-02T08:00:00.000Z";
    // As the loader indexed it before: by to.city, no department.
    old.prepare("INSERT INTO records (id, record_type, body, version, city, department, person_id, status, created_at, updated_at) VALUES (?, 'transfer', ?, 1, '440300', NULL, ?, ?, ?, ?)").run(
      outgoing["id"],
      JSON.stringify(outgoing),
      outgoing["personId"],
      outgoing["status"],
      now,
      now,
    );
    old.prepare("INSERT INTO record_versions (id, version, body, written_at, agency) VALUES (?, 1, ?, ?, NULL)").run(outgoing["id"], JSON.stringify(outgoing), now);
    old.prepare("INSERT INTO events (type, record_type, record_id, version, occurred_at, city, department) VALUES ('created', 'transfer', ?, 1, ?, '440300', NULL)").run(outgoing["id"], now);
    old.close();

    server = await startTestServer({ listen: true, db: file });
    expect(server.db.prepare("SELECT city, department FROM records WHERE id = '430300-T-000100'").get()).toEqual({ city: "430300", department: "hrss" });
    const headers = { ...server.auth(2), "content-type": "application/json" };
    const feed = await fetch(`${server.url}/v1/events?recordTypes=transfer&city=430300`, { headers });
    expect(((await feed.json()) as { items: Record<string, unknown>[] }).items).toEqual([
      expect.objectContaining({ type: "created", recordId: "430300-T-000100", city: "430300", department: "hrss" }),
    ]);
    // Xiangtan, the sending side, owns it now: it may retract it; Zhuzhou may not.
    const retract = (agency: number) =>
      fetch(`${server!.url}/v1/transfers/430300-T-000100/retract`, {
        method: "POST",
        headers: { ...server!.auth(agency), "content-type": "application/json", "if-match": '"1"', "idempotency-key": key() },
        body: JSON.stringify({ reason: "entered-in-error" }),
      });
    expect((await retract(1)).status).toBe(403);
    const own = await retract(2);
    expect(own.status, await own.clone().text()).toBe(200);
  });
});
