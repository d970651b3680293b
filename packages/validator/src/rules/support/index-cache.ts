import type { DatasetIndex } from "../../dataset/dataset-index.js";

/**
 * Memoises a derived view of the dataset index (a sorted order, a grouping) that several
 * dataset rules share, recomputed when records were added since.
 */
export function cachedView<T>(compute: (index: DatasetIndex) => T): (index: DatasetIndex) => T {
  const cache = new WeakMap<DatasetIndex, { size: number; value: T }>();
  return (index) => {
    const hit = cache.get(index);
    if (hit && hit.size === index.size) return hit.value;
    const value = compute(index);
    cache.set(index, { size: index.size, value });
    return value;
  };
}
