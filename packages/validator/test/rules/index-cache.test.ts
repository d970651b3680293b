import { describe, expect, it } from "vitest";
import { DatasetIndex } from "../../src/dataset/dataset-index.js";
import { openEnd } from "../../src/dataset/index-entry.js";
import { cachedView } from "../../src/rules/support/index-cache.js";

function person(index: DatasetIndex, n: number): void {
  index.addEntry({ recordType: "person", id: `P${n}`, city: 1, idNumber: `ID${n}`, nameHash: 0, sex: 1, birthDay: 0, deathDay: openEnd }, n);
}

describe("cachedView", () => {
  it("computes a view once per index until records are added or the view is released", () => {
    let computed = 0;
    const sizes = cachedView((index) => {
      computed++;
      return { size: index.size };
    });
    const index = new DatasetIndex();
    person(index, 0);
    const first = sizes(index);
    expect(sizes(index)).toBe(first);
    expect(computed).toBe(1);
    person(index, 1);
    expect(sizes(index)).toEqual({ size: 2 });
    expect(computed).toBe(2);
    const second = sizes(index);
    sizes.release(index);
    const third = sizes(index);
    expect(third).not.toBe(second);
    expect(third).toEqual({ size: 2 });
    expect(computed).toBe(3);
    // Releasing one index's view leaves another's.
    const other = new DatasetIndex();
    const otherView = sizes(other);
    sizes.release(index);
    expect(sizes(other)).toBe(otherView);
  });
});
