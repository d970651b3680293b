// `npm run bench:migrate -w @czt/validator [-- --records N]`: generates a JSON Lines export
// (1 000 000 records by default, fixed seed, with a 1.0 header) and the same records as a
// JSON package, then measures `czt migrate --to 1.1` on each, in a fresh process, against
// a plain streamed copy of the file (the floor): records/s and peak memory (RSS). Peak RSS
// that stays flat as --records grows is what shows the migration streams.
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { generateExport } from "./generate-export.mjs";
import { measureProcess } from "./measure-process.mjs";

const { values } = parseArgs({ options: { records: { type: "string" }, keep: { type: "boolean" } } });
const count = Number(values.records ?? 1_000_000);
const here = import.meta.dirname;
const cli = join(here, "..", "..", "cli", "dist", "main.js");
const dir = mkdtempSync(join(tmpdir(), "czt-bench-migrate-"));
const envelope = {
  schemaVersion: "1.0",
  publisher: { creditCode: "11430100006140004B", division: "430100", department: "hrss", name: "长沙市人力资源和社会保障局" },
  city: "430100",
  created: "2026-11-01T09:30:00+08:00",
  asOf: "2026-10-31",
};

/** The generated records behind a JSON Lines header, and the same records as a JSON package. */
async function buildInputs(body) {
  const jsonl = createWriteStream(join(dir, "export.jsonl"));
  const json = createWriteStream(join(dir, "export.json"));
  jsonl.write(`${JSON.stringify({ recordType: "header", ...envelope })}\n`);
  json.write(`${JSON.stringify(envelope, null, 2).slice(0, -2)},\n  "records": [\n`);
  let first = true;
  let rest = "";
  for await (const chunk of createReadStream(body, { encoding: "utf8", highWaterMark: 1 << 20 })) {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop();
    const text = lines.map((line) => `    ${line}`).join(",\n");
    if (!jsonl.write(`${lines.join("\n")}\n`)) await once(jsonl, "drain");
    if (!json.write(`${first ? "" : ",\n"}${text}`)) await once(json, "drain");
    first = false;
  }
  json.write("\n  ]\n}\n");
  jsonl.end();
  json.end();
  await Promise.all([once(jsonl, "finish"), once(json, "finish")]);
}

const measure = (args) => measureProcess(args, dir);

const generatedAt = performance.now();
await generateExport(join(dir, "body.jsonl"), count);
await buildInputs(join(dir, "body.jsonl"));
rmSync(join(dir, "body.jsonl"));
console.log(`${count.toLocaleString("en")} records, generated in ${((performance.now() - generatedAt) / 1000).toFixed(1)} s`);

const copy = `import { createReadStream, createWriteStream } from "node:fs"; import { pipeline } from "node:stream/promises"; await pipeline(createReadStream(process.argv[1], { highWaterMark: 1 << 20 }), createWriteStream(process.argv[2]));`;
const runs = [];
for (const format of ["jsonl", "json"]) {
  const input = join(dir, `export.${format}`);
  const mib = statSync(input).size / 1048576;
  runs.push([`floor: streamed copy (${format}, ${mib.toFixed(0)} MiB)`, ["--input-type=module", "-e", copy, input, join(dir, `copy.${format}`)]]);
  runs.push([`czt migrate --to 1.1 (${format})`, [cli, "migrate", "--to", "1.1", "-o", join(dir, `migrated.${format}`), input]]);
}
const width = Math.max(...runs.map(([name]) => name.length));
console.log(`${"".padEnd(width)}  ${"seconds".padStart(8)}  ${"records/s".padStart(11)}  ${"peak RSS".padStart(9)}`);
for (const [name, args] of runs) {
  const run = await measure(args);
  const rate = Math.round(count / run.seconds).toLocaleString("en");
  console.log(`${name.padEnd(width)}  ${run.seconds.toFixed(2).padStart(8)}  ${rate.padStart(11)}  ${`${(run.rss / 1048576).toFixed(0)} MiB`.padStart(9)}`);
}
if (values.keep) console.log(`files kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
