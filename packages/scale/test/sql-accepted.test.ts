import { readdirSync } from "node:fs";
import type { DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { datasetRules, indexColumns, itemTables, type OpenDuckDb, openDuckDb, ruleSql, sharedViewStatements, sqlDirectory } from "../src/index.js";

const sqlFiles = readdirSync(sqlDirectory).filter((name) => name.endsWith(".sql")).sort();
const ruleIds = sqlFiles.map((name) => name.slice(0, -".sql".length));

/**
 * DuckDB-only syntax a rule's SQL must not use, so that Spark SQL and Trino run it as it
 * is (DuckDB has no strict ANSI mode to refuse these itself; see docs/scale.md).
 */
const duckdbOnly: readonly [RegExp, string][] = [
  [/::/, ":: casts (use CAST(x AS type))"],
  [/\bEXCLUDE\b|\bREPLACE\s*\(\s*\w+\s+AS\b/i, "SELECT * EXCLUDE/REPLACE"],
  [/\bQUALIFY\b/i, "QUALIFY (filter a window in an outer query)"],
  [/\bGROUP\s+BY\s+ALL\b|\bORDER\s+BY\s+ALL\b/i, "GROUP BY ALL / ORDER BY ALL"],
  [/\bILIKE\b/i, "ILIKE"],
  [/->|\blambda\b/i, "lambdas"],
  [/\b(read_parquet|read_csv\w*|parquet_scan)\s*\(/i, "file-reading table functions (the engine defines dataset_index)"],
  [/\b(list_\w+|struct_pack|array_agg|string_agg|list)\s*\(/i, "DuckDB list and struct functions"],
  [/\bCOLUMNS\s*\(/i, "COLUMNS(…)"],
  [/\bMACRO\b/i, "macros"],
  [/"/, "double-quoted identifiers (Spark needs backticks: use plain snake_case names)"],
  [/^\s*FROM\b|\(\s*FROM\b/i, "FROM-first queries"],
  [/\bUSING\s+SAMPLE\b/i, "USING SAMPLE"],
  [/\bPOSITIONAL\s+JOIN\b|\bASOF\b/i, "POSITIONAL and ASOF joins"],
];

let database: OpenDuckDb;
let connection: DuckDBConnection;
beforeAll(async () => {
  database = await openDuckDb({ memoryLimit: "256MB", threads: 1 });
  connection = database.connection;
  // The tables the engine builds from the Parquet files: the documented columns and `ord`.
  await connection.run(`CREATE TABLE dataset_index (${indexColumns.map((column) => `${column.name} ${column.type}`).join(", ")}, ord BIGINT)`);
  // The item tables: their columns, with `ord` for `run_id` and `seq`.
  for (const item of itemTables) {
    const columns = item.columns.filter((column) => column.name !== "run_id" && column.name !== "seq");
    await connection.run(`CREATE TABLE ${item.table} (ord BIGINT, ${columns.map((column) => `${column.name} ${column.type}`).join(", ")})`);
  }
  // The shared views, as the runner (or a Spark or Trino user) creates them before the rules.
  for (const statement of sharedViewStatements()) await connection.run(statement);
});
afterAll(() => {
  database.close();
});

describe("the SQL of the dataset rules", () => {
  it("is one file per dataset rule of the validator, named after its id", () => {
    const known = new Set(datasetRules.map((rule) => rule.id));
    expect(ruleIds.filter((id) => !known.has(id))).toEqual([]);
    expect(ruleIds.length).toBeGreaterThan(0);
  });

  it.each(ruleIds)("%s is accepted by DuckDB's parser", async (id) => {
    const reader = await connection.runAndReadAll("SELECT json_serialize_sql(CAST($1 AS VARCHAR))", [ruleSql(id)]);
    const parsed = JSON.parse(String(reader.getRows()[0]![0])) as { error: boolean; error_message?: string; statements?: unknown[] };
    expect(parsed.error_message).toBeUndefined();
    expect(parsed.error).toBe(false);
    expect(parsed.statements).toHaveLength(1);
  });

  it.each(ruleIds)("%s binds against the index's columns (EXPLAIN) and returns ord and pointer first", async (id) => {
    await expect(connection.run(`EXPLAIN ${ruleSql(id)}`)).resolves.toBeDefined();
    const reader = await connection.runAndReadAll(`SELECT * FROM (${ruleSql(id)}) AS finding LIMIT 0`);
    expect(reader.columnNames().slice(0, 2)).toEqual(["ord", "pointer"]);
    // Param columns are snake case: the runner turns them into the message's camel-case params.
    for (const column of reader.columnNames()) expect(column).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it.each(ruleIds)("%s uses no DuckDB-only syntax (Spark SQL, Trino)", (id) => {
    const sql = ruleSql(id).replace(/--[^\n]*/g, "");
    const used = duckdbOnly.filter(([pattern]) => pattern.test(sql)).map(([, what]) => what);
    expect(used).toEqual([]);
  });

  it("the shared views are CREATE VIEW statements DuckDB's parser accepts, with no DuckDB-only syntax, and the rules read them", async () => {
    const statements = sharedViewStatements();
    expect(statements.map((statement) => /^CREATE VIEW (\w+) AS\b/.exec(statement)?.[1])).toEqual(["first_with_id", "person_key", "record_person", "person_death", "run_setting", "case_beneficiary", "enrolment_overlap", "assistance_overlap"]);
    for (const statement of statements) {
      const reader = await connection.runAndReadAll("SELECT json_serialize_sql(CAST($1 AS VARCHAR))", [statement.replace(/^CREATE VIEW \w+ AS/, "")]);
      expect(JSON.parse(String(reader.getRows()[0]![0]))).toMatchObject({ error: false });
      expect(duckdbOnly.filter(([pattern]) => pattern.test(statement)).map(([, what]) => what)).toEqual([]);
    }
    // Each view is read by some rule (a view no rule reads would be dead weight in every run).
    for (const view of ["first_with_id", "person_key", "record_person", "person_death", "run_setting", "case_beneficiary", "enrolment_overlap", "assistance_overlap"]) {
      expect(ruleIds.some((id) => new RegExp(`\\b${view}\\b`).test(ruleSql(id).replace(/--[^\n]*/g, ""))), view).toBe(true);
    }
  });

  it("a statement DuckDB's parser refuses is reported as refused (the check can fail)", async () => {
    const reader = await connection.runAndReadAll("SELECT json_serialize_sql(CAST($1 AS VARCHAR))", ["SELEC ord FROM dataset_index"]);
    expect(JSON.parse(String(reader.getRows()[0]![0]))).toMatchObject({ error: true, error_type: "parser" });
  });
});
