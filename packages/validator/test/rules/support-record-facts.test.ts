import { describe, expect, it } from "vitest";
import { caseDivision } from "../../src/rules/support/case-division.js";
import { cityCodeOf } from "../../src/rules/support/city-code.js";
import { benefitTypeCodes, cityIndex, isUnitEmployee } from "../../src/rules/support/code-tables.js";
import { fullYear, isDeemed, knownMask, maskOfPaidMonths, monthCount, periodMask } from "../../src/rules/support/contribution-months.js";
import { isPaidOnDeath } from "../../src/rules/support/death-benefits.js";
import { deathDayUnknown, isDead, isKnownDeathDay, noDeath } from "../../src/rules/support/death-day.js";
import { isPayingDibaoCase } from "../../src/rules/support/dibao-case.js";
import type { AssistanceView, ContributionYearView } from "../../src/rules/support/record-view.js";
import { asAssistance, asConsent, asEnrolment, asMedicalSettlement, asTransfer, coveredMemberCount } from "../../src/rules/support/record-view.js";
import { assistance } from "../support/records.js";

const caseOf = (overrides: Record<string, unknown>) => assistance(overrides) as unknown as AssistanceView;

describe("record views", () => {
  it("view a record only as its own type", () => {
    const enrolment = { recordType: "enrolment" };
    const transfer = { recordType: "transfer" };
    const aid = { recordType: "assistance" };
    const settlement = { recordType: "medicalSettlement" };
    const consent = { recordType: "consent" };
    expect(asEnrolment(enrolment)).toBe(enrolment);
    expect(asTransfer(transfer)).toBe(transfer);
    expect(asAssistance(aid)).toBe(aid);
    expect(asMedicalSettlement(settlement)).toBe(settlement);
    expect(asConsent(consent)).toBe(consent);
    for (const other of [enrolment, transfer, aid, settlement, consent]) {
      if (other !== enrolment) expect(asEnrolment(other)).toBeUndefined();
      if (other !== transfer) expect(asTransfer(other)).toBeUndefined();
      if (other !== aid) expect(asAssistance(other)).toBeUndefined();
      if (other !== settlement) expect(asMedicalSettlement(other)).toBeUndefined();
      if (other !== consent) expect(asConsent(other)).toBeUndefined();
    }
  });

  it("count covered members: the field, else the members marked covered, else unknown", () => {
    const members = [
      { personId: "P1", covered: true, relationToHead: "self" },
      { personId: "P2", covered: false, relationToHead: "spouse" },
      { personId: "P3", covered: true, relationToHead: "child" },
    ];
    const household = { householdId: "H1", headPersonId: "P1", size: 3, members };
    expect(coveredMemberCount(caseOf({ household }))).toBe(2);
    expect(coveredMemberCount(caseOf({ household, coveredMembers: 3 }))).toBe(3);
    expect(coveredMemberCount(caseOf({ household, coveredMembers: 0 }))).toBe(0);
    expect(coveredMemberCount(caseOf({ household: { householdId: "H1", headPersonId: "P1", size: 3 } }))).toBeUndefined();
    expect(coveredMemberCount(caseOf({}))).toBeUndefined();
  });

  it("take a case's own county for its figures, else its agency's division", () => {
    expect(caseDivision(caseOf({ division: "430321" }))).toBe("430321");
    expect(caseDivision(caseOf({}))).toBe("430300");
  });

  it("know which 低保 cases are paying", () => {
    expect(isPayingDibaoCase(caseOf({ programme: "dibao.urban", caseStatus: "active" }))).toBe(true);
    expect(isPayingDibaoCase(caseOf({ programme: "dibao.rural", caseStatus: "suspended" }))).toBe(true);
    expect(isPayingDibaoCase(caseOf({ programme: "dibao.urban", caseStatus: "terminated" }))).toBe(false);
    expect(isPayingDibaoCase(caseOf({ programme: "dibao.urban", caseStatus: "applied" }))).toBe(false);
    expect(isPayingDibaoCase(caseOf({ programme: "dibao.marginal", caseStatus: "active" }))).toBe(false);
    expect(isPayingDibaoCase(caseOf({ programme: "temporaryAid", caseStatus: "active" }))).toBe(false);
  });
});

