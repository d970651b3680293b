export { type DuckDbLimits, type OpenDuckDb, openDuckDb } from "./duckdb.js";
export { type IndexColumn, type ItemTable, indexColumns, itemTables, referenceColumns } from "./index-columns.js";
export { IndexParquetWriter } from "./index-parquet-writer.js";
export { runDatasetRulesSql, type SqlRuleOptions, type SqlRuleRun } from "./run-dataset-rules.js";
export { datasetRules, portedRuleIds, ruleSql, sharedViewStatements, sharedViewsFile, sqlDirectory } from "./sql-rules.js";
