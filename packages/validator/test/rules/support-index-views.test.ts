import { describe, expect, it } from "vitest";
import { DatasetIndex } from "../../src/dataset/dataset-index.js";
import { openEnd } from "../../src/dataset/index-entry.js";
import { benefitsByPerson, isContributing, periodsOverlap } from "../../src/rules/support/benefit-periods.js";
import { organisationSlot, projectOf } from "../../src/rules/support/charity-projects.js";
import { deathDayUnknown } from "../../src/rules/support/death-day.js";
import { cachedView } from "../../src/rules/support/index-cache.js";
import { dayNumber } from "../../src/rules/support/iso-date.js";
import { forEachIdNumberGroup } from "../../src/rules/support/person-groups.js";
import { deathDateText, deathOfGroup, deathOfPersonReferredBy, goesOnAfterDeath, lastBeneficiaryDeath } from "../../src/rules/support/recorded-deaths.js";
import { assistance, person } from "../support/records.js";

const idA = "430102199003071234";
const idB = "430102198501011236";

function indexOf(records: readonly Record<string, unknown>[]): DatasetIndex {
  const index = new DatasetIndex();
  records.forEach((record, handle) => {
    index.add(record, handle);
  });
  return index;
}

const benefit = (id: string, personId: string, benefitType: string, start: string, extra: Record<string, unknown> = {}) => ({
  recordType: "benefit",
  id,
  personId,
  city: "430100",
  benefitType,
  status: "inPayment",
  frequency: "monthly",
  period: { start },
  ...extra,
});
const enrolment = (id: string, personId: string, contributionStatus: string, start: string, end?: string) => ({
  recordType: "enrolment",
  id,
  personId,
  scheme: "pension.employee",
  city: "430100",
  contributionStatus,
  period: end === undefined ? { start } : { start, end },
});

describe("cachedView", () => {
  it("computes once per index and again after records were added", () => {
    let computed = 0;
    const sizeSeen = cachedView((index) => {
      computed++;
      return index.size;
    });
    const index = indexOf([person()]);
    expect(sizeSeen(index)).toBe(1);
    expect(sizeSeen(index)).toBe(1);
    expect(computed).toBe(1);
    index.add(person({ id: "430100-P-000002", idNumber: idB }), 1);
    expect(sizeSeen(index)).toBe(2);
    expect(computed).toBe(2);
    expect(sizeSeen(indexOf([person()]))).toBe(1);
    expect(computed).toBe(3);
  });
});

describe("forEachIdNumberGroup", () => {
  it("visits each identity number held by two or more persons, in input order, ordered by first slot", () => {
    const index = indexOf([
      person({ id: "P-0", idNumber: idB }),
      person({ id: "P-1", idNumber: idA }),
      person({ id: "P-2" }),
      person({ id: "P-3", idNumber: idB }),
      person({ id: "P-4", idNumber: undefined }),
      person({ id: "P-5", idNumber: undefined }),
      person({ id: "P-6", idNumber: idA }),
      person({ id: "P-7", idNumber: idB }),
      person({ id: "P-8", idNumber: "430102200001011238" }),
    ]);
    const groups: number[][] = [];
    forEachIdNumberGroup(index, (group) => groups.push([...group]));
    expect(groups).toEqual([
      [0, 3, 7],
      [1, 2, 6],
    ]);
  });

  it("visits nothing when every number is held once", () => {
    const groups: unknown[] = [];
    forEachIdNumberGroup(indexOf([person(), person({ id: "P-1", idNumber: idB })]), (group) => groups.push(group));
    expect(groups).toEqual([]);
  });
});

