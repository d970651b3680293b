/**
 * Throughput of the record rules and the dataset index against a bare JSON.parse loop,
 * on one thread: N JSON Lines made from the rules' pass fixtures (every record a fresh
 * id and identity number). Each variant runs several rounds interleaved and the best
 * round counts, to damp the noise of a shared machine.
 * Run: node --import tsx scripts/measure-rules-throughput.ts [N] [rounds]
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DatasetIndex } from "../src/dataset/dataset-index.js";
import type { RecordRule, RecordType, RuleContext } from "../src/rule.js";
import { recordRules } from "../src/rules/index.js";

const n = Number(process.argv[2] ?? 200_000);
const rounds = Number(process.argv[3] ?? 5);
const fixtures = join(dirname(fileURLToPath(import.meta.url)), "../test/fixtures/rules");

const samples: Record<string, unknown>[] = [];
for (const dir of readdirSync(fixtures)) {
  for (const line of readFileSync(join(fixtures, dir, "pass.jsonl"), "utf8").split("\n")) if (line.trim()) samples.push(JSON.parse(line));
}
const lines: string[] = [];
for (let i = 0; i < n; i++) {
  const record = structuredClone(samples[i % samples.length]!);
  record["id"] = `${String(record["id"])}-${i}`;
  lines.push(JSON.stringify(record));
}

const context: RuleContext = { asOf: "2025-07-01", schemaVersion: "1.0", parameters: {} };
const byType: Record<RecordType, RecordRule[]> = { person: [], enrolment: [], transfer: [], assistance: [], benefit: [], medicalRegistration: [], medicalSettlement: [], organisation: [], donation: [], consent: [] };
for (const rule of recordRules) for (const type of rule.appliesTo) byType[type].push(rule);
let findings = 0;
const emit = () => {
  findings++;
};

function parseOnly(): void {
  let total = 0;
  for (const line of lines) total += (JSON.parse(line) as { id: string }).id.length;
  if (total < 0) throw new Error("unreachable");
}

function withRules(index?: DatasetIndex): void {
  for (let handle = 0; handle < lines.length; handle++) {
    const record = JSON.parse(lines[handle]!) as Record<string, unknown>;
    for (const rule of byType[record["recordType"] as RecordType]) rule.check(record, context, emit);
    index?.add(record, handle);
  }
}

const variants: [string, () => void][] = [
  ["JSON.parse", parseOnly],
  ["JSON.parse + record rules", () => withRules()],
  ["JSON.parse + record rules + index", () => withRules(new DatasetIndex())],
];
const best = new Map<string, number>();
for (let round = 0; round < rounds; round++) {
  for (const [name, run] of variants) {
    const started = performance.now();
    run();
    const elapsed = performance.now() - started;
    best.set(name, Math.min(best.get(name) ?? Number.POSITIVE_INFINITY, elapsed));
  }
}
const base = best.get("JSON.parse")!;
console.log(`${n} records, ${Math.round(lines.reduce((sum, line) => sum + line.length, 0) / n)} characters each on average, best of ${rounds} rounds`);
for (const [name] of variants) {
  const ms = best.get(name)!;
  console.log(`${name.padEnd(36)} ${Math.round((n * 1000) / ms).toString().padStart(8)} records/s  ${((base / ms) * 100).toFixed(1)} % of JSON.parse`);
}
console.log(`findings per round: ${Math.round(findings / (rounds * 2))}`);
