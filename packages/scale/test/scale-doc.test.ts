import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { datasetRules, type IndexColumn, indexColumns, itemTables, portedRuleIds } from "../src/index.js";

const doc = readFileSync(join(import.meta.dirname, "..", "..", "..", "docs", "scale.md"), "utf8");
const fix = "update docs/scale.md from packages/scale/src/index-columns.ts and packages/scale/sql/";

function tableRows(columns: readonly IndexColumn[]): string {
  return columns.map((column) => `| \`${column.name}\` | ${column.type} | ${column.description} |`).join("\n");
}

/** The bullet list of rule ids under a heading line (up to the next blank line after it). */
function listAfter(lead: string): string[] {
  const start = doc.indexOf(lead);
  expect(start, `docs/scale.md has no "${lead}"`).toBeGreaterThanOrEqual(0);
  const rest = doc.slice(start + lead.length).replace(/^[^\n]*\n+/, "");
  return rest.split("\n\n")[0]!.split("\n").map((line) => /^- `([^`]+)`$/.exec(line)?.[1] ?? `(not a rule line: ${line})`);
}

describe("docs/scale.md", () => {
  it("lists the columns of every Parquet file as the writer writes them", () => {
    expect(doc.includes(tableRows(indexColumns)), fix).toBe(true);
    for (const item of itemTables) {
      expect(doc.includes(`\`<input>${item.suffix}\` (\`${item.table}\`)`), `${fix} (${item.table})`).toBe(true);
      expect(doc.includes(tableRows(item.columns)), `${fix} (${item.table})`).toBe(true);
    }
  });

  it("lists every dataset rule, in the catalogue's order, and every one has its SQL", () => {
    const ported = portedRuleIds();
    expect(listAfter("Every dataset rule, in the catalogue's order"), fix).toEqual(datasetRules.map((rule) => rule.id));
    // A dataset rule without SQL would not run on the DuckDB path: write packages/scale/sql/<rule id>.sql.
    expect(datasetRules.filter((rule) => !ported.has(rule.id)).map((rule) => rule.id)).toEqual([]);
  });
});
