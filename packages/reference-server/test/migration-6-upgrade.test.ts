import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createServer } from "../src/app.js";
import { createDemoTokens, TokenRegistry } from "../src/auth/token-registry.js";
import { openDatabase } from "../src/store/database.js";
import { migrations } from "../src/store/migrations.js";
import { readPurpose } from "./support.js";

// Migration 6 (consent) rebuilds `records` after migration 4 (feed) added `retracted` and migration 5
// (subscriptions) added its tables: a database at 5 must keep its tombstones, versions and events.

let dir: string | undefined;
afterEach(() => {
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

describe("migration 6 on a database at migration 5", () => {
  it("keeps every column of records (the retraction tombstones included), the versions and the events; suspends subscriptions without a purpose", async () => {
    dir = mkdtempSync(join(tmpdir(), "czt-migration-6-"));
    const file = join(dir, "czt.sqlite");
    const old = databaseAt(file, 5);
    const columnsBefore = (old.prepare("SELECT name FROM pragma_table_info('records')").pluck().all() as string[]).sort();
    expect(columnsBefore).toContain("retracted");
    const now = "2026-12-02T08:00:00.000Z";
    const tombstone = JSON.stringify({ reason: "entered-in-error", retractedAt: now });
    old.prepare(
      "INSERT INTO records (id, record_type, body, version, city, department, person_id, created_at, updated_at, retracted) VALUES (?, 'enrolment', ?, 2, '430100', 'hrss', '430100-P-M1', ?, ?, ?)",
    ).run("430100-E-M1", JSON.stringify({ recordType: "enrolment", id: "430100-E-M1", personId: "430100-P-M1" }), now, now, tombstone);
    old.prepare("INSERT INTO record_versions (id, version, body, written_at, agency) VALUES ('430100-E-M1', 1, '{}', ?, NULL)").run(now);
    old.prepare("INSERT INTO events (type, record_type, record_id, version, occurred_at, city, department) VALUES ('retracted', 'enrolment', '430100-E-M1', 2, ?, '430100', 'hrss')").run(now);
    old.prepare(
      "INSERT INTO subscriptions (id, agency, city, department, scopes, callback_url, filter, secret, status, cursor, created_at) VALUES ('sub_old', '{}', '430100', 'hrss', '[]', 'http://127.0.0.1:9/', '{}', 'whsec_x', 'active', 0, ?)",
    ).run(now);
    old.close();

    const db = openDatabase(file);
    try {
      expect(db.prepare("SELECT max(version) FROM schema_migrations").pluck().get()).toBe(migrations.at(-1)!.version);
      expect((db.prepare("SELECT name FROM pragma_table_info('records')").pluck().all() as string[]).sort()).toEqual(columnsBefore);
      expect(db.prepare("SELECT retracted FROM records WHERE id = '430100-E-M1'").pluck().get()).toBe(tombstone);
      expect(db.prepare("SELECT count(*) FROM record_versions").pluck().get()).toBe(1);
      expect(db.prepare("SELECT count(*) FROM events").pluck().get()).toBe(1);
      expect(db.prepare("SELECT status, purpose FROM subscriptions WHERE id = 'sub_old'").get()).toEqual({ status: "suspended", purpose: null });
      // The consent type is accepted now, and the tombstone still reads as 410 Gone.
      const [demo] = createDemoTokens({ 430100: "migration-test-token-0123456789" });
      const tokens = new TokenRegistry();
      tokens.add(demo!.token, demo!.principal);
      const app = createServer({ db, tokens });
      try {
        const gone = await app.inject({ method: "GET", url: "/v1/enrolments/430100-E-M1", headers: { authorization: `Bearer ${demo!.token}`, ...readPurpose } });
        expect(gone.statusCode).toBe(410);
        expect(gone.json()).toMatchObject({ reason: "entered-in-error" });
      } finally {
        await app.close();
      }
    } finally {
      db.close();
    }
  });
});
