import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PackedJsonList } from "../../src/dataset/packed-json-list.js";

const runs = Number(process.env["CZT_FC_RUNS"] ?? 100);

// Values as the dataset index keeps them: short ids, lists, nested objects, Chinese purposes, now and then one larger than a page.
const value = fc.record(
  {
    fromEnrolmentId: fc.string({ maxLength: 20 }),
    memberIds: fc.array(fc.string({ maxLength: 20 }), { maxLength: 6 }),
    toOutside: fc.boolean(),
    projects: fc.array(fc.record({ code: fc.string(), restricted: fc.boolean(), purposes: fc.array(fc.constantFrom("助学", "医疗救助", "x".repeat(40_000))) }), { maxLength: 3 }),
    other: fc.integer(),
  },
  { requiredKeys: [] },
);

describe("PackedJsonList", () => {
  it("gives back every value, across pages and through exported batches", () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 400 }), (values, repeat) => {
        const keys = ["fromEnrolmentId", "memberIds", "toOutside", "projects"];
        const list = new PackedJsonList<Record<string, unknown>>(keys);
        // A value larger than a page crosses pages by itself: repeating those 400 times only
        // made runs of hundreds of megabytes (a timeout under load), so they repeat at most 3.
        const times = values.some((v) => JSON.stringify(v).length > 40_000) ? Math.min(repeat, 3) : repeat;
        const all = Array.from({ length: values.length * times }, (_, i) => values[i % values.length]!);
        // One comparison per list, not one expect per value: up to 12 000 values a run.
        expect(all.map((v) => list.push(v))).toEqual(all.map((_, i) => i));
        const copy = new PackedJsonList<Record<string, unknown>>(keys);
        copy.push({ other: 1 });
        copy.appendBatch(structuredClone(list.exportBatch()));
        expect(all.map((_, i) => list.get(i))).toEqual(all);
        expect(all.map((_, i) => copy.get(i + 1))).toEqual(all);
        expect(copy.get(0)).toEqual({ other: 1 });
      }),
      { numRuns: Math.max(10, runs / 5) },
    );
    // Up to 12 000 small values a run: seconds on a quiet machine, past a minute on a loaded one.
  }, 240_000);
});
