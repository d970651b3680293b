// Runs `node <args>` in a fresh process with report-rss.mjs preloaded: its wall time, peak
// RSS, CPU time and standard output. Exit codes 0 and 1 (findings) count as a run.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

export function measureProcess(args, scratchDir) {
  const rssFile = join(scratchDir, `rss-${Math.random().toString(36).slice(2)}`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", join(import.meta.dirname, "report-rss.mjs"), ...args], {
      env: { ...process.env, CZT_BENCH_RSS_FILE: rssFile },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    child.stdout.on("data", (data) => {
      stdout += data;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0 && code !== 1) return reject(new Error(`${args.join(" ")} exited with ${code}`));
      resolve({ seconds, ...JSON.parse(readFileSync(rssFile, "utf8")), stdout });
    });
  });
}
