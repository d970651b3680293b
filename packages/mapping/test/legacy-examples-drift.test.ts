// examples/legacy/ is generated from examples/jsonl by scripts/legacy-examples.ts: it must not drift.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { legacyExports, repositoryRoot } from "../scripts/legacy-examples.js";
import { readXlsxSheets } from "../src/node/index.js";

const fix = "Run: npm run examples:legacy -w @czt/mapping";

/** The cells of every sheet: an XLSX's bytes change with the zip's timestamps, its content must not. */
async function sheetContents(bytes: Uint8Array): Promise<unknown> {
  const path = join(mkdtempSync(join(tmpdir(), "czt-legacy-")), "book.xlsx");
  writeFileSync(path, bytes);
  const sheets: Record<string, unknown[]> = {};
  for await (const sheet of readXlsxSheets(path)) {
    const rows: unknown[] = [];
    for await (const row of sheet.rows) rows.push([row.row, row.cells]);
    sheets[sheet.name] = rows;
  }
  return sheets;
}

describe("examples/legacy", async () => {
  const exports = await legacyExports();
  for (const [folder, legacy] of Object.entries(exports)) {
    it(`${folder} is what the generator makes (${fix})`, async () => {
      const directory = join(repositoryRoot, "examples", "legacy", folder);
      expect(readFileSync(join(directory, "mapping.yaml"), "utf8"), fix).toBe(legacy.mapping);
      expect(readFileSync(join(directory, "expected.jsonl"), "utf8"), fix).toBe(legacy.records.map((record) => `${JSON.stringify(record)}\n`).join(""));
      for (const [name, bytes] of Object.entries(legacy.files)) {
        const committed = new Uint8Array(readFileSync(join(directory, name)));
        if (name.endsWith(".xlsx")) expect(await sheetContents(committed), `${folder}/${name}: ${fix}`).toEqual(await sheetContents(bytes));
        else expect(Buffer.from(committed).equals(Buffer.from(bytes)), `${folder}/${name}: ${fix}`).toBe(true);
      }
      expect(legacy.records.length).toBeGreaterThan(3);
    });
  }
});
