import { createHash, randomUUID } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { type DuckDBAppender, type DuckDBConnection, type DuckDBInstance, listValue } from "@duckdb/node-api";
import type { DatasetIndexRows, IndexRow } from "@czt/validator";
import { maskIdentifier } from "@czt/domain";
import { openDuckDb, type DuckDbLimits, sqlString } from "./duckdb.js";
import { indexColumns } from "./index-columns.js";

/** The Parquet file of an input file: its name with `.index.parquet`, numbered when two inputs share a name. */
function parquetNames(files: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const file of files) {
    const stem = file === "-" || file === "" ? "stdin" : basename(file).replace(/[^\p{L}\p{N}._-]/gu, "_");
    let name = `${stem}.index.parquet`;
    for (let n = 2; used.has(name); n++) name = `${stem}.${n}.index.parquet`;
    used.add(name);
    names.set(file, name);
  }
  return names;
}

function hashIdNumber(idNumber: string): string {
  return createHash("sha256").update(idNumber, "utf8").digest("hex");
}

/**
 * Writes the dataset index of a validation run as Parquet, one file per input file:
 * rows are appended to a DuckDB table as the validator hands them over (synchronously,
 * `append`), then each input's rows are copied out (`finish`). DuckDB spills to its
 * temporary directory past its memory limit, so the rows need not fit in memory.
 */
export class IndexParquetWriter {
  private appended = 0;
  private readonly runId = randomUUID();

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    private readonly appender: DuckDBAppender,
    private readonly directory: string,
  ) {}

  static async open(directory: string, limits: DuckDbLimits = {}): Promise<IndexParquetWriter> {
    const target = resolve(directory);
    await mkdir(target, { recursive: true });
    const { instance, connection } = await openDuckDb(limits);
    await connection.run(`CREATE TABLE dataset_index (${indexColumns.map((column) => `${column.name} ${column.type}`).join(", ")})`);
    const appender = await connection.createAppender("dataset_index");
    return new IndexParquetWriter(instance, connection, appender, target);
  }

  /** Appends every row of an index (called from the validator's `onDatasetIndex`). */
  append(rows: DatasetIndexRows): void {
    for (let slot = 0; slot < rows.size; slot++) this.appendRow(rows.row(slot));
  }

  private appendRow(row: IndexRow): void {
    const a = this.appender;
    a.appendVarchar(this.runId);
    a.appendBigInt(BigInt(row.seq));
    a.appendVarchar(row.file);
    a.appendInteger(row.line);
    optional(a, row.column, (value) => a.appendInteger(value));
    a.appendInteger(row.recordIndex);
    a.appendVarchar(row.recordType);
    optional(a, row.id, (value) => a.appendVarchar(value));
    optional(a, row.city, (value) => a.appendVarchar(value));
    optional(a, row.idNumber === undefined ? undefined : hashIdNumber(row.idNumber), (value) => a.appendVarchar(value));
    optional(a, row.idNumber === undefined ? undefined : maskIdentifier(row.idNumber), (value) => a.appendVarchar(value));
    optional(a, row.nameHash, (value) => a.appendBigInt(BigInt(value)));
    optional(a, row.personId, (value) => a.appendVarchar(value));
    optional(a, row.code, (value) => a.appendVarchar(value));
    optional(a, row.status, (value) => a.appendVarchar(value));
    optional(a, row.startDay, (value) => a.appendInteger(value));
    optional(a, row.endDay, (value) => a.appendInteger(value));
    optional(a, row.schemeFamily, (value) => a.appendVarchar(value));
    optional(a, row.employeeScheme, (value) => a.appendBoolean(value));
    optional(a, row.assistanceCategory, (value) => a.appendVarchar(value));
    optional(a, row.coveredMemberIds, (value) => a.appendList(listValue(value)));
    optional(a, row.headPersonId, (value) => a.appendVarchar(value));
    a.endRow();
    this.appended++;
  }

  /** Writes one Parquet file per input file and closes the database; returns the files' paths. */
  async finish(): Promise<string[]> {
    try {
      this.appender.closeSync();
      const files = (await this.connection.runAndReadAll("SELECT file FROM dataset_index GROUP BY file ORDER BY MIN(seq)")).getRows().map((row) => String(row[0]));
      const names = parquetNames(files);
      const written: string[] = [];
      for (const file of files) {
        const path = join(this.directory, names.get(file)!);
        await this.connection.run(`COPY (SELECT * FROM dataset_index WHERE file = ${sqlString(file)} ORDER BY seq) TO ${sqlString(path)} (FORMAT parquet)`);
        written.push(path);
      }
      return written;
    } finally {
      this.connection.closeSync();
      this.instance.closeSync();
    }
  }

  /** Rows appended so far. */
  get rowCount(): number {
    return this.appended;
  }
}

function optional<T>(appender: DuckDBAppender, value: T | undefined, append: (value: T) => void): void {
  if (value === undefined) appender.appendNull();
  else append(value);
}
