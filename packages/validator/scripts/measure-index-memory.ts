/**
 * Bytes per record of the dataset index: adds N synthetic entries (a realistic mix of
 * the four record types, every id a fresh string as after JSON.parse) and prints the
 * heap growth divided by N; then runs the dataset rules (pass 2) and prints their time
 * and the peak heap seen between rules. Run: node --expose-gc --import tsx scripts/measure-index-memory.ts [N]
 * With `--from FILE` (a JSON Lines export, e.g. from `czt generate --count 1000000`), the
 * entries are those of the export's records instead — every record type and 1.1 field the
 * generator writes — so the figure is the one a real run of that export pays.
 */
import { readFileSync } from "node:fs";
import { DatasetIndex } from "../src/dataset/dataset-index.js";
import { extractIndexEntry, type IndexEntry, openEnd } from "../src/dataset/index-entry.js";
import { datasetRules } from "../src/rules/index.js";

const fromAt = process.argv.indexOf("--from");
const from = fromAt > 0 ? process.argv[fromAt + 1] : undefined;
const n = from === undefined ? Number(process.argv[2] ?? 1_000_000) : 0;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc");

function pad(i: number, width: number): string {
  return String(i).padStart(width, "0");
}

/** A fresh (non-shared) copy of a string, as JSON.parse would produce. */
function fresh(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

function entryOf(i: number): IndexEntry {
  const city = (i % 3) + 1;
  const cityCode = "430100";
  // The person of record i: the nearest person record before it (persons are i % 20 < 8), so references resolve.
  const personIndex = i - (i % 20) + (i % 8);
  const person = fresh(`${cityCode}-P-${pad(personIndex, 9)}`);
  switch (i % 20) {
    case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7:
      return { recordType: "person", id: fresh(`${cityCode}-P-${pad(i, 9)}`), city, idNumber: fresh(`4301${pad(i, 14)}`), nameHash: (i * 2654435761) >>> 0, sex: 1 + (i % 2), birthDay: 7000 + (i % 20000), deathDay: i % 50 === 0 ? 19500 : openEnd };
    case 8: case 9: case 10: case 11: case 12: case 13: case 14:
      return { recordType: "enrolment", id: fresh(`${cityCode}-E-${pad(i, 9)}`), city, personId: person, scheme: 1 + (i % 9), contributionStatus: 1, start: 18000 + (i % 300), end: i % 4 === 0 ? 19000 : openEnd, hasEmployer: i % 2 === 0 };
    case 15: case 16:
      return { recordType: "transfer", id: fresh(`${cityCode}-T-${pad(i, 9)}`), city, personId: person, kind: 1, status: 4, fromEnrolmentId: fresh(`${cityCode}-E-${pad(i - 7, 9)}`), toEnrolmentId: fresh(`${cityCode}-E-${pad(i - 6, 9)}`), toOutside: false };
    default:
      return { recordType: "assistance", id: fresh(`${cityCode}-A-${pad(i, 9)}`), city, personId: person, headPersonId: undefined, memberIds: undefined, uncoveredMembers: undefined, programme: 1, caseStatus: 3, start: 19000, end: openEnd, benefitPerMember: 45000, perCapitaIncome: 30000, tier: 0, latestPaidMonth: 24300 + (i % 12), latestPaidLine: i % 12 };
  }
}

/** The export's bytes, read before the baseline; each line is decoded and parsed only when added, as the validator's reader does. */
const bytes = from === undefined ? Buffer.alloc(0) : readFileSync(from);
function* linesOf(buffer: Buffer): Generator<string> {
  for (let start = 0; start < buffer.length; ) {
    const end = buffer.indexOf(10, start);
    const line = buffer.toString("utf8", start, end < 0 ? buffer.length : end);
    if (line.trim() !== "") yield line;
    start = end < 0 ? buffer.length : end + 1;
  }
}
gc();
const before = process.memoryUsage();
const index = new DatasetIndex();
let count = 0;
if (from === undefined) {
  for (; count < n; count++) index.addEntry(entryOf(count), count);
} else {
  let lines = 0;
  for (const line of linesOf(bytes)) {
    lines++;
    const record = JSON.parse(line) as Record<string, unknown>;
    // The header line, and records the dataset rules do not need, have no entry.
    const entry = record["recordType"] === undefined ? undefined : extractIndexEntry(record);
    if (entry !== undefined) index.addEntry(entry, count++);
  }
  console.log(`from ${from}: ${lines} lines, ${count} entries`);
}
// Twice: buffers left behind by growth are freed only after a second collection.
gc();
gc();
const after = process.memoryUsage();
// Read after the measurement, so the export's bytes are alive in both figures and cancel out.
if (bytes.length > 0) console.log(`export: ${(bytes.length / 1048576).toFixed(0)} MiB read`);
const heap = after.heapUsed - before.heapUsed;
const external = after.arrayBuffers - before.arrayBuffers;
console.log(`records: ${index.size}`);
console.log(`heap: ${(heap / 1048576).toFixed(1)} MiB, typed arrays: ${(external / 1048576).toFixed(1)} MiB`);
console.log(`bytes per record: ${((heap + external) / count).toFixed(1)}`);

let peak = after.heapUsed + after.arrayBuffers;
let findings = 0;
const started = performance.now();
for (const rule of datasetRules) {
  const ruleStarted = performance.now();
  let ruleFindings = 0;
  rule.check(index, { asOf: "2025-07-01", schemaVersion: "1.0", parameters: {} }, () => {
    ruleFindings++;
  });
  findings += ruleFindings;
  const now = process.memoryUsage();
  peak = Math.max(peak, now.heapUsed + now.arrayBuffers);
  console.log(`  ${rule.id}: ${Math.round(performance.now() - ruleStarted)} ms, ${ruleFindings} findings, heap + typed arrays now ${((now.heapUsed + now.arrayBuffers) / 1048576).toFixed(0)} MiB`);
}
console.log(`dataset rules: ${Math.round(performance.now() - started)} ms, ${findings} findings, peak heap + typed arrays ${(peak / 1048576).toFixed(0)} MiB`);
