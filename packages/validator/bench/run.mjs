// `npm run bench [-- --records N]`: generates a JSON Lines export (1 000 000 records by
// default, fixed seed) and measures, each in a fresh process: the floor (chunked read +
// split + JSON.parse), czt validate with schema checks only, with the record rules (no
// dataset rules), with all rules, and with all
// rules on --jobs 2 — records/s, ratio to the floor and peak memory — and, for reference,
// the floor's loop on two threads (what parsing alone reaches in parallel here).
// On a shared machine wall time swings with the load: the table also shows CPU time
// (all threads), `--repeat N` runs every measurement N times in interleaved rounds and
// keeps each one's best, and the floor is measured before and after the others; the
// ratios use the faster floor.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { generateExport } from "./generate-export.mjs";
import { measureProcess } from "./measure-process.mjs";
import { measureScale } from "./scale.mjs";

const { values } = parseArgs({
  options: { records: { type: "string" }, keep: { type: "boolean" }, repeat: { type: "string" }, file: { type: "string" }, scale: { type: "boolean" }, "scale-records": { type: "string" } },
});
const count = Number(values.records ?? 1_000_000);
const repeat = Math.max(1, Number(values.repeat ?? 1));
const here = import.meta.dirname;
const cli = join(here, "..", "..", "cli", "dist", "main.js");
const dir = mkdtempSync(join(tmpdir(), "czt-bench-"));
// `--file F`: measure an export generated before (with --keep) instead of generating one.
const file = values.file ?? join(dir, "export.jsonl");

const measure = (args) => measureProcess(args, dir);

// `--scale`: only the memory growth table (scale.mjs), at 1 M and 4 M records by default.
if (values.scale || values["scale-records"] !== undefined) {
  const sizes = (values["scale-records"] ?? "1000000,4000000").split(",").map(Number);
  await measureScale(sizes, cli);
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

const generatedAt = performance.now();
if (!values.file) await generateExport(file, count);
const bytes = statSync(file).size;
console.log(
  `${values.file ? file : `${count.toLocaleString("en")} records`}, ${(bytes / 1048576).toFixed(0)} MiB${values.file ? "" : `, generated in ${((performance.now() - generatedAt) / 1000).toFixed(1)} s`}${repeat > 1 ? `, best of ${repeat} rounds` : ""}`,
);

// One record: what every run pays before the first record (loading, compiling the schemas).
const oneRecordFile = join(dir, "one-record.jsonl");
await generateExport(oneRecordFile, 1);
const validateFile = (target, ...options) => [cli, "validate", "--format", "json", "--max-findings", "100", "--as-of", "2026-10-31", ...options, target];
const validate = (...options) => validateFile(file, ...options);
const runs = [
  ["floor (read + split + JSON.parse)", [join(here, "floor.mjs"), file]],
  ["czt validate, one record (start-up)", validateFile(oneRecordFile)],
  ["czt validate --checks schema", validate("--checks", "schema")],
  // Without the dataset rules no index is built: this run and the next split the record
  // rules' cost from the dataset index's and rules' (see the phase table below).
  ["czt validate --disable dataset. (record rules)", validate("--disable", "dataset.")],
  ["czt validate (all rules)", validate()],
  ["czt validate --jobs 2 (all rules)", validate("--jobs", "2")],
  // For reference: what parsing alone reaches on two threads, the ceiling of --jobs 2 here.
  ["floor on 2 threads (reference)", [join(here, "floor-threads.mjs"), file, "2"]],
];

const measured = [...runs, ["floor, again", runs[0][1]]];
const results = measured.map(([name]) => ({ name, seconds: Number.POSITIVE_INFINITY, cpuSeconds: Number.POSITIVE_INFINITY, rss: 0, stdout: "" }));
for (let round = 0; round < repeat; round++) {
  for (const [i, [, args]] of measured.entries()) {
    const run = await measure(args);
    const best = results[i];
    // Each figure is its own best: the fastest wall time, the least CPU, the highest peak memory.
    if (run.seconds < best.seconds) Object.assign(best, { seconds: run.seconds, stdout: run.stdout });
    best.cpuSeconds = Math.min(best.cpuSeconds, run.cpuSeconds);
    best.rss = Math.max(best.rss, run.rss);
  }
}
const floorSeconds = Math.min(results[0].seconds, results.at(-1).seconds);
const floorCpu = Math.min(results[0].cpuSeconds, results.at(-1).cpuSeconds);
const rows = results.map((result) => {
  let findings = "";
  if (result.stdout.startsWith("{")) {
    const summary = JSON.parse(result.stdout).summary;
    findings = `${summary.records} read, ${summary.invalid} invalid`;
  }
  const records = result.stdout.startsWith("{") ? JSON.parse(result.stdout).summary.records : Number(result.stdout.trim());
  const perSecond = records / result.seconds;
  // The start-up run's one record makes a rate and a ratio meaningless.
  const rated = (text) => (result.name.includes("start-up") ? "—" : text);
  return [
    result.name,
    `${result.seconds.toFixed(2)} s`,
    rated(`${Math.round(perSecond).toLocaleString("en")}/s`),
    rated(`${Math.round((floorSeconds / result.seconds) * 100)} %`),
    `${result.cpuSeconds.toFixed(2)} s`,
    rated(`${Math.round((floorCpu / result.cpuSeconds) * 100)} %`),
    `${(result.rss / 1048576).toFixed(0)} MB`,
    findings,
  ];
});
const header = ["run", "wall", "records/s", "vs floor", "cpu", "cpu vs floor", "peak RSS", "result"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join("  "));
printPhases(results, floorCpu);
if (!values.keep && !values.file) rmSync(dir, { recursive: true, force: true });
else if (!values.file) console.log(`kept ${file}`);
else rmSync(dir, { recursive: true, force: true });

/**
 * What each layer adds to the floor's CPU time, in floors, from the one-thread runs above
 * (each run adds one layer to the one before it), beside what the targets leave for them:
 * at 70 % of the floor's records per second a run may take 1/0.7 floors, so everything
 * beyond parsing may cost 0.43 floors.
 */
function printPhases(measuredRuns, floor) {
  const cpuOf = (prefix) => measuredRuns.find((run) => run.name.startsWith(prefix)).cpuSeconds;
  const layers = [
    ["floor (read, split, JSON.parse)", 0, floor],
    ["start-up (load, compile)", 0, cpuOf("czt validate, one record")],
    ["schema checks", floor + cpuOf("czt validate, one record"), cpuOf("czt validate --checks schema")],
    ["record rules", cpuOf("czt validate --checks schema"), cpuOf("czt validate --disable dataset.")],
    ["dataset index and rules", cpuOf("czt validate --disable dataset."), cpuOf("czt validate (all rules)")],
  ];
  console.log("\nCPU by layer, one thread (in floors: the floor's CPU time is 1.00):");
  for (const [name, before, after] of layers) console.log(`  ${name.padEnd(32)} ${((after - before) / floor).toFixed(2)}`);
  console.log(`  ${"total".padEnd(32)} ${(cpuOf("czt validate (all rules)") / floor).toFixed(2)}  (70 % of the floor's rate allows ${(1 / 0.7).toFixed(2)})`);
}
