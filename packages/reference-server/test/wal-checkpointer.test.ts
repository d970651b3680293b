import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../src/store/database.js";
import { WalCheckpointer } from "../src/store/wal-checkpointer.js";

const dir = mkdtempSync(join(tmpdir(), "czt-checkpoint-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("WAL checkpointer", () => {
  it("copies committed pages into the database file from its worker, and hands checkpointing back when stopped", async () => {
    const file = join(dir, "exchange.db");
    const db = openDatabase(file);
    const checkpointer = WalCheckpointer.start(db, 20);
    expect(checkpointer).toBeDefined();
    // The writer now checkpoints only as a fallback, far beyond SQLite's 1000 pages.
    expect(db.pragma("wal_autocheckpoint", { simple: true })).toBe(10_000);
    const before = statSync(file).size;
    db.exec("CREATE TABLE filler (text TEXT NOT NULL) STRICT");
    const insert = db.prepare("INSERT INTO filler (text) VALUES (?)");
    // ~200 pages in the WAL: too few for any checkpoint of the writer's own.
    for (let index = 0; index < 200; index++) insert.run("x".repeat(4000));
    const deadline = Date.now() + 10_000;
    while (statSync(file).size <= before + 100 * 4096 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(statSync(file).size).toBeGreaterThan(before + 100 * 4096);
    await checkpointer!.stop();
    expect(db.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
    db.close();
  });

  it("does not start for an in-memory database", () => {
    const db = openDatabase(":memory:");
    expect(WalCheckpointer.start(db)).toBeUndefined();
    db.close();
  });
});
