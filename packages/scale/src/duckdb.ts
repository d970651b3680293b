import { rmSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";

/** How much memory DuckDB may use before it spills, and where it spills. */
export interface DuckDbLimits {
  /** DuckDB's `memory_limit`, e.g. `1GB` (default 1GB). */
  memoryLimit?: string;
  /** Where DuckDB spills; default a fresh directory under the system's temporary one. */
  tempDirectory?: string;
  /** DuckDB's threads (default: DuckDB's own, one per core). */
  threads?: number;
}

/** An open DuckDB, and how to close it. */
export interface OpenDuckDb {
  instance: DuckDBInstance;
  connection: DuckDBConnection;
  /** Closes the connection and the database, and removes the temporary directory it made (none given). */
  close(): void;
}

/**
 * An embedded in-memory DuckDB that spills to disk past its memory limit and never
 * fetches anything: extensions are neither installed nor loaded on demand (Parquet is
 * built into the binding), so a run needs no network.
 */
export async function openDuckDb(limits: DuckDbLimits = {}): Promise<OpenDuckDb> {
  const madeDirectory = limits.tempDirectory === undefined ? await mkdtemp(join(tmpdir(), "czt-duckdb-")) : undefined;
  const options: Record<string, string> = {
    memory_limit: limits.memoryLimit ?? "1GB",
    temp_directory: limits.tempDirectory ?? madeDirectory!,
    autoinstall_known_extensions: "false",
    autoload_known_extensions: "false",
  };
  if (limits.threads !== undefined) options["threads"] = String(limits.threads);
  const instance = await DuckDBInstance.create(":memory:", options);
  const connection = await instance.connect();
  return {
    instance,
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
      if (madeDirectory !== undefined) rmSync(madeDirectory, { recursive: true, force: true });
    },
  };
}

/** A SQL string literal. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
