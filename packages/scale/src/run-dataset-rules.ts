import { resolve } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { type DatasetRule, type Finding, type Lang, makeFinding, type Params, type RecordLocation, type Summary } from "@czt/validator";
import { type DuckDbLimits, openDuckDb, sqlString } from "./duckdb.js";
import { itemTables } from "./index-columns.js";
import { datasetRules, portedRuleIds, ruleSql, sharedViewStatements } from "./sql-rules.js";

export interface SqlRuleOptions {
  lang?: Lang;
  limits?: DuckDbLimits;
  /** Rule ids, or prefixes ending in `.`, to leave out (as the validator's `disableRules`). */
  disableRules?: readonly string[];
  /** Findings as they are found, in rule order (then record order); without it they are kept in the result. */
  onFinding?: (finding: Finding) => void;
  now?: () => number;
}

export interface SqlRuleRun {
  summary: Summary;
  findings: Finding[];
  /** Rules that ran as SQL, in catalogue order. */
  ran: string[];
  /** Enabled dataset rules that have no SQL yet: not run (the caller says so). */
  notRun: string[];
}

/** Column names of a rule's result that are not message params. */
const locationColumns = new Set(["ord", "pointer", "loc_file", "loc_line", "loc_column", "loc_record_index", "loc_id"]);

/**
 * `other_city` → `otherCity`, `problem_zh` → `problem.zh`: SQL columns are snake case
 * (portable unquoted), params camel case with language variants after a dot.
 */
function paramName(column: string): string {
  return column.replace(/_(zh|en)$/, ".$1").replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function plain(value: unknown): string | number | boolean | null {
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return value === null || value === undefined ? null : String(value);
}

function isDisabled(id: string, disabled: readonly string[]): boolean {
  return disabled.some((entry) => (entry.endsWith(".") ? id.startsWith(entry) : id === entry));
}

/**
 * Loads the Parquet files of one dataset into a table, `dataset_index`, with `ord`: the
 * records' order, which the rules use where the in-memory phase uses input order ("the
 * first record of …"): the runs that wrote the files in the order their first file is
 * given, then `seq` within a run. A dataset emitted by one run is thus in the order one
 * in-memory run over the same inputs sees, whatever order its files are given in.
 */
async function loadIndex(connection: DuckDBConnection, parquetFiles: readonly string[]): Promise<void> {
  const itemTableOf = (path: string) => itemTables.find((item) => path.endsWith(item.suffix));
  const indexFiles = parquetFiles.filter((path) => itemTableOf(path) === undefined);
  if (indexFiles.length === 0) throw new Error("no index file (*.index.parquet) among the files given");
  const sources = indexFiles.map((path, rank) => `SELECT *, ${rank} AS source_rank FROM read_parquet(${sqlString(resolve(path))})`);
  await connection.run(
    `CREATE TABLE dataset_index AS SELECT * EXCLUDE (source_rank, run_rank), ROW_NUMBER() OVER (ORDER BY run_rank, seq) AS ord
FROM (SELECT *, MIN(source_rank) OVER (PARTITION BY run_id) AS run_rank FROM (${sources.join(" UNION ALL ")}) AS sources) AS ranked`,
  );
  // Items point at their record by (run_id, seq); the rules join them by ord. An index
  // written before a table existed has no file of it: the table is then empty.
  for (const item of itemTables) {
    const files = parquetFiles.filter((path) => itemTableOf(path) === item);
    const rows = files.map((path) => `SELECT * FROM read_parquet(${sqlString(resolve(path))})`);
    const empty = `SELECT ${item.columns.map((column) => `CAST(NULL AS ${column.type}) AS ${column.name}`).join(", ")} WHERE FALSE`;
    const columns = item.columns.filter((column) => column.name !== "run_id" && column.name !== "seq").map((column) => `r.${column.name}`);
    await connection.run(
      `CREATE TABLE ${item.table} AS SELECT i.ord, ${columns.join(", ")}
FROM (${rows.length === 0 ? empty : rows.join(" UNION ALL ")}) AS r JOIN dataset_index AS i ON i.run_id = r.run_id AND i.seq = r.seq`,
    );
  }
}

async function runRule(connection: DuckDBConnection, rule: DatasetRule, lang: Lang, emit: (finding: Finding, ord: number) => void): Promise<void> {
  const sql = `WITH finding AS (${ruleSql(rule.id)})
SELECT finding.*, i.file AS loc_file, i.line AS loc_line, i.column_number AS loc_column, i.record_index AS loc_record_index, i.id AS loc_id
FROM finding JOIN dataset_index AS i ON i.ord = finding.ord
ORDER BY finding.ord`;
  const result = await connection.stream(sql);
  const columns = result.columnNames();
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    for (const row of chunk.getRows()) {
      const value = (name: string): unknown => row[columns.indexOf(name)];
      const params: Record<string, string | number | boolean | null> = {};
      columns.forEach((column, i) => {
        if (!locationColumns.has(column)) params[paramName(column)] = plain(row[i]);
      });
      const location: RecordLocation = { file: String(value("loc_file")), line: Number(value("loc_line")), recordIndex: Number(value("loc_record_index")) };
      const column = value("loc_column");
      if (column !== null && column !== undefined) location.column = Number(column);
      const id = value("loc_id");
      if (id !== null && id !== undefined) location.recordId = String(id);
      const finding = makeFinding(rule, { pointer: String(value("pointer")), params: params as Params }, location, { lang, reveal: false, severityOverrides: {} });
      emit(finding, Number(value("ord")));
    }
  }
}

