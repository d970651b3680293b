import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadVectors } from "../src/harness.js";

export const repositoryRoot = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..");
export const vectorsDirectory = join(repositoryRoot, "conformance", "vectors");
export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export const allVectors = loadVectors(vectorsDirectory);

/** Property-test settings: a fixed seed and modest runs, deeper with CZT_FC_RUNS, replayable with CZT_FC_SEED. */
export function propertySettings(defaultRuns: number) {
  const runs = Number(process.env["CZT_FC_RUNS"] ?? defaultRuns);
  const seed = Number(process.env["CZT_FC_SEED"] ?? 20_250_630);
  return { numRuns: runs, seed };
}
