// `npm run bench -w @czt/web [-- --records N]`: the validation page in headless Chromium
// (Debian's /usr/bin/chromium) on the JSON Lines export of `npm run bench` (1 000 000
// records by default), next to `czt validate` on one thread in the same run, with the same
// options as the page (every finding listed, JSON report). Prints records/s of both, the
// page's peak memory (the renderer process, which holds the page and its worker) and the
// main thread's long tasks (PerformanceObserver 'longtask', over 200 ms) while validating.
import { readFileSync, rmSync, statSync, mkdtempSync, readdirSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { generateExport } from "../../validator/bench/generate-export.mjs";
import { measureProcess } from "../../validator/bench/measure-process.mjs";

const { values } = parseArgs({ options: { records: { type: "string" }, chromium: { type: "string" } } });
const count = Number(values.records ?? 1_000_000);
const here = import.meta.dirname;
const dist = join(here, "..", "dist");
const cli = join(here, "..", "..", "cli", "dist", "main.js");
const dir = mkdtempSync(join(tmpdir(), "czt-web-bench-"));
const file = join(dir, "export.jsonl");

await generateExport(file, count);
const mib = statSync(file).size / 1048576;
console.log(`${count.toLocaleString("en")} records, ${mib.toFixed(0)} MiB`);

// The CLI, one thread, the page's options: every finding listed, the JSON report.
const cliRun = await measureProcess([cli, "validate", "--format", "json", "--max-findings", "all", "--output", join(dir, "report.json"), file], dir);
const cliRecords = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")).summary.records;

// The page, served as any static server would.
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css" };
const server = createServer((request, response) => {
  const asked = new URL(request.url ?? "/", "http://localhost").pathname;
  const path = asked === "/" ? "/index.html" : asked;
  try {
    const body = readFileSync(join(dist, normalize(path)));
    response.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const browser = await chromium.launch({ executablePath: values.chromium ?? "/usr/bin/chromium", args: ["--disable-dev-shm-usage", "--enable-precise-memory-info"] });

/** The parent of each process, from /proc. */
function parents() {
  const parentOf = new Map();
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      // The command name, in parentheses, may hold spaces: the fields after it are plain.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      parentOf.set(Number(pid), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  return parentOf;
}

/** Resident memory (KiB) of this run's Chromium renderer processes (the page and its worker), not of other browsers on the machine. */
function rendererRssKiB() {
  const parentOf = parents();
  const ours = (pid) => {
    for (let at = pid; at > 1; at = parentOf.get(at) ?? 0) if (at === process.pid) return true;
    return false;
  };
  let total = 0;
  for (const pid of parentOf.keys()) {
    if (!ours(pid)) continue;
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("--type=renderer")) continue;
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (rss) total += Number(rss[1]);
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

const page = await browser.newPage();
await page.addInitScript(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: "longtask", buffered: true });
});
const { port } = server.address();
await page.goto(`http://127.0.0.1:${port}/`);
await page.evaluate(() => {
  window.__longTasks.length = 0;
});
let peakKiB = rendererRssKiB();
const sampler = setInterval(() => {
  peakKiB = Math.max(peakKiB, rendererRssKiB());
}, 100);
const started = performance.now();
await page.locator("#files").setInputFiles([file]);
await page.locator("#results").waitFor({ state: "visible", timeout: 30 * 60_000 });
const pageSeconds = (performance.now() - started) / 1000;
clearInterval(sampler);
const longTasks = await page.evaluate(() => window.__longTasks);
const pageRecords = Number((await page.locator("#totals div:nth-child(2) dd").textContent()).replace(/\D/g, ""));
await browser.close();
server.close();
rmSync(dir, { recursive: true, force: true });

const rate = (records, seconds) => Math.round(records / seconds);
const pageRate = rate(pageRecords, pageSeconds);
const cliRate = rate(cliRecords, cliRun.seconds);
const over200 = longTasks.filter((duration) => duration > 200);
console.log(`page (Chromium, Web Worker)   ${pageRecords.toLocaleString("en")} records in ${pageSeconds.toFixed(1)} s: ${pageRate.toLocaleString("en")} records/s, peak renderer memory ${(peakKiB / 1024).toFixed(0)} MiB`);
console.log(`czt validate (one thread)     ${cliRecords.toLocaleString("en")} records in ${cliRun.seconds.toFixed(1)} s: ${cliRate.toLocaleString("en")} records/s, peak RSS ${(cliRun.rss / 1048576).toFixed(0)} MiB`);
console.log(`page / CLI                    ${((100 * pageRate) / cliRate).toFixed(0)} % (target ≥ 50 %)`);
console.log(`main-thread long tasks        ${longTasks.length} (longest ${longTasks.length ? Math.max(...longTasks).toFixed(0) : 0} ms), ${over200.length} over 200 ms (target 0)`);
if (pageRecords !== cliRecords) {
  console.error(`the page read ${pageRecords} records, the CLI ${cliRecords}`);
  process.exitCode = 1;
}
