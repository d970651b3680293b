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

/**
 * An embedded in-memory DuckDB that spills to disk past its memory limit and never
 * fetches anything: extensions are neither installed nor loaded on demand (Parquet is
 * built into the binding), so a run needs no network.
 */
export async function openDuckDb(limits: DuckDbLimits = {}): Promise<{ instance: DuckDBInstance; connection: DuckDBConnection }> {
  const tempDirectory = limits.tempDirectory ?? (await mkdtemp(join(tmpdir(), "czt-duckdb-")));
  const options: Record<string, string> = {
    memory_limit: limits.memoryLimit ?? "1GB",
    temp_directory: tempDirectory,
    autoinstall_known_extensions: "false",
    autoload_known_extensions: "false",
  };
  if (limits.threads !== undefined) options["threads"] = String(limits.threads);
  const instance = await DuckDBInstance.create(":memory:", options);
  return { instance, connection: await instance.connect() };
}

/** A SQL string literal. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
