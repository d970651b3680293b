import { copyFileSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateFiles } from "@czt/validator/node";
import { describe, expect, it } from "vitest";
// The built module: its worker threads load dist/node/parallel/worker.js.
import { validateInWorkers } from "../../dist/node/parallel/validate-in-workers.js";
import { splitDatasetRules } from "../../src/dataset-phase.js";
import { datasetRules } from "../../src/rules/index.js";

/** Every dataset rule's failing fixture, a file each (the rule fixtures' as-of date). */
const fixturesDir = join(import.meta.dirname, "..", "fixtures", "rules");
const datasetFixtures = readdirSync(fixturesDir).filter((name) => name.startsWith("dataset.")).sort();
const asOf = "2025-07-01";

/** Each dataset rule's failing fixture as a file of its own in a fresh folder. */
function failingFixtureFiles(): string[] {
  const dir = mkdtempSync(join(tmpdir(), "czt-dataset-threads-"));
  return datasetFixtures.map((rule) => {
    const path = join(dir, `${rule}.jsonl`);
    copyFileSync(join(fixturesDir, rule, "fail.jsonl"), path);
    return path;
  });
}

const stable = (report: Awaited<ReturnType<typeof validateFiles>>) => ({ ...report, summary: { ...report.summary, elapsedMs: 0, recordsPerSecond: 0 } });

describe("the dataset rules on two threads (--jobs 2)", () => {
  it("splits the rules so that each thread runs some and every rule runs once", () => {
    const { here, there } = splitDatasetRules(datasetRules);
    expect(here.length).toBeGreaterThan(0);
    expect(there.length).toBeGreaterThan(0);
    expect([...here, ...there].map((rule) => rule.id).sort()).toEqual(datasetRules.map((rule) => rule.id).sort());
  });

  // The worker runs its share with the main thread's context: the as-of date, lenient references.
  it.each([
    ["the fixtures' as-of date", { asOf }],
    ["a later as-of date", { asOf: "2031-01-01" }],
    ["lenient references", { asOf, lenientReferences: true }],
  ])("reports what one thread reports, rule by rule, with every dataset rule's failing fixture (%s)", async (_, options) => {
    const paths = failingFixtureFiles();
    const one = await validateFiles(paths, { ...options, jobs: 1 });
    const two = await validateInWorkers(paths, 2, { ...options, jobs: 2 }, { sliceBytes: 256, minParallelBytes: 0 });
    // Every dataset rule found something, so the comparison covers the findings of both threads' shares.
    if (options.asOf === asOf) for (const rule of datasetRules) expect(one.summary.byRule[rule.id] ?? 0, rule.id).toBeGreaterThan(0);
    expect(stable(two)).toEqual(stable(one));
    // The order of the summary's rules is the order findings were recorded in: rule order, as on one thread.
    expect(Object.keys(two.summary.byRule)).toEqual(Object.keys(one.summary.byRule));
  });

  it("lists the same first findings under --max-findings", async () => {
    const paths = failingFixtureFiles();
    const capped = { asOf, maxFindings: 7 };
    const one = await validateFiles(paths, { ...capped, jobs: 1 });
    const two = await validateInWorkers(paths, 2, { ...capped, jobs: 2 }, { sliceBytes: 256, minParallelBytes: 0 });
    expect(two.findings).toHaveLength(7);
    expect(stable(two)).toEqual(stable(one));
  });
});
