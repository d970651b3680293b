import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DatasetIndex } from "../../src/dataset/dataset-index.js";
import { type IndexEntry, openEnd } from "../../src/dataset/index-entry.js";
import { beneficiaryPeriods } from "../../src/rules/support/assistance-periods.js";
import { caseStatusCodes, programmeCodes } from "../../src/rules/support/code-tables.js";

const runs = Number(process.env["CZT_FC_RUNS"] ?? 100);

const programme = (code: string) => programmeCodes.index.get(code)!;
const personIds = ["P0", "P1", "P2", "nobody-1", "nobody-2"];

/** 低保 and 特困 cases of a few persons (two share an identity number), some naming unknown persons, with households. */
const cases = fc.array(
  fc.record({
    personId: fc.option(fc.constantFrom(...personIds), { nil: undefined }),
    members: fc.option(fc.array(fc.constantFrom(...personIds), { maxLength: 3 }), { nil: undefined }),
    programme: fc.constantFrom("dibao.urban", "dibao.rural", "tekun.centralised", "tekun.dispersed"),
    status: fc.constantFrom("active", "suspended", "terminated"),
    start: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: -800_000, max: 3_000_000 })),
    city: fc.integer({ min: 1, max: 3 }),
  }),
  { maxLength: 30 },
);

describe("beneficiaryPeriods", () => {
  it("lays the cases out per beneficiary group, each group's cases by start, then by slot", () => {
    fc.assert(
      fc.property(cases, (list) => {
        const index = new DatasetIndex();
        let handle = 0;
        for (let p = 0; p < 3; p++) index.addEntry({ recordType: "person", id: `P${p}`, city: 1, idNumber: `ID${p % 2}`, nameHash: 0, sex: 1, birthDay: 0, deathDay: openEnd }, handle++);
        list.forEach((c, i) => {
          const entry: IndexEntry = {
            recordType: "assistance",
            id: `A${i}`,
            city: c.city,
            personId: c.personId,
            headPersonId: c.members?.[0],
            memberIds: c.members,
            uncoveredMembers: undefined,
            programme: programme(c.programme),
            caseStatus: caseStatusCodes.index.get(c.status)!,
            start: c.start,
            end: c.status === "terminated" ? c.start + 30 : openEnd,
            benefitPerMember: 100,
            perCapitaIncome: 0,
            tier: 0,
            latestPaidMonth: -1,
            latestPaidLine: -1,
          };
          index.addEntry(entry, handle++);
        });
        const { slots, groups } = beneficiaryPeriods(index);
        const rows = Array.from(slots, (slot, i) => ({ slot, group: groups[i]!, start: index.startOf(slot) }));
        const sorted = [...rows].sort((a, b) => a.group - b.group || a.start - b.start || a.slot - b.slot);
        expect(rows).toEqual(sorted);
        // Every case with a beneficiary has at least one row; no (case, group) pair twice.
        const pairs = rows.map((row) => `${row.slot}:${row.group}`);
        expect(new Set(pairs).size).toBe(pairs.length);
        list.forEach((c, i) => {
          if (c.personId !== undefined || (c.members?.length ?? 0) > 0) expect(rows.some((row) => row.slot === 3 + i)).toBe(true);
        });
      }),
      { numRuns: runs },
    );
  });
});