describe("codes", () => {
  it("number the three cities 1–3 and anything else 0", () => {
    expect([cityIndex("430100"), cityIndex("430200"), cityIndex("430300")]).toEqual([1, 2, 3]);
    expect(cityIndex("430400")).toBe(0);
    expect(cityIndex(undefined)).toBe(0);
    expect([cityCodeOf(1), cityCodeOf(2), cityCodeOf(3)]).toEqual(["430100", "430200", "430300"]);
    expect(cityCodeOf(0)).toBe("unknown");
    expect(cityCodeOf(4)).toBe("unknown");
  });

  it("judge an enrolment without a participation type as a unit employee's (as 1.0 did)", () => {
    expect(isUnitEmployee(undefined)).toBe(true);
    expect(isUnitEmployee("unitEmployee")).toBe(true);
    expect(isUnitEmployee("flexibleEmployment")).toBe(false);
  });

  it("know the benefits paid because of a death", () => {
    for (const code of ["funeral.grant", "survivors.grant", "workInjury.deathGrant", "workInjury.survivorPension"]) {
      expect(isPaidOnDeath(benefitTypeCodes.index.get(code)!), code).toBe(true);
    }
    expect(isPaidOnDeath(benefitTypeCodes.index.get("pension.employee")!)).toBe(false);
    expect(isPaidOnDeath(-1)).toBe(false);
    expect(isPaidOnDeath(0)).toBe(false);
  });

  it("tell a recorded death, and whether its day is known", () => {
    expect(isDead(noDeath)).toBe(false);
    expect(isDead(deathDayUnknown)).toBe(true);
    expect(isDead(20_000)).toBe(true);
    expect(isKnownDeathDay(20_000)).toBe(true);
    expect(isKnownDeathDay(deathDayUnknown - 1)).toBe(true);
    expect(isKnownDeathDay(deathDayUnknown)).toBe(false);
    expect(isKnownDeathDay(noDeath)).toBe(false);
  });
});

describe("contribution months as a 12-bit mask", () => {
  const year = (overrides: Partial<ContributionYearView>): ContributionYearView => ({
    year: 2024,
    months: 12,
    monthlyBase: 500_000,
    individualAmount: 1,
    employerAmount: 1,
    ...overrides,
  });

  it("reads paidMonths, January first", () => {
    expect(maskOfPaidMonths("100000000000")).toBe(0b1);
    expect(maskOfPaidMonths("000000000001")).toBe(0b1000_0000_0000);
    expect(maskOfPaidMonths("111111000000")).toBe(0b11_1111);
    expect(maskOfPaidMonths("111111111111")).toBe(fullYear);
    expect(maskOfPaidMonths("000000000000")).toBe(0);
  });

  it("counts the months of a mask", () => {
    expect(monthCount(0)).toBe(0);
    expect(monthCount(fullYear)).toBe(12);
    expect(monthCount(0b1010_0000_0101)).toBe(4);
  });

  it("gives the months of a year a period touches, bounds included", () => {
    expect(periodMask(2024, "2024-03-15", "2024-05-02")).toBe(0b1_1100);
    expect(periodMask(2024, "2023-11-01", "2024-02-29")).toBe(0b11);
    expect(periodMask(2024, "2024-11-20", undefined)).toBe(0b1100_0000_0000);
    expect(periodMask(2024, "2020-01-01", undefined)).toBe(fullYear);
    expect(periodMask(2024, "2020-01-01", "2025-01-31")).toBe(fullYear);
    expect(periodMask(2024, "2025-01-01", undefined)).toBe(0);
    expect(periodMask(2024, "2020-01-01", "2023-12-31")).toBe(0);
    expect(periodMask(2024, "2024-12-01", "2024-12-31")).toBe(0b1000_0000_0000);
    expect(periodMask(2024, "2024-01-01", "2024-01-31")).toBe(0b1);
  });

  it("tells deemed years", () => {
    expect(isDeemed(year({ kind: "deemed" }))).toBe(true);
    expect(isDeemed(year({ kind: "backPayment" }))).toBe(false);
    expect(isDeemed(year({}))).toBe(false);
  });

  it("knows an entry's months from paidMonths, a full year, or a period with exactly that many months", () => {
    expect(knownMask(year({ months: 2, paidMonths: "110000000000" }), "2020-01-01", undefined)).toBe(0b11);
    expect(knownMask(year({ months: 12 }), "2024-06-01", undefined)).toBe(fullYear);
    expect(knownMask(year({ months: 3 }), "2024-10-01", undefined)).toBe(0b1110_0000_0000);
    expect(knownMask(year({ months: 2 }), "2024-10-01", undefined)).toBeUndefined();
    expect(knownMask(year({ months: 2 }), "2024-01-01", "2024-02-10")).toBe(0b11);
  });
});
