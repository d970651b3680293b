import fc from "fast-check";
import { buildStory, storyArbitrary } from "../arbitraries/dataset.js";
import { recordArbitrary } from "../arbitraries/record-arbitraries.js";
import type { CztRecord } from "../records.js";

export type GeneratedType = "record" | "dataset";

export interface GenerateOptions {
  /** `dataset` (default): one consistent dataset across the three cities; `record`: independent records, each valid alone. */
  type?: GeneratedType;
}

/** Values drawn per fast-check sample call: big enough to be quick, small enough to stream. */
const batchSize = 256;

/** A per-batch seed, so batch k of seed s is the same whatever was generated before it. */
function batchSeed(seed: number, batch: number): number {
  return (Math.imul(seed ^ 0x5bd1e995, 31) + Math.imul(batch + 1, 0x9e3779b1)) | 0;
}

/**
 * Streams `count` realistic synthetic records, deterministically from `seed`, without
 * holding them: each batch of stories is drawn, built and yielded before the next one.
 * Dataset mode numbers people across batches, so ids and identity numbers stay unique
 * (up to about 9 million people) and every reference resolves within the output.
 */
export function* generateRecords(count: number, seed: number, options: GenerateOptions = {}): Generator<CztRecord> {
  let produced = 0;
  if (options.type === "record") {
    for (let batch = 0; produced < count; batch++) {
      for (const record of fc.sample(recordArbitrary(), { seed: batchSeed(seed, batch), numRuns: Math.min(batchSize, count - produced) })) {
        yield record;
        produced += 1;
      }
    }
    return;
  }
  let nextPerson = 0;
  for (let batch = 0; produced < count; batch++) {
    for (const story of fc.sample(storyArbitrary(), { seed: batchSeed(seed, batch), numRuns: batchSize })) {
      const built = buildStory(story, nextPerson);
      nextPerson += built.people;
      // Stop at a story boundary only when the count is reached, keeping stories whole where possible.
      for (const record of built.records) {
        if (produced >= count) return;
        yield record;
        produced += 1;
      }
    }
  }
}
