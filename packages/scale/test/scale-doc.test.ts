import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { datasetRules, type IndexColumn, indexColumns, portedRuleIds, referenceColumns } from "../src/index.js";

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
  it("lists the columns of both Parquet files as the writer writes them", () => {
    expect(doc.includes(tableRows(indexColumns)), fix).toBe(true);
    expect(doc.includes(tableRows(referenceColumns)), fix).toBe(true);
  });

  it("lists the rules that have SQL and the ones that do not, in the catalogue's order", () => {
    const ported = portedRuleIds();
    expect(listAfter("Ported, in the catalogue's order"), fix).toEqual(datasetRules.filter((rule) => ported.has(rule.id)).map((rule) => rule.id));
    expect(listAfter("Not yet ported"), fix).toEqual(datasetRules.filter((rule) => !ported.has(rule.id)).map((rule) => rule.id));
  });
});
