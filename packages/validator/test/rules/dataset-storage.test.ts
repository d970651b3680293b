import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AsciiColumn } from "../../src/dataset/ascii-column.js";
import { DatasetIndex, Kind } from "../../src/dataset/dataset-index.js";
import { StringSlotTable } from "../../src/dataset/string-slot-table.js";
import { fixtureDirs, readRecords } from "./fixture-runner.js";

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

describe("AsciiColumn packing", () => {
  // Ids and identity numbers pack by half bytes, other ASCII characters escaped, the rest
  // kept aside; enough values to fill several chunks of the store, so values straddle them.
  const unit = fc.oneof(fc.constantFrom(..."0123456789-PEAX"), fc.integer({ min: 0, max: 127 }).map((code) => String.fromCharCode(code)), fc.constantFrom("é", "张"));
  const value = fc.oneof(fc.string({ unit, maxLength: 24 }), fc.string({ unit: fc.constantFrom("Z", "0"), minLength: 160, maxLength: 300 }));

  it("gives back every string, equal slots iff equal strings, equal hashes, across chunk boundaries", () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 40 }), (values) => {
        const column = new AsciiColumn();
        // Repeated past 64 KiB of packed bytes.
        const all: string[] = [];
        for (let i = 0; all.length < 6000; i++) all.push(values[i % values.length]! + (i % 3 === 0 ? String(i) : ""));
        all.forEach((v, slot) => {
          column.set(slot, v);
        });
        // One comparison per property rather than one expect per value: 24 000 expects a
        // run took over a minute under the whole suite's load.
        expect(all.map((_, slot) => column.get(slot))).toEqual(all);
        expect(all.filter((v, slot) => !column.equalsString(slot, v) || column.equalsString(slot, `${v}0`))).toEqual([]);
        expect(all.map((_, slot) => column.hashOf(slot))).toEqual(all.map((v) => AsciiColumn.hashValue(v)));
        const pairs = Array.from({ length: 200 }, (_, k) => [(k * 7919) % all.length, (k * 104729 + 13) % all.length] as const);
        expect(pairs.map(([a, b]) => column.equalsSlot(a, column, b))).toEqual(pairs.map(([a, b]) => all[a] === all[b]));
      }),
      { numRuns: Math.max(10, runs / 5) },
    );
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
        const repeats = new Map<number, number>();
        const indexed = values.flatMap((value, slot) => (value !== undefined && slot % 7 !== 3 ? [slot] : []));
        const table = new StringSlotTable(
          column,
          indexed.length,
          values.length,
          (slot) => slot % 7 !== 3,
          (slot, first) => repeats.set(slot, first),
        );
        const expected = new Map<string, number>();
        values.forEach((value, slot) => {
          if (value !== undefined && slot % 7 !== 3 && !expected.has(value)) expected.set(value, slot);
        });
        for (const key of [...values.filter((v): v is string => v !== undefined), ...probes]) expect(table.get(key)).toBe(expected.get(key) ?? -1);
        values.forEach((value, slot) => {
          expect(table.getSlot(column, slot)).toBe(value === undefined ? -1 : (expected.get(value) ?? -1));
          // Each indexed slot that repeats an earlier one learns that first slot; no other slot is reported.
          const first = value === undefined || slot % 7 === 3 ? undefined : expected.get(value);
          expect(repeats.get(slot)).toBe(first === slot ? undefined : first);
        });
      }),
      { numRuns: runs },
    );
  });
});

describe("AsciiColumn batches", () => {
  it("appending exported batches gives the column that setting each value gives", () => {
    const value = fc.option(fc.oneof(fc.string({ unit: fc.constantFrom("a", "7", "-", "é", "张"), maxLength: 6 }), fc.constant("x".repeat(260))), { nil: undefined });
    fc.assert(
      fc.property(fc.array(value, { maxLength: 80 }), fc.array(fc.integer({ min: 0, max: 80 }), { maxLength: 6 }), (values, cuts) => {
        const direct = new AsciiColumn();
        values.forEach((v, slot) => {
          direct.set(slot, v);
        });
        const appended = new AsciiColumn();
        const bounds = [...new Set([0, ...cuts.filter((cut) => cut < values.length), values.length])].sort((a, b) => a - b);
        for (let i = 0; i + 1 < bounds.length; i++) {
          const part = new AsciiColumn();
          values.slice(bounds[i], bounds[i + 1]).forEach((v, slot) => {
            part.set(slot, v);
          });
          appended.appendBatch(structuredClone(part.exportBatch(bounds[i + 1]! - bounds[i]!)), bounds[i]!);
        }
        values.forEach((v, slot) => {
          expect(appended.get(slot)).toBe(v);
          expect(appended.hashOf(slot)).toBe(direct.hashOf(slot));
          if (v !== undefined) expect(appended.equalsString(slot, v)).toBe(true);
          expect(appended.equalsSlot(slot, direct, slot)).toBe(v !== undefined);
        });
        // Setting after a batch keeps packing where the batch ended.
        appended.set(values.length, "after-batch");
        expect(appended.get(values.length)).toBe("after-batch");
      }),
      { numRuns: runs },
    );
  });
});