describe("recorded deaths", () => {
  it("take the earliest death any record of the person gives, the first record on a tie", () => {
    const index = indexOf([
      person({ id: "P-0", vitalStatus: { status: "deceased", date: "2025-03-02" } }),
      person({ id: "P-1", idNumber: idA, deathDate: "2025-03-01" }),
      person({ id: "P-2", idNumber: idA, deathDate: "2025-03-01" }),
      person({ id: "P-3", idNumber: idB }),
      assistance({ personId: "P-0" }),
      assistance({ id: "A-2", personId: "P-3" }),
      assistance({ id: "A-3", personId: "nobody" }),
      assistance({ id: "A-4", personId: undefined }),
    ]);
    expect(deathOfGroup(index, index.personGroupOf(0))).toEqual({ day: dayNumber("2025-03-01"), slot: 1 });
    expect(deathOfPersonReferredBy(index, 4)).toEqual({ day: dayNumber("2025-03-01"), slot: 1 });
    expect(deathOfPersonReferredBy(index, 5)).toBeUndefined();
    expect(deathOfPersonReferredBy(index, 6)).toBeUndefined();
    expect(deathOfPersonReferredBy(index, 7)).toBeUndefined();
    expect(deathOfGroup(index, -1)).toBeUndefined();
    expect(deathOfGroup(index, index.size)).toBeUndefined();
  });

  it("keep a death without a date, but a dated death of the same person first", () => {
    const index = indexOf([person({ id: "P-0", vitalStatus: { status: "deceased" } }), person({ id: "P-1", deathDate: "2025-03-01" })]);
    expect(deathOfGroup(index, 0)).toEqual({ day: dayNumber("2025-03-01"), slot: 1 });
    const unknown = indexOf([person({ id: "P-0", vitalStatus: { status: "deceased" } })]);
    expect(deathOfGroup(unknown, 0)).toEqual({ day: deathDayUnknown, slot: 0 });
  });

  it("print a death day, or a dash when none is known", () => {
    expect(deathDateText(dayNumber("2025-03-01"))).toBe("2025-03-01");
    expect(deathDateText(deathDayUnknown)).toBe("—");
  });

  describe("lastBeneficiaryDeath", () => {
    const persons = [
      person({ id: "P-0", deathDate: "2025-03-01" }),
      person({ id: "P-1", idNumber: idB, deathDate: "2025-05-01" }),
      person({ id: "P-2", idNumber: "430102200001011238" }),
    ];
    const member = (personId: string, covered = true) => ({ personId, covered, relationToHead: "child" });
    const household = (members: readonly Record<string, unknown>[] | undefined, headPersonId = "P-0") => ({
      householdId: "H-1",
      headPersonId,
      size: 3,
      ...(members ? { members } : {}),
    });

    it("is the beneficiary's death", () => {
      const index = indexOf([...persons, assistance({ personId: "P-1" })]);
      expect(lastBeneficiaryDeath(index, 3)).toEqual({ day: dayNumber("2025-05-01"), slot: 1 });
    });

    it("is the latest death of the covered members, and none while one of them lives", () => {
      const dead = indexOf([...persons, assistance({ personId: undefined, household: household([member("P-0"), member("P-1"), member("P-2", false)]) })]);
      expect(lastBeneficiaryDeath(dead, 3)).toEqual({ day: dayNumber("2025-05-01"), slot: 1 });
      const reversed = indexOf([...persons, assistance({ personId: undefined, household: household([member("P-1"), member("P-0")]) })]);
      expect(lastBeneficiaryDeath(reversed, 3)).toEqual({ day: dayNumber("2025-05-01"), slot: 1 });
      const living = indexOf([...persons, assistance({ personId: undefined, household: household([member("P-0"), member("P-2")]) })]);
      expect(lastBeneficiaryDeath(living, 3)).toBeUndefined();
      const stranger = indexOf([...persons, assistance({ personId: undefined, household: household([member("P-0"), member("nobody")]) })]);
      expect(lastBeneficiaryDeath(stranger, 3)).toBeUndefined();
    });

    it("does not wait for the head when covered members are listed", () => {
      const index = indexOf([...persons, assistance({ personId: undefined, household: household([member("P-0"), member("P-1")], "P-2") })]);
      expect(lastBeneficiaryDeath(index, 3)).toEqual({ day: dayNumber("2025-05-01"), slot: 1 });
    });

    it("names the first of the members' records when they died the same day", () => {
      const sameDay = [person({ id: "P-0", deathDate: "2025-03-01" }), person({ id: "P-1", idNumber: idB, deathDate: "2025-03-01" })];
      const index = indexOf([...sameDay, assistance({ personId: undefined, household: household([member("P-0"), member("P-1")]) })]);
      expect(lastBeneficiaryDeath(index, 2)).toEqual({ day: dayNumber("2025-03-01"), slot: 0 });
    });

    it("falls back on the head when no one is covered or listed", () => {
      const uncovered = indexOf([...persons, assistance({ personId: undefined, household: household([member("P-2", false)], "P-1") })]);
      expect(lastBeneficiaryDeath(uncovered, 3)).toEqual({ day: dayNumber("2025-05-01"), slot: 1 });
      const unlisted = indexOf([...persons, assistance({ personId: undefined, household: household(undefined, "P-0") })]);
      expect(lastBeneficiaryDeath(unlisted, 3)).toEqual({ day: dayNumber("2025-03-01"), slot: 0 });
      const nobody = indexOf([...persons, assistance({ personId: undefined })]);
      expect(lastBeneficiaryDeath(nobody, 3)).toBeUndefined();
    });
  });

  describe("goesOnAfterDeath", () => {
    const index = indexOf([
      enrolment("E-0", "P-0", "3", "2020-01-01", "2025-03-31"),
      enrolment("E-1", "P-0", "3", "2020-01-01", "2025-04-01"),
      enrolment("E-2", "P-0", "1", "2020-01-01"),
    ]);
    const death = { day: dayNumber("2025-03-10"), slot: 0 };

    it("points at the status while the record still runs", () => {
      expect(goesOnAfterDeath(index, 0, true, "/contributionStatus", death)).toBe("/contributionStatus");
    });
    it("points at the end of a period that ends after the month of death", () => {
      expect(goesOnAfterDeath(index, 0, false, "/contributionStatus", death)).toBeUndefined();
      expect(goesOnAfterDeath(index, 1, false, "/contributionStatus", death)).toBe("/period/end");
    });
    it("says nothing of an open period or of a death without a date", () => {
      expect(index.endOf(2)).toBe(openEnd);
      expect(goesOnAfterDeath(index, 2, false, "/contributionStatus", death)).toBeUndefined();
      expect(goesOnAfterDeath(index, 1, false, "/contributionStatus", { day: deathDayUnknown, slot: 0 })).toBeUndefined();
    });
  });
});

