// `node packages/cli/bench/generate.mjs [--records N] [--repeat R]` (part of `npm run bench`):
// how fast `czt generate` writes synthetic data, run as a user runs it (the built CLI in a
// fresh process, writing a file). Prints, per format, the best of R rounds: wall time,
// records/s, CPU time and records per CPU second (steadier than wall time on a busy
// machine; the load average is printed too), MiB/s and peak RSS.
// Target (issue 18): ≥ 50 000 records/s for JSON Lines.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { measureProcess } from "../../validator/bench/measure-process.mjs";

const { values } = parseArgs({ options: { records: { type: "string" }, repeat: { type: "string" } } });
const count = Number(values.records ?? 200_000);
const repeat = Math.max(1, Number(values.repeat ?? 2));
const cli = join(import.meta.dirname, "..", "dist", "main.js");
const dir = mkdtempSync(join(tmpdir(), "czt-generate-bench-"));

try {
  console.log(`czt generate: ${count.toLocaleString("en")} records, best of ${repeat}; load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  console.log("| format | wall | records/s | CPU | records per CPU s | MiB/s | peak RSS |");
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  for (const format of ["jsonl", "csv", "json"]) {
    const output = join(dir, `out.${format}`);
    let seconds = Number.POSITIVE_INFINITY;
    let cpuSeconds = Number.POSITIVE_INFINITY;
    let rss = 0;
    for (let round = 0; round < repeat; round++) {
      const run = await measureProcess([cli, "generate", "--count", String(count), "--format", format, "--output", output], dir);
      seconds = Math.min(seconds, run.seconds);
      cpuSeconds = Math.min(cpuSeconds, run.cpuSeconds);
      rss = Math.max(rss, run.rss);
    }
    const mib = statSync(output).size / 1048576;
    const rate = (n) => Math.round(n).toLocaleString("en");
    console.log(`| ${format} | ${seconds.toFixed(2)} s | ${rate(count / seconds)} | ${cpuSeconds.toFixed(2)} s | ${rate(count / cpuSeconds)} | ${(mib / seconds).toFixed(1)} | ${(rss / 1048576).toFixed(0)} MB |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
