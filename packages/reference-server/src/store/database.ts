import Database from "better-sqlite3";
import { migrations } from "./migrations.js";

export type Db = Database.Database;

export interface DatabaseOptions {
  /**
   * `NORMAL` (default): in WAL mode every committed write survives a killed server
   * process; a power cut may lose the last commits. `FULL`: an fsync per commit,
   * surviving power cuts too, at a large cost in write throughput.
   */
  synchronous?: "NORMAL" | "FULL";
}

/**
 * Opens (and migrates) the server's database: a file by default, `:memory:` for
 * tests. WAL lets readers run beside the single writer.
 */
export function openDatabase(file: string, options: DatabaseOptions = {}): Db {
  const db = new Database(file);
  if (file !== ":memory:") db.pragma("journal_mode = WAL");
  db.pragma(`synchronous = ${options.synchronous ?? "NORMAL"}`);
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  migrate(db);
  return db;
}

/** Applies the migrations not yet applied, each in its own transaction. */
export function migrate(db: Db): number[] {
  db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT");
  const applied = new Set(db.prepare("SELECT version FROM schema_migrations").pluck().all() as number[]);
  const done: number[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    })();
    done.push(migration.version);
  }
  return done;
}
