import type { DatasetIndex } from "../../dataset/dataset-index.js";
import { cachedView } from "./index-cache.js";

/**
 * The person slots that repeat an earlier one's identity number, by the first slot with
 * that number, in input order. Built from the index's person groups, no sorting; only
 * repeated numbers cost memory (two arrays of one entry per slot did before).
 */
const repeatedIdNumbers = cachedView((index: DatasetIndex): ReadonlyMap<number, readonly number[]> => {
  const later = new Map<number, number[]>();
  for (let slot = 0; slot < index.size; slot++) {
    if (!index.hasIdNumber(slot)) continue;
    const first = index.personGroupOf(slot);
    if (first === slot) continue;
    const members = later.get(first);
    if (members) members.push(slot);
    else later.set(first, [slot]);
  }
  return later;
});

/** Calls `visit` with each set of person slots sharing an identity number (two or more), in input order, ordered by their first slot. */
export function forEachIdNumberGroup(index: DatasetIndex, visit: (group: readonly number[]) => void): void {
  const later = repeatedIdNumbers(index);
  const firsts = Int32Array.from(later.keys()).sort();
  for (const first of firsts) visit([first, ...later.get(first)!]);
}
