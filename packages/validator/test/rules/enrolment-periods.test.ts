import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DatasetIndex, Kind } from "../../src/dataset/dataset-index.js";
import { type IndexEntry, openEnd } from "../../src/dataset/index-entry.js";
import { schemeCodes, schemeFamily, schemeSupplements } from "../../src/rules/support/code-tables.js";
import { enrolmentPeriods, sweepOverlaps } from "../../src/rules/support/enrolment-periods.js";

const runs = Number(process.env["CZT_FC_RUNS"] ?? 100);

/** Insurance family of a scheme index (1-based), numbered by first appearance in the code list, as the sweep groups them; a supplementary scheme is its own. */
const familyNames = ["", ...schemeCodes.codes.map((code) => (schemeSupplements.has(code) ? code : (schemeFamily.get(code) ?? code)))];
const familyOf = (scheme: number): number => familyNames.indexOf(familyNames[scheme] ?? "");

/** Enrolments of a few persons (two of whom share an identity number) with random schemes, starts and ends. */
const enrolments = fc.array(
  fc.record({
    person: fc.integer({ min: 0, max: 4 }),
    scheme: fc.integer({ min: 1, max: schemeCodes.codes.length }),
    start: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: -800_000, max: 3_000_000 })),
    length: fc.integer({ min: 0, max: 400_000 }),
    open: fc.boolean(),
  }),
  { maxLength: 40 },
);

function indexOf(list: { person: number; scheme: number; start: number; length: number; open: boolean }[]): DatasetIndex {
  const index = new DatasetIndex();
  let handle = 0;
  for (let p = 0; p < 3; p++) {
    const person: IndexEntry = { recordType: "person", id: `P${p}`, city: 1, idNumber: `ID${p % 2}`, nameHash: 0, sex: 1, birthDay: 0, deathDay: openEnd };
    index.addEntry(person, handle++);
  }
  list.forEach((e, i) => {
    const entry: IndexEntry = { recordType: "enrolment", id: `E${i}`, city: 1, personId: `P${e.person}`, scheme: e.scheme, contributionStatus: 1, start: e.start, end: e.open ? openEnd : e.start + e.length, hasEmployer: true };
    index.addEntry(entry, handle++);
  });
  return index;
}

describe("sweepOverlaps", () => {
  it("reports, per enrolment and in scheme order, each scheme of its group still running when it starts", () => {
    fc.assert(
      fc.property(enrolments, (list) => {
        const index = indexOf(list);
        const { order } = enrolmentPeriods(index);
        // The plain sweep: every scheme's furthest end, reset at each new (person group, family).
        const expected: [number, number][] = [];
        const schemes = schemeCodes.codes.length + 1;
        let furthestEnd: number[] = [];
        let furthestSlot: number[] = [];
        order.forEach((slot, i) => {
          const previous = order[i - 1];
          if (previous === undefined || index.personGroupOf(previous) !== index.personGroupOf(slot) || familyOf(index.codeOf(previous)) !== familyOf(index.codeOf(slot))) {
            furthestEnd = Array(schemes).fill(Number.NEGATIVE_INFINITY);
            furthestSlot = Array(schemes).fill(-1);
          }
          for (let scheme = 0; scheme < schemes; scheme++) {
            if (furthestSlot[scheme]! >= 0 && furthestEnd[scheme]! >= index.startOf(slot)) expected.push([slot, furthestSlot[scheme]!]);
          }
          if (index.endOf(slot) > furthestEnd[index.codeOf(slot)]!) {
            furthestEnd[index.codeOf(slot)] = index.endOf(slot);
            furthestSlot[index.codeOf(slot)] = slot;
          }
        });
        const reported: [number, number][] = [];
        sweepOverlaps(index, (later, earlier) => reported.push([later, earlier]));
        expect(reported).toEqual(expected);
      }),
      { numRuns: runs },
    );
  });
});

describe("enrolmentPeriods", () => {
  it("orders enrolments by person group, insurance family and start, ties by input order", () => {
    const enrolment = fc.record({
      person: fc.integer({ min: 0, max: 4 }),
      scheme: fc.integer({ min: 1, max: schemeCodes.codes.length }),
      start: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: -800_000, max: 3_000_000 })),
    });
    fc.assert(
      fc.property(fc.array(enrolment, { maxLength: 40 }), (enrolments) => {
        const index = new DatasetIndex();
        let handle = 0;
        for (let p = 0; p < 3; p++) {
          const person: IndexEntry = { recordType: "person", id: `P${p}`, city: 1, idNumber: `ID${p % 2}`, nameHash: 0, sex: 1, birthDay: 0, deathDay: openEnd };
          index.addEntry(person, handle++);
        }
        enrolments.forEach((e, i) => {
          const entry: IndexEntry = { recordType: "enrolment", id: `E${i}`, city: 1, personId: `P${e.person}`, scheme: e.scheme, contributionStatus: 1, start: e.start, end: e.start + 10, hasEmployer: true };
          index.addEntry(entry, handle++);
        });
        const expected = [...Array(index.size).keys()]
          .filter((slot) => index.kindOf(slot) === Kind.Enrolment && index.personGroupOf(slot) >= 0)
          .sort((a, b) => index.personGroupOf(a) - index.personGroupOf(b) || familyOf(index.codeOf(a)) - familyOf(index.codeOf(b)) || index.startOf(a) - index.startOf(b) || a - b);
        expect([...enrolmentPeriods(index).order]).toEqual(expected);
      }),
      { numRuns: runs },
    );
  });
});
