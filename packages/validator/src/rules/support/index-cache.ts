import type { DatasetIndex } from "../../dataset/dataset-index.js";

/** A memoised view of the index (see `cachedView`). */
export interface CachedView<T> {
  (index: DatasetIndex): T;
  /**
   * Forgets the view of `index`, for the last rule that reads it to call: the rules after
   * it then run without it (at 4 M records the enrolment and assistance periods held 12 MB
   * through the rest of the dataset phase). A later call computes it again.
   */
  release(index: DatasetIndex): void;
}

/**
 * Memoises a derived view of the dataset index (a sorted order, a grouping) that several
 * dataset rules share, recomputed when records were added since.
 */
export function cachedView<T>(compute: (index: DatasetIndex) => T): CachedView<T> {
  const cache = new WeakMap<DatasetIndex, { size: number; value: T }>();
  const view = (index: DatasetIndex): T => {
    const hit = cache.get(index);
    if (hit && hit.size === index.size) return hit.value;
    const value = compute(index);
    cache.set(index, { size: index.size, value });
    return value;
  };
  const release = (index: DatasetIndex): void => {
    cache.delete(index);
  };
  return Object.assign(view, { release });
}
