// `npm run bench -- --scale [--scale-records 1000000,4000000]`: how the memory of
// `czt validate` (all rules, one thread) grows with the export. Generates an export of each
// size (the bench's generator, same seed), validates it in a fresh process and prints the
// peak RSS at each size, and the growth per added record between the smallest and the
// largest. Targets (issue 18): peak < 500 MB at 4 M records; growth ≤ 100 bytes per record.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateExport } from "./generate-export.mjs";
import { measureProcess } from "./measure-process.mjs";

export async function measureScale(sizes, cli) {
  const dir = mkdtempSync(join(tmpdir(), "czt-scale-"));
  const rows = [];
  try {
    for (const count of sizes) {
      const file = join(dir, `export-${count}.jsonl`);
      await generateExport(file, count);
      const run = await measureProcess([cli, "validate", "--format", "json", "--max-findings", "100", "--as-of", "2026-10-31", file], dir);
      rows.push({ count, bytes: statSync(file).size, ...run });
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log("| records | export | wall | CPU | peak RSS |");
  console.log("|---:|---:|---:|---:|---:|");
  for (const row of rows) {
    console.log(`| ${row.count.toLocaleString("en")} | ${(row.bytes / 1048576).toFixed(0)} MiB | ${row.seconds.toFixed(1)} s | ${row.cpuSeconds.toFixed(1)} s | ${(row.rss / 1048576).toFixed(0)} MiB |`);
  }
  const first = rows[0];
  const last = rows.at(-1);
  if (rows.length > 1) {
    const growth = (last.rss - first.rss) / (last.count - first.count);
    console.log(`growth from ${first.count.toLocaleString("en")} to ${last.count.toLocaleString("en")} records: ${growth.toFixed(1)} bytes per record (target ≤ 100)`);
  }
  console.log(`peak at ${last.count.toLocaleString("en")} records: ${(last.rss / 1048576).toFixed(0)} MiB, ${(last.rss / 1e6).toFixed(0)} MB (target < 500 MB at 4 000 000)`);
  return rows;
}
