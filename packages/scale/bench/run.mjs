// `npm run bench -w @czt/scale [-- --records N] [--memory-limit 1GB] [--threads 2] [--file F] [--keep] [--skip-in-memory]`:
// the DuckDB path against the in-memory one on one generated JSON Lines export (the
// validator's benchmark generator), each in a fresh process, with records/s and peak RSS:
// czt validate with every rule (in memory); czt validate --disable dataset. --emit-index
// (record rules, index written as Parquet); czt dataset-rules --engine duckdb over it.
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateExport } from "../../validator/bench/generate-export.mjs";
import { measureProcess } from "../../validator/bench/measure-process.mjs";

const { values } = parseArgs({ options: { records: { type: "string" }, keep: { type: "boolean" }, file: { type: "string" }, "memory-limit": { type: "string" }, threads: { type: "string" }, "skip-in-memory": { type: "boolean" } } });
const count = Number(values.records ?? 200_000);
const memoryLimit = values["memory-limit"] ?? "1GB";
const threads = values.threads ?? "2";
const cli = join(import.meta.dirname, "..", "..", "cli", "dist", "main.js");
const dir = mkdtempSync(join(tmpdir(), "czt-scale-bench-"));
const file = values.file ?? join(dir, "export.jsonl");
const index = join(dir, "index");
if (!values.file) await generateExport(file, count);
console.log(`${values.file ?? `${count.toLocaleString("en")} records`}, ${(statSync(file).size / 1048576).toFixed(0)} MiB; DuckDB memory limit ${memoryLimit}, ${threads} threads`);

const runs = [
  ["czt validate (all rules, in memory)", [cli, "validate", "--format", "json", "--max-findings", "100", "--as-of", "2026-10-31", file]],
  ["czt validate --disable dataset. --emit-index", [cli, "validate", "--format", "json", "--max-findings", "100", "--as-of", "2026-10-31", "--disable", "dataset.", "--emit-index", index, file]],
  ["czt dataset-rules --engine duckdb", [cli, "dataset-rules", "--engine", "duckdb", "--format", "json", "--memory-limit", memoryLimit, "--threads", threads, "--temp-directory", join(dir, "spill"), index]],
];
const rows = [];
// --skip-in-memory: the DuckDB path alone, for sizes where the in-memory run is not the question.
for (const [name, args] of values["skip-in-memory"] ? runs.slice(1) : runs) {
  const run = await measureProcess(args, dir);
  const records = JSON.parse(run.stdout).summary.records;
  const row = { name, seconds: run.seconds.toFixed(1), "records/s": Math.round(records / run.seconds).toLocaleString("en"), "peak RSS MB": Math.round(run.rss / 1048576), "CPU s": run.cpuSeconds?.toFixed(1) };
  // Each figure as soon as it is measured: a long run that fails later keeps the ones before.
  console.log(JSON.stringify(row));
  rows.push(row);
}
console.table(rows);
const parquetBytes = readdirSync(index).reduce((sum, name) => sum + statSync(join(index, name)).size, 0);
console.log(`index as Parquet: ${(parquetBytes / 1048576).toFixed(1)} MiB (${(parquetBytes / count).toFixed(1)} bytes per record)`);
if (values.keep) console.log(`kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });
