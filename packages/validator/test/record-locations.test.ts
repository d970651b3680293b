import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RecordLocations } from "../src/record-locations.js";
import type { RecordLocation } from "../src/rule.js";

const runs = Number(process.env["CZT_FC_RUNS"] ?? 100);

describe("RecordLocations", () => {
  it("gives back each record's file, line, record index and column, however files and numbering change", () => {
    const step = fc.record({
      file: fc.constantFrom("a.jsonl", "b.json", "c.csv"),
      line: fc.integer({ min: 1, max: 1_000_000 }),
      jump: fc.oneof(fc.constant(1), fc.integer({ min: -3, max: 5 })),
      column: fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 200 }), (steps) => {
        const locations = new RecordLocations();
        const added: RecordLocation[] = [];
        let recordIndex = 0;
        for (const { file, line, jump, column } of steps) {
          recordIndex = Math.max(0, recordIndex + jump);
          const location: RecordLocation = { file, line, recordIndex };
          if (column !== undefined) location.column = column;
          expect(locations.add(location)).toBe(added.length);
          added.push(location);
        }
        added.forEach((location, handle) => {
          expect(locations.get(handle)).toEqual(location);
        });
        expect(locations.fileCount).toBe(new Set(added.map((location) => location.file)).size);
      }),
      { numRuns: runs },
    );
  });
});
