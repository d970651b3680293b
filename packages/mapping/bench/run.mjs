// `npm run bench -w @czt/mapping [-- --rows N]` (and the second table of the root
// `npm run bench`): czt map on N CSV rows (GB18030, Chinese headers) and on an N-row XLSX
// sheet, against czt validate (one thread, all rules) on the same records as JSON Lines:
// rows/s and peak memory, each in a fresh process, and the CSV path's share of the
// validator's rate; the CSV path also at N/2 and 2N, to show memory does not grow with the
// input.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { measureProcess } from "../../validator/bench/measure-process.mjs";
import { mapping, writeCsv, writeXlsx } from "./legacy-people.mjs";

const { values } = parseArgs({ options: { rows: { type: "string" }, keep: { type: "boolean" } } });
const rows = Number(values.rows ?? 200_000);
const here = import.meta.dirname;
const cli = join(here, "..", "..", "cli", "dist", "main.js");
const dir = mkdtempSync(join(tmpdir(), "czt-map-bench-"));
const started = performance.now();

writeFileSync(join(dir, "csv.yaml"), mapping("*.csv"));
writeFileSync(join(dir, "xlsx.yaml"), mapping("*.xlsx"));

const results = [];
let runs = 0;
/** Runs `node args` in a fresh process; `live` also records the memory it retains (report-live-heap.mjs). */
async function measure(name, count, args, { live = false } = {}) {
  const liveFile = join(dir, `live-${runs++}.json`);
  if (live) process.env["CZT_BENCH_LIVE_FILE"] = liveFile;
  const run = await measureProcess(live ? ["--import", join(here, "report-live-heap.mjs"), ...args] : args, dir);
  delete process.env["CZT_BENCH_LIVE_FILE"];
  const result = { name, count, stdout: run.stdout, rowsPerSecond: count / run.seconds, seconds: run.seconds, cpuSeconds: run.cpuSeconds, rss: run.rss };
  if (live) result.live = JSON.parse(readFileSync(liveFile, "utf8")).live;
  results.push(result);
  return result;
}

const csvRuns = new Map();
let validated;
for (const count of [Math.round(rows / 2), rows, rows * 2]) {
  const csv = join(dir, `people-${count}.csv`);
  await writeCsv(csv, count);
  const out = join(dir, `mapped-${count}.jsonl`);
  csvRuns.set(count, await measure(`czt map, CSV ${count.toLocaleString("en")} rows`, count, [cli, "map", "--mapping", join(dir, "csv.yaml"), "--output", out, "--report", join(dir, "report.txt"), csv], { live: true }));
  if (count === rows) validated = await measure(`czt validate (1 thread) on the ${count.toLocaleString("en")} mapped records`, count, [cli, "validate", "--format", "json", "--max-findings", "10", "--as-of", "2026-10-31", out]);
  rmSync(csv);
}
const xlsx = join(dir, `people-${rows}.xlsx`);
await writeXlsx(xlsx, rows);
await measure(`czt map, XLSX ${rows.toLocaleString("en")} rows`, rows, [cli, "map", "--mapping", join(dir, "xlsx.yaml"), "--output", join(dir, "mapped-xlsx.jsonl"), "--report", join(dir, "report-xlsx.txt"), xlsx], { live: true });

const mib = (bytes) => `${(bytes / 1048576).toFixed(0)} MiB`;
const table = results.map((result) => [
  result.name,
  `${result.seconds.toFixed(2)} s`,
  `${Math.round(result.rowsPerSecond).toLocaleString("en")}/s`,
  `${result.cpuSeconds.toFixed(2)} s`,
  mib(result.rss),
  result.live === undefined ? "" : mib(result.live),
]);
const header = ["czt map run", "wall", "rows/s", "cpu", "peak RSS", "live after full GC"];
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
for (const row of [header, ...table]) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join("  "));
const csv = csvRuns.get(rows);
const small = csvRuns.get(Math.round(rows / 2));
const large = csvRuns.get(rows * 2);
const summary = JSON.parse(validated.stdout).summary;
console.log(`validator on the mapped records: ${summary.records.toLocaleString("en")} read, ${summary.invalid} invalid, ${summary.errors} errors`);
console.log(`CSV ${rows.toLocaleString("en")} rows at ${Math.round((csv.rowsPerSecond / validated.rowsPerSecond) * 100)} % of the validator's one-thread rate on the same records (target ≥ 50 %)`);
const growth = (field) => `${mib(small[field])} at ${small.count.toLocaleString("en")} CSV rows, ${mib(large[field])} at ${large.count.toLocaleString("en")} (${large[field] >= small[field] ? "+" : "−"}${mib(Math.abs(large[field] - small[field]))})`;
console.log(`memory retained (largest after a full GC): ${growth("live")}; peak RSS: ${growth("rss")}`);
console.log(`(${((performance.now() - started) / 1000).toFixed(0)} s in all, inputs generated included)`);
if (values.keep) console.log(`kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });
