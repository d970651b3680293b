import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { IndexRow } from "@czt/validator";
import { validateFiles } from "@czt/validator/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const examples = join(import.meta.dirname, "..", "..", "..", "examples", "jsonl");
let dir: string;
let file: string;

beforeAll(() => {
  // The example records of the three cities, repeated past the 4 MiB below which one thread reads.
  const lines = readdirSync(examples)
    .flatMap((name) => readFileSync(join(examples, name), "utf8").split("\n"))
    .filter((line) => line.includes('"recordType"') && !line.includes('"recordType":"header"'));
  const block = `${lines.join("\n")}\n`;
  dir = mkdtempSync(join(tmpdir(), "czt-index-rows-"));
  file = join(dir, "export.jsonl");
  writeFileSync(file, block.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(block))));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function indexRows(jobs: number): Promise<IndexRow[]> {
  const rows: IndexRow[] = [];
  await validateFiles([file], {
    jobs,
    asOf: "2026-10-31",
    disableRules: ["dataset."],
    maxFindings: 0,
    onDatasetIndex: (index) => {
      for (let slot = 0; slot < index.size; slot++) rows.push(index.row(slot));
    },
  });
  return rows;
}

describe("the dataset index handed over for --emit-index", () => {
  it("is the same whether worker threads checked the file or not, with dataset rules disabled", async () => {
    const one = await indexRows(1);
    const two = await indexRows(2);
    expect(one.length).toBeGreaterThan(1000);
    expect(two).toEqual(one);
  }, 120_000);
});
