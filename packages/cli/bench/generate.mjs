// `node packages/cli/bench/generate.mjs [--records N] [--repeat R]`: how fast `czt generate`
// writes synthetic data, run as a user runs it (the built CLI, a child process, a file).
// Prints records/s, MiB/s and peak RSS per format, best of R rounds; the load average is
// printed too, because a busy machine lowers every figure. Target (issue 18): ≥ 50 000
// records/s for JSON Lines.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { records: { type: "string" }, repeat: { type: "string" } } });
const count = Number(values.records ?? 200_000);
const repeat = Number(values.repeat ?? 2);
const cli = join(import.meta.dirname, "..", "dist", "main.js");
const dir = mkdtempSync(join(tmpdir(), "czt-generate-bench-"));

/** One run: wall time measured here; peak RSS as the child reports it on exit. */
function once(format) {
  const output = join(dir, `out.${format}`);
  const started = performance.now();
  // resourceUsage().maxRSS is in KiB.
  const child = spawnSync(process.execPath, ["--import", "data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss '+process.resourceUsage().maxRSS+'\\n'))", cli, "generate", "--count", String(count), "--format", format, "--output", output], {
    encoding: "utf8",
  });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`czt generate --format ${format} exited ${child.status}: ${child.stderr}`);
  const rss = Number(/maxrss (\d+)/.exec(child.stderr)?.[1] ?? Number.NaN) * 1024;
  return { seconds, bytes: statSync(output).size, rss };
}

try {
  console.log(`czt generate: ${count.toLocaleString("en")} records, best of ${repeat}; load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  console.log("| format | seconds | records/s | MiB/s | peak RSS |");
  console.log("|---|---:|---:|---:|---:|");
  for (const format of ["jsonl", "csv", "json"]) {
    let best;
    for (let round = 0; round < repeat; round++) {
      const result = once(format);
      if (best === undefined || result.seconds < best.seconds) best = result;
    }
    const perSecond = Math.round(count / best.seconds);
    console.log(`| ${format} | ${best.seconds.toFixed(2)} | ${perSecond.toLocaleString("en")} | ${(best.bytes / 1048576 / best.seconds).toFixed(1)} | ${(best.rss / 1e6).toFixed(0)} MB |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
