import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AsciiColumn } from "../../src/dataset/ascii-column.js";
import { StringSlotTable } from "../../src/dataset/string-slot-table.js";

const runs = Number(process.env["CZT_FC_RUNS"] ?? 100);

describe("AsciiColumn", () => {
  it("gives back what was stored: ASCII packed, other strings aside, absent values", () => {
    const column = new AsciiColumn();
    const values = ["430100-P-000001", undefined, "张三", "", "x".repeat(300), "430100-P-000001"];
    values.forEach((value, slot) => {
      column.set(slot, value);
    });
    values.forEach((value, slot) => {
      expect(column.get(slot)).toBe(value);
      expect(column.has(slot)).toBe(value !== undefined);
    });
    expect(column.equalsSlot(0, column, 5)).toBe(true);
    expect(column.equalsSlot(0, column, 3)).toBe(false);
    expect(column.equalsString(2, "张三")).toBe(true);
  });
});

describe("StringSlotTable", () => {
  it("finds the first slot of every string, like a Map, including collisions and misses", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "1", "-", "é"), maxLength: 4 });
    fc.assert(
      fc.property(fc.array(fc.option(word, { nil: undefined }), { maxLength: 60 }), fc.array(word, { maxLength: 10 }), (values, probes) => {
        const column = new AsciiColumn();
        values.forEach((value, slot) => {
          column.set(slot, value);
        });
        const firsts = new Int32Array(values.length).fill(-2);
        const table = new StringSlotTable(column, values.length, (slot) => slot % 7 !== 3, firsts);
        const expected = new Map<string, number>();
        values.forEach((value, slot) => {
          if (value !== undefined && slot % 7 !== 3 && !expected.has(value)) expected.set(value, slot);
        });
        for (const key of [...values.filter((v): v is string => v !== undefined), ...probes]) expect(table.get(key)).toBe(expected.get(key) ?? -1);
        values.forEach((value, slot) => {
          expect(table.getSlot(column, slot)).toBe(value === undefined ? -1 : (expected.get(value) ?? -1));
          // Each indexed slot learns its first slot; the others are left as they were.
          expect(firsts[slot]).toBe(value === undefined || slot % 7 === 3 ? -2 : expected.get(value));
        });
      }),
      { numRuns: runs },
    );
  });
});