/**
 * Runs the dataset rules that have SQL over the Parquet files of a dataset index (one
 * dataset: every file of every city) in an embedded DuckDB, and turns their rows into
 * the validator's findings: the same rule ids, severities, messages, pointers and
 * locations as the in-memory dataset phase. Identity numbers are shown masked whatever
 * is asked: the index holds them no other way.
 */
export async function runDatasetRulesSql(parquetFiles: readonly string[], options: SqlRuleOptions = {}): Promise<SqlRuleRun> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const lang = options.lang ?? "en";
  const disabled = options.disableRules ?? [];
  const ported = portedRuleIds();
  const enabled = datasetRules.filter((rule) => !isDisabled(rule.id, disabled));
  const database = await openDuckDb(options.limits);
  const connection = database.connection;
  const findings: Finding[] = [];
  const byRule: Record<string, number> = {};
  const recordsByRule: Record<string, number> = {};
  const invalid = new Set<number>();
  const counts = { error: 0, warning: 0, info: 0 };
  try {
    await loadIndex(connection, parquetFiles);
    // The views every rule reads, computed once here (as tables) rather than once per rule.
    for (const statement of sharedViewStatements()) await connection.run(statement.replace(/^CREATE VIEW (\w+) AS/, "CREATE TABLE $1 AS"));
    const totals = (await connection.runAndReadAll("SELECT COUNT(*), COUNT(DISTINCT file) FROM dataset_index")).getRows()[0]!;
    const ran: string[] = [];
    for (const rule of enabled) {
      if (!ported.has(rule.id)) continue;
      ran.push(rule.id);
      const records = new Set<number>();
      await runRule(connection, rule, lang, (finding, ord) => {
        byRule[rule.id] = (byRule[rule.id] ?? 0) + 1;
        records.add(ord);
        counts[finding.severity]++;
        if (finding.severity === "error") invalid.add(ord);
        if (options.onFinding) options.onFinding(finding);
        else findings.push(finding);
      });
      if (records.size > 0) recordsByRule[rule.id] = records.size;
    }
    const records = Number(totals[0]);
    const elapsedMs = Math.max(0, now() - started);
    const summary: Summary = {
      records,
      valid: records - invalid.size,
      invalid: invalid.size,
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      byRule,
      recordsByRule,
      files: Number(totals[1]),
      elapsedMs: Math.round(elapsedMs),
      recordsPerSecond: elapsedMs > 0 ? Math.round((records * 1000) / elapsedMs) : records,
    };
    return { summary, findings, ran, notRun: enabled.filter((rule) => !ported.has(rule.id)).map((rule) => rule.id) };
  } finally {
    database.close();
  }
}
