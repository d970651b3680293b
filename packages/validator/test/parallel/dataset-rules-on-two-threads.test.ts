import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateFiles } from "@czt/validator/node";
import { describe, expect, it } from "vitest";
// The built module: its worker threads load dist/node/parallel/worker.js.
import { validateInWorkers } from "../../dist/node/parallel/validate-in-workers.js";
import { DatasetIndex } from "../../src/dataset/dataset-index.js";
import { collectDatasetFindingsFrom, contextOf, settingsOf } from "../../src/dataset-phase.js";
import { runDatasetShare } from "../../src/node/parallel/dataset-share.js";
import { withDefaultParameters } from "../../src/parameter-defaults/index.js";
import { noParameters } from "../../src/parameters.js";
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
  it("shares the rules out through one counter: each runs once, and together the shares hold every rule's findings", () => {
    const index = new DatasetIndex();
    let handle = 0;
    for (const rule of datasetFixtures) for (const line of readFileSync(join(fixturesDir, rule, "fail.jsonl"), "utf8").split("\n")) if (line.trim() !== "") index.add(JSON.parse(line), handle++);
    const context = { asOf, schemaVersion: "1.1", parameters: withDefaultParameters(noParameters) };
    let counter = 0;
    const all = collectDatasetFindingsFrom(index, datasetRules, context, () => counter++);
    expect([...all.keys()]).toEqual(datasetRules.map((rule) => rule.id));
    // Two threads sharing the counter: the first stops after five rules (as if slower), the second takes the rest.
    counter = 0;
    let quota = 5;
    const first = collectDatasetFindingsFrom(index, datasetRules, context, () => (quota-- > 0 ? counter++ : datasetRules.length));
    const second = collectDatasetFindingsFrom(index, datasetRules, context, () => counter++);
    expect([...first.keys()]).toEqual(datasetRules.slice(0, 5).map((rule) => rule.id));
    expect(first.size + second.size).toBe(datasetRules.length);
    expect(new Map([...first, ...second])).toEqual(all);
    expect([...all.values()].some((found) => found.length > 0)).toBe(true);
  });

  it("runs a worker's share with the main thread's context: its as-of date, version and lenient references", () => {
    const fixtures = ["dataset.assisted-without-medical-enrolment", "dataset.unresolved-reference"];
    const index = new DatasetIndex();
    let handle = 0;
    for (const rule of fixtures) for (const line of readFileSync(join(fixturesDir, rule, "fail.jsonl"), "utf8").split("\n")) if (line.trim() !== "") index.add(JSON.parse(line), handle++);
    const parameters = withDefaultParameters(noParameters);
    const share = (context: Parameters<typeof settingsOf>[0]) =>
      runDatasetShare({ type: "dataset", index: structuredClone(index.exportBatch()), ruleIds: datasetRules.map((rule) => rule.id), next: new Int32Array(new SharedArrayBuffer(4)), settings: settingsOf(context) }, {}).findings;
    const onThisThread = (context: Parameters<typeof settingsOf>[0]) => collectDatasetFindingsFrom(index, datasetRules, context, ((next) => () => next++)(0));
    const contexts = [
      { asOf, schemaVersion: "1.1", parameters },
      // Before the cases began: no case was active yet, so none lacks its medical enrolment.
      { asOf: "2000-01-01", schemaVersion: "1.1", parameters },
      { asOf, schemaVersion: "1.1", parameters, lenientReferences: true },
    ];
    const found = contexts.map((context) => share(context));
    expect(found).toEqual(contexts.map((context) => onThisThread(context)));
    // The contexts make a difference, so the worker cannot have ignored them.
    expect(found[0]!.get("dataset.assisted-without-medical-enrolment")!.length).toBeGreaterThan(found[1]!.get("dataset.assisted-without-medical-enrolment")!.length);
    expect(found[2]!.get("dataset.unresolved-reference")!.map((finding) => finding.severity)).not.toEqual(found[0]!.get("dataset.unresolved-reference")!.map((finding) => finding.severity));
    expect(contextOf(settingsOf(contexts[2]!), parameters)).toEqual(contexts[2]);
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
