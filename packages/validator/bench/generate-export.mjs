// Writes a realistic JSON Lines export of N records across the three cities, deterministically:
// the example exports' records (every record type) are copied in batches with fresh record ids,
// fresh identity numbers (birth date shifted, sequence varied, check character recomputed)
// and, per batch, an order shuffled by a seeded PRNG. References stay inside their batch.
import { createWriteStream, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { idNumberCheckCharacter } from "@czt/domain";

const examples = join(import.meta.dirname, "..", "..", "..", "examples", "jsonl");

/** mulberry32: small, fast and good enough to shuffle with a fixed seed. */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function templates() {
  const records = [];
  for (const name of readdirSync(examples).sort()) {
    for (const line of readFileSync(join(examples, name), "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const record = JSON.parse(line);
      if (record.recordType !== "header") records.push(record);
    }
  }
  return records;
}

function shiftDate(date, days) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

// Any record-type letter: person, enrolment, transfer, assistance, and the benefit (B) and 异地就医 (R, S) records of 1.1.
const idPattern = /\b(43[0-9]{4}-[A-Z]-[0-9]{6})\b/g;

function personVariant(person, batch, template) {
  if (typeof person.idNumber !== "string") return person;
  const days = batch % 3653;
  const birthDate = shiftDate(person.birthDate, days);
  // The examples share one person between two cities on purpose; copies must not.
  const sequence = String((Math.floor(batch / 3653) + template) % 100).padStart(2, "0");
  const first17 = person.idNumber.slice(0, 6) + birthDate.replaceAll("-", "") + sequence + person.idNumber[16];
  return { ...person, birthDate, idNumber: first17 + idNumberCheckCharacter(first17) };
}

const referredOrder = ["person", "organisation", "enrolment", "medicalRegistration"];
function referredRank(record) {
  const rank = referredOrder.indexOf(record.recordType);
  return rank < 0 ? referredOrder.length : rank;
}

export async function generateExport(path, count, seed = 20261128) {
  const random = prng(seed);
  const base = templates();
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  let written = 0;
  for (let batch = 0; written < count; batch++) {
    const order = base.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    // A last, partial batch keeps what others refer to first (people, organisations,
    // enrolments, registrations), so that cutting it short leaves no reference dangling.
    if (count - written < base.length) order.sort((a, b) => referredRank(base[a]) - referredRank(base[b]));
    let chunk = "";
    for (const index of order) {
      if (written >= count) break;
      let record = base[index];
      if (record.recordType === "person") record = personVariant(record, batch, index);
      chunk += JSON.stringify(record).replace(idPattern, `$1-${batch}`) + "\n";
      written++;
    }
    if (!out.write(chunk)) await new Promise((resolve) => out.once("drain", resolve));
  }
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
  return written;
}
