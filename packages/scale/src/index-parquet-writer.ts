import { createHash, randomUUID } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import type { DuckDBAppender, DuckDBConnection } from "@duckdb/node-api";
import type { DatasetIndexRows, IndexRow, IndexRunSettings } from "@czt/validator";
import { maskIdentifier, maskName } from "@czt/domain";
import { type DuckDbLimits, type OpenDuckDb, openDuckDb, sqlString } from "./duckdb.js";
import { type IndexColumn, indexColumns, itemTables } from "./index-columns.js";

/** The file-name stem of each input file's Parquet files: its name, numbered when two inputs share one. */
function parquetStems(files: readonly string[]): Map<string, string> {
  const stems = new Map<string, string>();
  const used = new Set<string>();
  for (const file of files) {
    const base = file === "-" || file === "" ? "stdin" : basename(file).replace(/[^\p{L}\p{N}._-]/gu, "_");
    let stem = base;
    for (let n = 2; used.has(stem); n++) stem = `${base}.${n}`;
    used.add(stem);
    stems.set(file, stem);
  }
  return stems;
}

function createTable(name: string, columns: readonly IndexColumn[]): string {
  return `CREATE TABLE ${name} (${columns.map((column) => `${column.name} ${column.type}`).join(", ")})`;
}

function hashIdNumber(idNumber: string): string {
  return createHash("sha256").update(idNumber, "utf8").digest("hex");
}

/** A number kept only for equality: the first 63 bits of the SHA-256 of its shortest decimal form. */
function hashNumber(value: number): bigint {
  return createHash("sha256").update(String(value), "utf8").digest().readBigUInt64BE(0) >> 1n;
}