describe("benefit periods", () => {
  it("list basic pensions and unemployment benefits per person, by start, without other benefits or ended ones of unknown end", () => {
    const index = indexOf([
      person({ id: "P-0" }),
      person({ id: "P-1", idNumber: idA }),
      benefit("B-2", "P-0", "pension.employee", "2024-01-01"),
      benefit("B-3", "P-1", "unemployment.benefit", "2023-01-01"),
      benefit("B-4", "P-0", "funeral.grant", "2022-01-01"),
      benefit("B-5", "P-0", "pension.resident", "2021-01-01", { status: "terminated" }),
      benefit("B-6", "P-0", "pension.resident", "2021-01-01", { status: "terminated", period: { start: "2021-01-01", end: "2021-12-31" } }),
      benefit("B-7", "P-0", "pension.institution", "2024-01-01"),
      enrolment("E-8", "P-0", "1", "2020-01-01"),
    ]);
    expect(benefitsByPerson(index)).toEqual(new Map([[0, [6, 3, 2, 7]]]));
  });

  it("tell an enrolment still contributing", () => {
    const index = indexOf([enrolment("E-0", "P-0", "1", "2020-01-01"), enrolment("E-1", "P-0", "2", "2020-01-01"), benefit("B-2", "P-0", "pension.employee", "2024-01-01")]);
    expect(isContributing(index, 0)).toBe(true);
    expect(isContributing(index, 1)).toBe(false);
    expect(isContributing(index, 2)).toBe(false);
  });

  it("tell periods that share a day", () => {
    const index = indexOf([
      enrolment("E-0", "P-0", "3", "2020-01-01", "2020-12-31"),
      enrolment("E-1", "P-0", "3", "2020-12-31", "2021-06-30"),
      enrolment("E-2", "P-0", "3", "2021-07-01", "2021-12-31"),
      enrolment("E-3", "P-0", "1", "2019-01-01"),
    ]);
    expect(periodsOverlap(index, 0, 1)).toBe(true);
    expect(periodsOverlap(index, 1, 0)).toBe(true);
    expect(periodsOverlap(index, 1, 2)).toBe(false);
    expect(periodsOverlap(index, 2, 1)).toBe(false);
    expect(periodsOverlap(index, 0, 2)).toBe(false);
    expect(periodsOverlap(index, 3, 2)).toBe(true);
  });
});

describe("charity projects", () => {
  const organisation = {
    recordType: "organisation",
    id: "430300-O-000601",
    kind: "charity",
    name: "湘潭市慈善总会",
    city: "430300",
    projects: [
      { code: "430300-2026-DBJZ", purposes: ["medical"], restricted: true },
      { code: "430300-2026-YYJ", purposes: ["poverty", "elderly"], restricted: false },
    ],
    meta: { lastUpdated: "2026-10-30T17:45:00+08:00" },
  };

  it("resolve a reference to an organisation record only", () => {
    const index = indexOf([person(), organisation, { ...organisation, id: "430300-O-000602", projects: undefined }]);
    expect(organisationSlot(index, "430300-O-000601")).toBe(1);
    expect(organisationSlot(index, "430100-P-000001")).toBe(-1);
    expect(organisationSlot(index, "430300-O-999999")).toBe(-1);
  });

  it("find an organisation's project by code", () => {
    const index = indexOf([organisation, { ...organisation, id: "430300-O-000602", projects: undefined }]);
    expect(organisationSlot(index, "430300-O-000601")).toBe(0);
    expect(projectOf(index, 0, "430300-2026-YYJ")).toEqual({ code: "430300-2026-YYJ", purposes: ["poverty", "elderly"], restricted: false });
    expect(projectOf(index, 0, "430300-2026-XXX")).toBeUndefined();
    expect(projectOf(index, 1, "430300-2026-YYJ")).toBeUndefined();
  });
});