/** Every record of the dataset rules' fixtures (every record type, households and transfers), and a non-ASCII id. */
function fixtureRecords(): Record<string, unknown>[] {
  const records = fixtureDirs()
    .filter((ruleId) => ruleId.startsWith("dataset."))
    .flatMap((ruleId) => [...readRecords(ruleId, "fail"), ...readRecords(ruleId, "pass")]);
  const first = records[0]!;
  records.push({ ...first, id: `${String(first["id"])}-甲` });
  return records;
}

function snapshot(index: DatasetIndex) {
  return Array.from({ length: index.size }, (_, slot) => ({
    handle: index.handleOf(slot),
    kind: index.kindOf(slot),
    id: index.idOf(slot),
    city: index.cityOf(slot),
    idNumber: index.idNumberOf(slot),
    personId: index.personIdOf(slot),
    code: index.codeOf(slot),
    status: index.statusOf(slot),
    start: index.startOf(slot),
    end: index.endOf(slot),
    nameHash: index.nameHashOf(slot),
    benefit: index.benefitPerMemberOf(slot),
    income: index.perCapitaIncomeOf(slot),
    extras: index.extrasOf(slot),
    hasEmployer: index.hasEmployer(slot),
    paidMonths: Array.from({ length: index.monthRangeCountOf(slot) }, (_, i) => [index.monthRangeFirstOf(slot, i), index.monthRangeLastOf(slot, i)]),
    paidMonthsKnown: index.paidMonthsKnown(slot),
    treatmentDivision: index.treatmentDivisionOf(slot),
    insuredDivision: index.insuredDivisionOf(slot),
    firstWithSameId: index.firstWithSameId(slot),
    personGroup: index.personGroupOf(slot),
    personTarget: index.personTargetOf(slot),
    deathDay: index.deathDayOf(slot),
    latestPaidMonth: index.latestPaidMonthOf(slot),
    latestPaidLine: index.latestPaidLineOf(slot),
    organisationId: index.organisationIdOf(slot),
    organisationTarget: index.organisationTargetOf(slot),
    projectCode: index.projectCodeOf(slot),
    restricted: index.isRestricted(slot),
    capacity: index.capacityOf(slot),
  }));
}

describe("DatasetIndex batches", () => {
  it("appending exported batches (handles shifted) gives the index that adding each record gives", () => {
    const records = fixtureRecords();
    // Handles with gaps, as when invalid records are left out of the index.
    const handleOf = (i: number) => i * 3 + (i % 2);
    const direct = new DatasetIndex();
    records.forEach((record, i) => {
      direct.add(record, handleOf(i));
    });
    expect(new Set(snapshot(direct).map((slot) => slot.kind)).size).toBe(Object.keys(Kind).length);
    // Enrolments whose paid months are all known, and some whose ranges leave a year of unknown months out.
    expect(snapshot(direct).some((slot) => slot.paidMonthsKnown)).toBe(true);
    expect(snapshot(direct).some((slot) => slot.paidMonths.length > 0 && !slot.paidMonthsKnown)).toBe(true);
    // Handles with gaps find their slots back; a handle of no slot (a record left out) finds none.
    records.forEach((_, i) => {
      expect(direct.slotOfHandle(handleOf(i))).toBe(i);
      expect(direct.slotOfHandle(handleOf(i) + 1)).toBe(-1);
    });
    expect(direct.slotOfHandle(-1)).toBe(-1);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: records.length }), { maxLength: 8 }), (cuts) => {
        const appended = new DatasetIndex();
        const bounds = [...new Set([0, ...cuts, records.length])].sort((a, b) => a - b);
        for (let b = 0; b + 1 < bounds.length; b++) {
          const handleBase = handleOf(bounds[b]!);
          const part = new DatasetIndex();
          for (let i = bounds[b]!; i < bounds[b + 1]!; i++) part.add(records[i]!, handleOf(i) - handleBase);
          appended.appendBatch(structuredClone(part.exportBatch()), handleBase);
        }
        expect(snapshot(appended)).toEqual(snapshot(direct));
        expect(appended.slotById(String(records.at(-1)!["id"]))).toBe(direct.slotById(String(records.at(-1)!["id"])));
      }),
      { numRuns: Math.min(runs, 30) },
    );
  });
});

describe("DatasetIndex.fromBatch", () => {
  it("takes over an exported index: the same rows, lookups and agencies, past a chunk of packed ids", () => {
    const fixtures = fixtureRecords();
    // Enough records (ids made distinct) that the packed ids fill more than one 64 KiB chunk of the store.
    const records = Array.from({ length: 12_000 }, (_, i) => {
      const record = fixtures[i % fixtures.length]!;
      return i < fixtures.length ? record : { ...record, id: `${String(record["id"])}-${i}` };
    });
    const direct = new DatasetIndex();
    records.forEach((record, i) => {
      direct.add(record, i * 2);
    });
    const taken = DatasetIndex.fromBatch(structuredClone(direct.exportBatch()));
    expect(taken.size).toBe(direct.size);
    expect(snapshot(taken)).toEqual(snapshot(direct));
    expect(taken.agencyUses()).toEqual(direct.agencyUses());
    for (const record of [records[0]!, records.at(-1)!]) expect(taken.slotById(String(record["id"]))).toBe(direct.slotById(String(record["id"])));
    expect(DatasetIndex.fromBatch(new DatasetIndex().exportBatch()).size).toBe(0);
  });
});
