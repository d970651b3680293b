import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { readInputs } from "@czt/validator/node";
import { afterAll, describe, expect, it } from "vitest";
import { type CztRecord, csvChunks, datasetArbitrary, exportHeader, jsonLinesChunks, jsonPackageChunks } from "../src/index.js";
import { propertySettings } from "./support.js";

const directory = mkdtempSync(join(tmpdir(), "czt-round-trip-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function readBack(name: string, chunks: Iterable<string>): Promise<unknown[]> {
  const file = join(directory, name);
  writeFileSync(file, [...chunks].join(""));
  const records: unknown[] = [];
  for await (const item of readInputs([file])) {
    if (item.kind === "error") throw new Error(`${item.ruleId} at line ${item.location.line}: ${JSON.stringify(item.params)}`);
    if (item.kind === "record") records.push(item.value);
  }
  return records;
}

const header = exportHeader("2025-06-30T12:00:00+08:00");

describe("JSON, JSON Lines and CSV round-trip losslessly through the validator's readers", () => {
  it.each([
    ["JSON package", "export.json", (records: CztRecord[]) => jsonPackageChunks(records, header)],
    ["JSON Lines", "export.jsonl", (records: CztRecord[]) => jsonLinesChunks(records, header)],
    ["CSV", "export.csv", (records: CztRecord[]) => csvChunks(records)],
  ] as const)("%s", async (_format, name, write) => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary({ maxStories: 5 }), async (entries) => {
        const records = entries.map((entry) => entry.record);
        expect(await readBack(name, write(records))).toEqual(records);
      }),
      propertySettings(15),
    );
  });

  it("quotes CSV cells with commas, quotes and line breaks", async () => {
    const person = fc.sample(datasetArbitrary({ minStories: 1, maxStories: 1 }), { seed: 3, numRuns: 1 })[0]![0]!.record;
    const tricky = { ...person, meta: { ...person.meta, sourceSystem: 'say "hi", then\nbreak' } } as CztRecord;
    expect(await readBack("tricky.csv", csvChunks([tricky]))).toEqual([tricky]);
  });

  it("refuses to write a record with a field the CSV header has no column for", () => {
    const person = fc.sample(datasetArbitrary({ minStories: 1, maxStories: 1 }), { seed: 3, numRuns: 1 })[0]![0]!.record;
    expect(() => [...csvChunks([{ ...person, deathDate: "2020-01-01" } as CztRecord], ["recordType", "id"])]).toThrow(/no CSV column for field meta\.lastUpdated/);
  });
});
