/**
 * fast-check parameters shared by the property tests: a fixed seed so runs are
 * reproducible, a modest run count by default, deeper runs with `CZT_FC_RUNS=<n>` and a
 * different seed with `CZT_FC_SEED=<n>`.
 */

const defaultSeed = 20261128;
const defaultRuns = 100;

function positiveIntegerFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, got "${raw}"`);
  return value;
}

export const fcParameters = {
  seed: positiveIntegerFromEnv("CZT_FC_SEED") ?? defaultSeed,
  numRuns: positiveIntegerFromEnv("CZT_FC_RUNS") ?? defaultRuns,
};
