import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortByKey, sortByPackedKey } from "../../src/rules/support/packed-key-sort.js";

const runs = Number(process.env["CZT_FC_RUNS"] ?? 100);

function sorted(keys: readonly number[], keyLimit: number): { done: boolean; visits: [number, number][] } {
  const visits: [number, number][] = [];
  const done = sortByPackedKey(keys.length, keyLimit, (position) => keys[position]!, (rank, position) => visits.push([rank, position]));
  return { done, visits };
}

describe("sortByPackedKey", () => {
  it("visits the positions by key, ties by position, for keys of up to 53 bits", () => {
    // Key sizes from a few values (many ties) to 2^53 (the key's high bits cross the low half).
    const limits = fc.constantFrom(1, 2, 3, 1000, 2 ** 31, 2 ** 32 + 5, 2 ** 40, 2 ** 53);
    fc.assert(
      fc.property(
        limits.chain((limit) => fc.tuple(fc.constant(limit), fc.array(fc.integer({ min: 0, max: Math.min(limit - 1, Number.MAX_SAFE_INTEGER) }), { maxLength: 300 }))),
        ([limit, keys]) => {
          const expected = keys.map((_, position) => position).sort((a, b) => keys[a]! - keys[b]! || a - b);
          const { done, visits } = sorted(keys, limit);
          expect(done).toBe(true);
          expect(visits).toEqual(expected.map((position, rank) => [rank, position]));
        },
      ),
      { numRuns: runs },
    );
  });

  it("sorts keys that use every bit beside the positions' (a key's top bit and a position's bottom one)", () => {
    const keys = [2 ** 53 - 1, 0, 2 ** 53 - 1, 2 ** 32, 2 ** 32 - 1, 1];
    // 6 positions take 3 bits: keys below 2^61 fit.
    expect(sorted(keys, 2 ** 53).visits.map(([, position]) => position)).toEqual([1, 5, 4, 3, 0, 2]);
  });

  it("declines, visiting nothing, when a key and a position need more than 64 bits together", () => {
    // 2^53 keys take 53 bits; 4097 positions take 13: 66 bits.
    const keys = Array.from({ length: 4097 }, (_, i) => 4096 - i);
    expect(sorted(keys, 2 ** 53)).toEqual({ done: false, visits: [] });
    // 2^51 keys and 4096 positions (12 bits): 63 bits.
    expect(sorted(keys.slice(1), 2 ** 51).done).toBe(true);
  });

  it("declines, visiting nothing, when a key is outside [0, keyLimit)", () => {
    expect(sorted([3, 1, -1], 10)).toEqual({ done: false, visits: [] });
    expect(sorted([3, 10, 1], 10)).toEqual({ done: false, visits: [] });
    expect(sorted([3, 9, 1], 10).done).toBe(true);
  });

  it("sorts nothing and one position", () => {
    expect(sorted([], 1)).toEqual({ done: true, visits: [] });
    expect(sorted([0], 1)).toEqual({ done: true, visits: [[0, 0]] });
  });
});

describe("sortByKey", () => {
  const byKey = (keys: readonly number[], keyLimit: number) => {
    const visits: [number, number][] = [];
    const done = sortByKey(keys.length, keyLimit, (position) => keys[position]!, (rank, position) => visits.push([rank, position]));
    return { done, visits };
  };
  const expectedVisits = (keys: readonly number[]) =>
    keys
      .map((_, position) => position)
      .sort((a, b) => keys[a]! - keys[b]! || a - b)
      .map((position, rank) => [rank, position]);

  it("sorts by key, ties by position, where keys and positions need more than 64 bits (the comparator path)", () => {
    // 4097 positions take 13 bits beside 2^53 keys: the packed sort declines, sortByKey still sorts.
    const keys = Array.from({ length: 4097 }, (_, i) => (i % 7 === 0 ? 2 ** 53 - 1 - (i % 3) : (i * 2654435761) % 2 ** 40));
    expect(sorted(keys, 2 ** 53).done).toBe(false);
    expect(byKey(keys, 2 ** 53)).toEqual({ done: true, visits: expectedVisits(keys) });
  });

  it("sorts packed keys the same way", () => {
    const keys = [5, 3, 5, 0, 3];
    expect(byKey(keys, 6)).toEqual({ done: true, visits: expectedVisits(keys) });
  });

  it("declines, visiting nothing, when keys could be inexact (a limit above 2^53)", () => {
    expect(byKey([3, 1, 2], 2 ** 53 + 2)).toEqual({ done: false, visits: [] });
  });
});
