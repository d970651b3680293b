import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DatasetIndex, Kind } from "../../src/dataset/dataset-index.js";
import type { IndexEntry } from "../../src/dataset/index-entry.js";

const runs = Number(process.env["CZT_FC_RUNS"] ?? 100);

/** A few ids, so that collisions (repeated ids, shared numbers, dangling references) are common. */
const recordIds = ["P1", "P2", "P3", "E1", "E2", "X9"];
const idNumbers = ["430102199001011234", "430203198505054321", "430302197012120011"];

const entry: fc.Arbitrary<IndexEntry> = fc.oneof(
  fc.record({
    recordType: fc.constant("person" as const),
    id: fc.constantFrom(...recordIds),
    city: fc.constant(1),
    idNumber: fc.option(fc.constantFrom(...idNumbers), { nil: undefined }),
    nameHash: fc.constant(7),
    sex: fc.constant(1),
    birthDay: fc.constant(0),
    deathDay: fc.constant(2_147_483_647),
  }),
  fc.record({
    recordType: fc.constant("enrolment" as const),
    id: fc.constantFrom(...recordIds),
    city: fc.constant(2),
    personId: fc.constantFrom(...recordIds, "unknown-1", "unknown-2"),
    scheme: fc.constant(1),
    contributionStatus: fc.constant(1),
    start: fc.constant(0),
    end: fc.constant(10),
    hasEmployer: fc.constant(true),
  }),
);

/** The person groups as documented on `DatasetIndex.personGroupOf`, computed the slow, obvious way. */
function expectedGroups(entries: readonly IndexEntry[]) {
  const count = entries.length;
  const firstWithId = (id: string) => entries.findIndex((e) => e.id === id);
  const personIdOf = (e: IndexEntry) => (e.recordType === "person" || e.recordType === "organisation" || e.recordType === "donation" ? undefined : e.personId);
  const groupOfPerson = (slot: number): number => {
    const e = entries[slot]!;
    if (e.recordType !== "person" || e.idNumber === undefined) return slot;
    return entries.findIndex((other) => other.recordType === "person" && other.idNumber === e.idNumber);
  };
  const groupById = (personId: string): number => {
    const target = firstWithId(personId);
    if (target >= 0 && entries[target]!.recordType === "person") return groupOfPerson(target);
    const named = entries.findIndex((other) => personIdOf(other) === personId);
    return named < 0 ? -1 : count + named;
  };
  return {
    groups: entries.map((e, slot) => {
      if (e.recordType === "person") return groupOfPerson(slot);
      const personId = personIdOf(e);
      return personId === undefined ? -1 : groupById(personId);
    }),
    targets: entries.map((e) => {
      const personId = personIdOf(e);
      return personId === undefined ? -1 : firstWithId(personId);
    }),
    namesPerson: entries.map((e) => {
      const personId = personIdOf(e);
      return personId !== undefined && entries[firstWithId(personId)]?.recordType === "person";
    }),
    byId: Object.fromEntries([...recordIds, "unknown-1", "unknown-2", "nobody"].map((id) => [id, groupById(id)])),
  };
}

describe("DatasetIndex person groups", () => {
  it("match their definition: persons by identity number, other records through the person their personId names, else by personId", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 14 }), (entries) => {
        const index = new DatasetIndex();
        entries.forEach((e, slot) => {
          index.addEntry(e, slot);
        });
        const expected = expectedGroups(entries);
        expect(entries.map((_, slot) => index.personGroupOf(slot))).toEqual(expected.groups);
        expect(entries.map((_, slot) => index.personTargetOf(slot))).toEqual(expected.targets);
        expect(entries.map((_, slot) => index.namesPerson(slot))).toEqual(expected.namesPerson);
        expect(Object.fromEntries(Object.keys(expected.byId).map((id) => [id, index.personGroupById(id)]))).toEqual(expected.byId);
        expect(entries.filter((_, slot) => index.kindOf(slot) === Kind.Person).length).toBe(entries.filter((e) => e.recordType === "person").length);
      }),
      { numRuns: runs },
    );
  });
});