/** Day number of a YYYY-MM-DD date. */
function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
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
    private readonly database: OpenDuckDb,
    private readonly connection: DuckDBConnection,
    private readonly appender: DuckDBAppender,
    /** One appender per item table, in the order of `itemTables`. */
    private readonly items: readonly DuckDBAppender[],
    private readonly directory: string,
  ) {}

  static async open(directory: string, limits: DuckDbLimits = {}): Promise<IndexParquetWriter> {
    const target = resolve(directory);
    await mkdir(target, { recursive: true });
    // The rows wait in DuckDB until `finish`: past this limit they spill to its temporary
    // directory, so the index adds a bounded amount to the validation run's memory.
    const database = await openDuckDb({ memoryLimit: "256MB", ...limits });
    const connection = database.connection;
    await connection.run(createTable("dataset_index", indexColumns));
    const items: DuckDBAppender[] = [];
    for (const item of itemTables) {
      await connection.run(createTable(item.table, item.columns));
      items.push(await connection.createAppender(item.table));
    }
    const appender = await connection.createAppender("dataset_index");
    return new IndexParquetWriter(database, connection, appender, items, target);
  }

  /** Appends every row of an index (called from the validator's `onDatasetIndex`). */
  append(rows: DatasetIndexRows): void {
    for (let slot = 0; slot < rows.size; slot++) this.appendRow(rows.row(slot), rows.settings);
  }

  private appendRow(row: IndexRow, settings: IndexRunSettings): void {
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
    optional(a, row.toOutside, (value) => a.appendBoolean(value));
    optional(a, row.startDay, (value) => a.appendInteger(value));
    optional(a, row.endDay, (value) => a.appendInteger(value));
    optional(a, row.startMonth, (value) => a.appendInteger(value));
    optional(a, row.endMonth, (value) => a.appendInteger(value));
    // Personal data: masked as the findings mask it (the first character), never in clear.
    optional(a, row.deathDate === undefined ? undefined : maskName(row.deathDate), (value) => a.appendVarchar(value));
    optional(a, row.deathMonthLastDay, (value) => a.appendInteger(value));
    optional(a, row.deathMonth, (value) => a.appendInteger(value));
    optional(a, row.schemeFamily, (value) => a.appendVarchar(value));
    optional(a, row.employeeScheme, (value) => a.appendBoolean(value));
    optional(a, row.insuranceFamily, (value) => a.appendVarchar(value));
    optional(a, row.hasEmployer, (value) => a.appendBoolean(value));
    optional(a, row.paidMonthsKnown, (value) => a.appendBoolean(value));
    optional(a, row.assistanceCategory, (value) => a.appendVarchar(value));
    optional(a, row.paidOnDeath, (value) => a.appendBoolean(value));
    optional(a, row.latestPaidMonth, (value) => a.appendInteger(value));
    optional(a, row.latestPaidLine, (value) => a.appendInteger(value));
    a.appendVarchar(settings.asOf);
    a.appendInteger(dayOf(settings.asOf));
    a.appendVarchar(settings.schemaVersion);
    a.appendInteger(settings.flatBenefitMinHouseholds);
    optional(a, row.treatmentDivision, (value) => a.appendInteger(value));
    optional(a, row.insuredDivision, (value) => a.appendInteger(value));
    optional(a, row.capacity, (value) => a.appendInteger(value));
    optional(a, row.stayStartDay, (value) => a.appendInteger(value));
    optional(a, row.stayEndDay, (value) => a.appendInteger(value));
    optional(a, row.benefitPerMember, (value) => a.appendDouble(value));
    // An income is compared, never shown: only its hash leaves the process.
    optional(a, row.perCapitaIncome, (value) => a.appendBigInt(hashNumber(value)));
    optional(a, row.tier, (value) => a.appendInteger(value));
    optional(a, row.projectCode, (value) => a.appendVarchar(value));
    optional(a, row.charityPurpose, (value) => a.appendVarchar(value));
    a.endRow();
    const [references, agencies, projects, months] = this.items as [DuckDBAppender, DuckDBAppender, DuckDBAppender, DuckDBAppender];
    const key = (appender: DuckDBAppender): void => {
      appender.appendVarchar(this.runId);
      appender.appendBigInt(BigInt(row.seq));
    };
    for (const reference of row.references) {
      const r = references;
      key(r);
      r.appendVarchar(reference.pointer);
      r.appendVarchar(reference.reference);
      r.appendVarchar(reference.expectedType);
      optional(r, reference.covered, (value) => r.appendBoolean(value));
      optional(r, reference.memberIndex, (value) => r.appendInteger(value));
      r.endRow();
    }
    row.agencies.forEach((agency, position) => {
      key(agencies);
      agencies.appendInteger(position);
      agencies.appendVarchar(agency.pointer);
      agencies.appendVarchar(agency.creditCode);
      agencies.appendVarchar(agency.division);
      agencies.appendVarchar(agency.department);
      agencies.endRow();
    });
    row.projects.forEach((project, position) => {
      key(projects);
      projects.appendInteger(position);
      projects.appendVarchar(project.code);
      projects.appendBoolean(project.restricted);
      projects.appendVarchar(project.purposes.join(", "));
      projects.endRow();
    });
    for (const range of row.paidMonthRanges) {
      key(months);
      months.appendInteger(range.first);
      months.appendInteger(range.last);
      months.endRow();
    }
    this.appended++;
  }

  /**
   * Writes the Parquet files of each input file, `<name>.index.parquet` and one per item
   * table (`<name>.references.parquet`, `.agencies.parquet`, `.projects.parquet`,
   * `.months.parquet`), and closes the database; returns the files' paths.
   */
  async finish(): Promise<string[]> {
    try {
      this.appender.closeSync();
      for (const items of this.items) items.closeSync();
      const files = (await this.connection.runAndReadAll("SELECT file FROM dataset_index GROUP BY file ORDER BY MIN(seq)")).getRows().map((row) => String(row[0]));
      const stems = parquetStems(files);
      const written: string[] = [];
      for (const file of files) {
        const index = join(this.directory, `${stems.get(file)!}.index.parquet`);
        const ofFile = `file = ${sqlString(file)}`;
        await this.connection.run(`COPY (SELECT * FROM dataset_index WHERE ${ofFile} ORDER BY seq) TO ${sqlString(index)} (FORMAT parquet)`);
        written.push(index);
        for (const item of itemTables) {
          const path = join(this.directory, `${stems.get(file)!}${item.suffix}`);
          await this.connection.run(
            `COPY (SELECT r.* FROM ${item.table} AS r WHERE r.seq IN (SELECT seq FROM dataset_index WHERE ${ofFile}) ORDER BY r.seq) TO ${sqlString(path)} (FORMAT parquet)`,
          );
          written.push(path);
        }
      }
      return written;
    } finally {
      this.database.close();
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
