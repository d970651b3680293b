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

  it("gives back each record's line whether lines step with the records (runs) or not (a line each), across the switch from one to the other", () => {
    // Mostly one line per record (JSON Lines), sometimes a jump (a blank line, a new file), sometimes a record of several lines (JSON).
    const step = fc.oneof({ weight: 3, arbitrary: fc.constant(1) }, fc.integer({ min: 0, max: 40 }));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 1500 }), fc.integer({ min: 1, max: 5 }), (steps, firstLine) => {
        const locations = new RecordLocations();
        const lines: number[] = [];
        let line = firstLine;
        for (const gap of steps) {
          line += gap;
          lines.push(line);
          locations.add({ file: "a.jsonl", line, recordIndex: lines.length - 1 });
        }
        lines.forEach((expected, handle) => {
          expect(locations.get(handle).line).toBe(expected);
        });
      }),
      { numRuns: runs },
    );
  });

  it("keeps the lines of a JSON document (several lines a record) past the point where it stops keeping them as runs", () => {
    const locations = new RecordLocations();
    for (let handle = 0; handle < 2000; handle++) locations.add({ file: "a.json", line: 3 + 7 * handle + (handle % 3), recordIndex: handle, column: 5 });
    for (let handle = 0; handle < 2000; handle++) expect(locations.get(handle)).toEqual({ file: "a.json", line: 3 + 7 * handle + (handle % 3), recordIndex: handle, column: 5 });
  });

  it("appending slices gives what adding record by record gives (lines, columns, runs, validity, files)", () => {
    const slice = fc.record({
      file: fc.constantFrom("a.jsonl", "b.jsonl"),
      restart: fc.boolean(),
      records: fc.array(fc.record({ gap: fc.integer({ min: 1, max: 3 }), column: fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }), invalid: fc.boolean() }), { maxLength: 40 }),
    });
    fc.assert(
      fc.property(fc.array(slice, { maxLength: 12 }), fc.boolean(), (slices, keep) => {
        const direct = new RecordLocations(keep);
        const appended = new RecordLocations(keep);
        const recordIndexes = new Map<string, number>();
        let line = 1;
        for (const { file, restart, records } of slices) {
          if (restart) recordIndexes.set(file, 0);
          const firstRecordIndex = recordIndexes.get(file) ?? 0;
          const lineBase = line;
          const lines = new Uint32Array(records.length);
          const columns = new Uint32Array(records.length);
          const invalid: number[] = [];
          records.forEach(({ gap, column, invalid: bad }, i) => {
            line += gap;
            lines[i] = line - lineBase;
            columns[i] = column ?? 0;
            if (bad) invalid.push(i);
            const location: RecordLocation = { file, line, recordIndex: firstRecordIndex + i };
            if (column !== undefined) location.column = column;
            const handle = direct.add(location);
            if (bad) direct.markInvalid(handle);
          });
          const base = appended.appendSlice(file, firstRecordIndex, lines, lineBase, columns, Uint32Array.from(invalid));
          expect(base).toBe(direct.size - records.length);
          recordIndexes.set(file, firstRecordIndex + records.length);
        }
        expect(appended.size).toBe(direct.size);
        expect(appended.fileCount).toBe(direct.fileCount);
        for (let handle = 0; handle < direct.size; handle++) {
          expect(appended.isInvalid(handle)).toBe(direct.isInvalid(handle));
          if (keep) expect(appended.get(handle)).toEqual(direct.get(handle));
        }
      }),
      { numRuns: runs },
    );
  });
});
