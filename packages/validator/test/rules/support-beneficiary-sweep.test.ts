import { describe, expect, it } from "vitest";
import { DatasetIndex } from "../../src/dataset/dataset-index.js";
import { beneficiaryPeriods, Category, categoryOf, sweepBeneficiaries } from "../../src/rules/support/assistance-periods.js";
import { assistance, person } from "../support/records.js";

const idB = "430102198501011236";

function indexOf(records: readonly Record<string, unknown>[]): DatasetIndex {
  const index = new DatasetIndex();
  records.forEach((record, handle) => {
    index.add(record, handle);
  });
  return index;
}

/** An approved case of a programme, in a city, from `approved` to `terminated` (open when absent). */
const aid = (id: string, programme: string, city: string, approved: string, terminated?: string, extra: Record<string, unknown> = {}) =>
  assistance({
    id,
    programme,
    city,
    caseStatus: terminated === undefined ? "active" : "terminated",
    dates: { applied: approved, approved, ...(terminated === undefined ? {} : { terminated }) },
    personId: "P-0",
    ...extra,
  });

/** The (slot, group) rows of beneficiaryPeriods. */
const rows = (index: DatasetIndex) => {
  const { slots, groups } = beneficiaryPeriods(index);
  return Array.from(slots, (slot, i) => [index.idOf(slot), groups[i]!] as const);
};

const pairs = (index: DatasetIndex) => {
  const found: string[] = [];
  sweepBeneficiaries(index, (later, earlier) => found.push(`${index.idOf(later)}>${index.idOf(earlier)}`));
  return found;
};

describe("beneficiaryPeriods: the approved 低保 and 特困 cases per beneficiary", () => {
  it("holds active, suspended and terminated cases with an end, of 低保 and 特困 only", () => {
    const index = indexOf([
      person({ id: "P-0" }),
      aid("A-1", "dibao.urban", "430100", "2024-01-01"),
      aid("A-2", "tekun.dispersed", "430100", "2023-01-01", "2023-12-31"),
      aid("A-3", "dibao.rural", "430100", "2022-01-01", undefined, { caseStatus: "suspended" }),
      aid("A-4", "dibao.urban", "430100", "2021-01-01", undefined, { caseStatus: "terminated" }),
      aid("A-5", "dibao.urban", "430100", "2020-01-01", undefined, { caseStatus: "applied" }),
      aid("A-6", "temporaryAid", "430100", "2020-01-01"),
      aid("A-7", "dibao.marginal", "430100", "2020-01-01"),
    ]);
    expect(rows(index)).toEqual([
      ["A-3", 0],
      ["A-2", 0],
      ["A-1", 0],
    ]);
    expect(categoryOf(index, 1)).toBe(Category.Dibao);
    expect(categoryOf(index, 2)).toBe(Category.Tekun);
    expect(categoryOf(index, 6)).toBe(-1);
  });

  it("pays for the beneficiary and the covered members, each once, else the head; unknown persons get groups of their own", () => {
    const member = (personId: string, covered = true) => ({ personId, covered, relationToHead: "child" });
    const household = (members: readonly Record<string, unknown>[] | undefined, headPersonId: string) => ({
      householdId: "H-1",
      headPersonId,
      size: 3,
      ...(members ? { members } : {}),
    });
    const index = indexOf([
      person({ id: "P-0" }),
      person({ id: "P-1", idNumber: idB }),
      aid("A-2", "dibao.urban", "430100", "2024-01-01", undefined, { household: household([member("P-0"), member("P-1"), member("P-1"), member("X-9", false)], "P-0") }),
      aid("A-3", "dibao.urban", "430100", "2023-01-01", undefined, { personId: undefined, household: household([member("P-1", false)], "P-1") }),
      aid("A-4", "dibao.urban", "430100", "2022-01-01", undefined, { personId: undefined, household: household([member("X-1"), member("X-2"), member("X-1")], "P-0") }),
      aid("A-5", "dibao.urban", "430100", "2021-01-01", undefined, { personId: undefined, household: household(undefined, "X-3") }),
    ]);
    const size = index.size;
    expect(rows(index)).toEqual([
      ["A-2", 0],
      ["A-3", 1],
      ["A-2", 1],
      ["A-4", 2 * size],
      ["A-4", 2 * size + 1],
      ["A-5", 2 * size + 2],
    ]);
  });
});

describe("sweepBeneficiaries", () => {
  it("reports a case that starts while another of the same beneficiary runs, in another programme or city, once per pair", () => {
    const index = indexOf([
      person({ id: "P-0" }),
      aid("A-1", "dibao.urban", "430100", "2024-01-01", "2024-06-30"),
      aid("A-2", "tekun.dispersed", "430100", "2024-06-30"),
      aid("A-3", "dibao.urban", "430200", "2024-07-01", "2024-07-31"),
      aid("A-4", "dibao.urban", "430300", "2025-01-01", "2025-01-31"),
    ]);
    expect(pairs(index)).toEqual(["A-2>A-1", "A-3>A-2", "A-4>A-2"]);
  });

  it("keeps beneficiaries apart, and the furthest-reaching case of each cell", () => {
    const index = indexOf([
      person({ id: "P-0" }),
      person({ id: "P-1", idNumber: idB }),
      aid("A-2", "dibao.urban", "430100", "2024-01-01", "2024-12-31"),
      aid("A-3", "dibao.urban", "430100", "2024-02-01", "2024-02-28"),
      aid("A-4", "tekun.centralised", "430200", "2024-06-01", "2024-06-30", { personId: "P-1" }),
      aid("A-5", "tekun.centralised", "430200", "2024-11-01", "2024-11-30"),
      aid("A-6", "dibao.urban", "430100", "2025-01-01", "2025-12-31", { personId: "P-1" }),
    ]);
    expect(pairs(index)).toEqual(["A-3>A-2", "A-5>A-2"]);
  });

  it("reports a pair once when several members share both cases", () => {
    const members = [
      { personId: "P-0", covered: true, relationToHead: "self" },
      { personId: "P-1", covered: true, relationToHead: "spouse" },
    ];
    const household = { householdId: "H-1", headPersonId: "P-0", size: 2, members };
    const index = indexOf([
      person({ id: "P-0" }),
      person({ id: "P-1", idNumber: idB }),
      aid("A-2", "dibao.urban", "430100", "2024-01-01", undefined, { personId: undefined, household }),
      aid("A-3", "dibao.urban", "430200", "2024-03-01", undefined, { personId: undefined, household }),
    ]);
    expect(pairs(index)).toEqual(["A-3>A-2"]);
  });

  it("reports nothing without cases", () => {
    expect(pairs(indexOf([person()]))).toEqual([]);
  });
});
