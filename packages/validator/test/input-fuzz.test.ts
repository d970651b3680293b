import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ChunkReader, createJsonDocumentReader, createJsonLinesReader, type InputItem, type ReaderOptions, renderMessage, ruleById } from "../src/index.js";
import { createCsvReader } from "../src/input/csv-reader.js";
import { nodeText } from "../src/node/text-platform.js";
import { readAll } from "./support/read-all.js";
import { person } from "./support/records.js";

const runs = Number(process.env["CZT_FC_RUNS"] ?? 150);
const readers: [string, (options: ReaderOptions) => ChunkReader][] = [
  ["jsonl", createJsonLinesReader],
  ["json", createJsonDocumentReader],
  ["csv", createCsvReader],
];

/** What every item of every reader must be: a record or header, or a known input rule whose message reads in both languages. */
function expectWellFormed(items: readonly InputItem[]): void {
  for (const item of items) {
    expect(item.location.line).toBeGreaterThanOrEqual(0);
    if (item.kind !== "error") continue;
    expect(item.ruleId).toMatch(/^input\./);
    expect(ruleById(item.ruleId)).toBeDefined();
    for (const lang of ["zh", "en"] as const) expect(renderMessage(item, lang)).not.toMatch(/\{[A-Za-z.]+\}/);
  }
}

/** An export in text with a few bytes replaced, cut or repeated. */
const mutatedExport = fc
  .tuple(fc.array(fc.tuple(fc.nat(2000), fc.uint8Array({ minLength: 0, maxLength: 6 })), { maxLength: 6 }), fc.constantFrom("jsonl", "json", "csv"))
  .map(([edits, shape]) => {
    const records = [person(), person({ id: "430100-P-2", name: "欧阳娜娜" })];
    const text =
      shape === "jsonl"
        ? `${records.map((record) => JSON.stringify(record)).join("\n")}\n`
        : shape === "json"
          ? JSON.stringify({ schemaVersion: "1.0", records }, null, 1)
          : 'recordType,id,name\nperson,430100-P-1,"张\n三"\nperson,430100-P-2,李四\n';
    let bytes = new TextEncoder().encode(text);
    for (const [at, insert] of edits) {
      const cut = at % (bytes.length + 1);
      bytes = new Uint8Array([...bytes.subarray(0, cut), ...insert, ...bytes.subarray(cut + insert.length)]);
    }
    return bytes;
  });

describe("the readers on arbitrary input", () => {
  for (const [name, create] of readers) {
    it(`${name}: arbitrary bytes and mutated exports, in any chunking, give well-formed items and never throw`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), mutatedExport), fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 4 }), fc.boolean(), (bytes, chunkSizes, node) => {
          const items = readAll(create, bytes, { chunkSizes, maxDepth: 8, text: node ? nodeText : undefined });
          expectWellFormed(items);
          // The chunking never changes what is read. (A JSON document that stops being text
          // is reported where the chunk that holds the bad bytes starts: not compared.)
          if (name !== "json") expect(readAll(create, bytes, { maxDepth: 8, text: node ? nodeText : undefined })).toEqual(items);
        }),
        { numRuns: runs, seed: 11 },
      );
    });
  }
});
