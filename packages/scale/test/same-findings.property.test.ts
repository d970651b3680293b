import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DatasetEntry, datasetArbitrary, datasetAsOf, generatedParameters, mutationCatalogue, validateEntries } from "@czt/conformance";
import { createValidator, type Finding } from "@czt/validator";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IndexParquetWriter, portedRuleIds, runDatasetRulesSql } from "../src/index.js";

const ported = portedRuleIds();
/** The mutators that break a dataset rule: the ones whose rules have SQL first, the others for company. */
const datasetMutators = mutationCatalogue.filter((mutator) => mutator.ruleId.startsWith("dataset."));

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "czt-scale-property-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** What a finding says, in a canonical order (the two paths list a rule's findings in different orders). */
function comparable(findings: readonly Finding[]): string[] {
  return findings.map((finding) => JSON.stringify([finding.ruleId, finding.severity, finding.file, finding.line, finding.recordIndex, finding.recordId, finding.pointer, finding.message, finding.params])).sort();
}

let run = 0;
/** The in-memory dataset findings of the ported rules, and the DuckDB path's over the index the same session emitted. */
async function bothPaths(entries: readonly DatasetEntry[]): Promise<{ inMemory: Finding[]; duckdb: Finding[] }> {
  const directory = join(scratch, `run-${run++}`);
  const writer = await IndexParquetWriter.open(directory, { memoryLimit: "256MB", threads: 1 });
  const validator = createValidator({ asOf: datasetAsOf, parameters: generatedParameters as never, onDatasetIndex: (rows) => writer.append(rows) });
  const inMemory = validateEntries(validator.createSession(), entries)
    .map(({ finding }) => finding)
    .filter((finding) => ported.has(finding.ruleId));
  const files = await writer.finish();
  const { findings } = await runDatasetRulesSql(files, { limits: { memoryLimit: "256MB", threads: 1 } });
  return { inMemory, duckdb: findings };
}

/** Runs of each property (deeper with CZT_FC_RUNS), and a timeout that grows with them: each run opens DuckDB twice. */
const runs = (fallback: number) => Number(process.env["CZT_FC_RUNS"] ?? fallback);
const seed = Number(process.env["CZT_FC_SEED"] ?? 20_250_630);
const timeoutFor = (count: number) => 60_000 + count * 10_000;

describe("the DuckDB path finds what the in-memory dataset phase finds", () => {
  const dataset = datasetArbitrary({ minStories: 8, maxStories: 12 });
  const breakages = fc.array(fc.tuple(fc.constantFrom(...datasetMutators), fc.nat(1_000)), { minLength: 1, maxLength: 4 });

  it("on generated datasets broken by one to four dataset mutators, the ported rules give identical findings", async () => {
    let withFindings = 0;
    await fc.assert(
      fc.asyncProperty(dataset, breakages, async (entries, steps) => {
        let broken: readonly DatasetEntry[] = entries;
        for (const [mutator, pick] of steps) broken = mutator.mutate(broken, pick)?.entries ?? broken;
        const { inMemory, duckdb } = await bothPaths(broken);
        if (inMemory.length > 0) withFindings++;
        expect(comparable(duckdb)).toEqual(comparable(inMemory));
      }),
      { numRuns: runs(12), seed },
    );
    // The property is only worth something if the broken datasets do break ported rules.
    expect(withFindings).toBeGreaterThan(0);
  }, timeoutFor(runs(12)));

  it.each(datasetMutators.filter((mutator) => ported.has(mutator.ruleId)).map((mutator) => [mutator.ruleId, mutator] as const))("breaking %s: the DuckDB path reports it as the in-memory phase does", async (ruleId, mutator) => {
    await fc.assert(
      fc.asyncProperty(dataset, fc.nat(1_000), async (entries, pick) => {
        const mutation = mutator.mutate(entries, pick);
        fc.pre(mutation !== undefined);
        const { inMemory, duckdb } = await bothPaths(mutation!.entries);
        expect(duckdb.some((finding) => finding.ruleId === ruleId)).toBe(true);
        expect(comparable(duckdb)).toEqual(comparable(inMemory));
      }),
      { numRuns: runs(3), seed },
    );
  }, timeoutFor(runs(3)));
});
