import type { DatasetIndex } from "../../dataset/dataset-index.js";
import { cachedView } from "./index-cache.js";

/**
 * Person slots linked by identity number: `next[slot]` is the next person slot (in input
 * order) with the same number, or -1. Built from the index's person groups, no sorting.
 */
const idNumberLinks = cachedView((index: DatasetIndex): { next: Int32Array } => {
  const next = new Int32Array(index.size).fill(-1);
  const last = new Int32Array(index.size).fill(-1);
  for (let slot = 0; slot < index.size; slot++) {
    if (!index.hasIdNumber(slot)) continue;
    const head = index.personGroupOf(slot);
    if (head !== slot) next[last[head]!] = slot;
    last[head] = slot;
  }
  // `last` is scratch: only `next` is kept with the index.
  return { next };
});

/** Calls `visit` with each set of person slots sharing an identity number (two or more), in input order. */
export function forEachIdNumberGroup(index: DatasetIndex, visit: (group: readonly number[]) => void): void {
  const { next } = idNumberLinks(index);
  for (let slot = 0; slot < index.size; slot++) {
    if (!index.hasIdNumber(slot) || index.personGroupOf(slot) !== slot || next[slot]! < 0) continue;
    const group: number[] = [];
    for (let member = slot; member >= 0; member = next[member]!) group.push(member);
    visit(group);
  }
}
