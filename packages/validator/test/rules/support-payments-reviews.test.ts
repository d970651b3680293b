import { describe, expect, it } from "vitest";
import { benefitsInForce } from "../../src/rules/support/benefit-in-force.js";
import { dayNumber } from "../../src/rules/support/iso-date.js";
import { lastReviewOf } from "../../src/rules/support/last-review.js";
import { hasCoveredMemberWhoCanWork } from "../../src/rules/support/member-can-work.js";
import {
  isEffectivePayment,
  isoOfMonth,
  lastDayOfMonthOf,
  latestEffectivePayment,
  monthNumber,
  monthOfDay,
  noPayment,
  paymentTermsOf,
} from "../../src/rules/support/payment-lines.js";
import type { AssistanceView, PaymentLineView } from "../../src/rules/support/record-view.js";
import { assistance } from "../support/records.js";

const caseOf = (overrides: Record<string, unknown>) => assistance(overrides) as unknown as AssistanceView;
const line = (month: string, status?: string): PaymentLineView => ({ month, amount: 50_000, paidOn: `${month}-15`, ...(status ? { status } : {}) });

describe("payment lines", () => {
  it("count as paid unless failed or returned", () => {
    expect(isEffectivePayment(line("2025-01"))).toBe(true);
    expect(isEffectivePayment(line("2025-01", "paid"))).toBe(true);
    expect(isEffectivePayment(line("2025-01", "failed"))).toBe(false);
    expect(isEffectivePayment(line("2025-01", "returned"))).toBe(false);
  });

  it("number months as year × 12 + month − 1, from a month or a date, and print them back", () => {
    expect(monthNumber("2025-01")).toBe(2025 * 12);
    expect(monthNumber("2025-12-31")).toBe(2025 * 12 + 11);
    expect(isoOfMonth(2025 * 12)).toBe("2025-01");
    expect(isoOfMonth(2025 * 12 + 11)).toBe("2025-12");
    expect(isoOfMonth(999 * 12 + 8)).toBe("0999-09");
  });

  it("know the month of a day and the last day of that month", () => {
    expect(monthOfDay(dayNumber("2024-02-29"))).toBe(2024 * 12 + 1);
    expect(monthOfDay(dayNumber("2024-03-01"))).toBe(2024 * 12 + 2);
    expect(lastDayOfMonthOf(dayNumber("2024-02-01"))).toBe(dayNumber("2024-02-29"));
    expect(lastDayOfMonthOf(dayNumber("2023-02-28"))).toBe(dayNumber("2023-02-28"));
    expect(lastDayOfMonthOf(dayNumber("2024-12-31"))).toBe(dayNumber("2024-12-31"));
  });

  it("find the latest effective payment and its first line, skipping failed and returned ones", () => {
    expect(latestEffectivePayment(undefined)).toEqual({ month: noPayment, line: -1 });
    expect(latestEffectivePayment([])).toEqual({ month: noPayment, line: -1 });
    expect(latestEffectivePayment([line("2025-03", "failed")])).toEqual({ month: noPayment, line: -1 });
    // The returned May line and the failed June line do not count; March's second line repeats March.
    const lines = [line("2025-02"), line("2025-03"), line("2025-01"), line("2025-03"), line("2025-05", "returned"), line("2025-06", "failed")];
    expect(latestEffectivePayment(lines)).toEqual({ month: monthNumber("2025-03"), line: 1 });
  });
});

describe("paymentTermsOf", () => {
  it("reads an assistance case's approval, application and termination", () => {
    const lines = [line("2024-05")];
    const record = assistance({ payments: lines, dates: { applied: "2024-05-02", approved: "2024-05-09", terminated: "2024-12-31" } });
    expect(paymentTermsOf(record)).toEqual({
      lines,
      payableFrom: { date: "2024-05-09", field: "dates.approved" },
      firstMonth: { date: "2024-05-02", field: "dates.applied" },
      lastMonth: { date: "2024-12-31", field: "dates.terminated" },
    });
  });

  it("leaves out what a case does not say, and a case without lines has no terms", () => {
    const lines = [line("2024-05")];
    expect(paymentTermsOf(assistance({ payments: lines, dates: { applied: "2024-05-02" } }))).toEqual({
      lines,
      firstMonth: { date: "2024-05-02", field: "dates.applied" },
    });
    expect(paymentTermsOf(assistance({}))).toBeUndefined();
    expect(paymentTermsOf(assistance({ payments: [] }))).toBeUndefined();
  });

  it("reads a benefit's period", () => {
    const lines = [line("2024-05")];
    const benefit = { recordType: "benefit", payments: lines, period: { start: "2024-01-01", end: "2024-06-30" } };
    expect(paymentTermsOf(benefit)).toEqual({
      lines,
      firstMonth: { date: "2024-01-01", field: "period.start" },
      lastMonth: { date: "2024-06-30", field: "period.end" },
    });
    expect(paymentTermsOf({ ...benefit, period: { start: "2024-01-01" } })).toEqual({ lines, firstMonth: { date: "2024-01-01", field: "period.start" } });
    expect(paymentTermsOf({ ...benefit, payments: [] })).toBeUndefined();
    expect(paymentTermsOf({ recordType: "benefit", period: { start: "2024-01-01" } })).toBeUndefined();
  });

  it("gives other records no terms", () => {
    expect(paymentTermsOf({ recordType: "enrolment", payments: [line("2024-05")], period: { start: "2024-01-01" } })).toBeUndefined();
  });
});

describe("lastReviewOf", () => {
  it("is undefined for a case never reviewed", () => {
    expect(lastReviewOf(caseOf({}))).toBeUndefined();
  });
  it("takes lastReviewDate when it is the newest", () => {
    expect(lastReviewOf(caseOf({ lastReviewDate: "2025-03-01", reviews: [{ date: "2025-01-01", outcome: "continued" }] }))).toEqual({
      date: "2025-03-01",
      pointer: "/lastReviewDate",
    });
  });
  it("takes the newest review of the history, wherever it stands in the list", () => {
    const reviews = [
      { date: "2024-06-01", outcome: "continued" },
      { date: "2025-06-01", outcome: "continued" },
      { date: "2025-01-01", outcome: "continued" },
    ];
    expect(lastReviewOf(caseOf({ reviews }))).toEqual({ date: "2025-06-01", pointer: "/reviews/1/date" });
    expect(lastReviewOf(caseOf({ lastReviewDate: "2025-03-01", reviews }))).toEqual({ date: "2025-06-01", pointer: "/reviews/1/date" });
  });
  it("keeps lastReviewDate on a tie with a review", () => {
    expect(lastReviewOf(caseOf({ lastReviewDate: "2025-06-01", reviews: [{ date: "2025-06-01", outcome: "continued" }] }))).toEqual({
      date: "2025-06-01",
      pointer: "/lastReviewDate",
    });
  });
});

describe("hasCoveredMemberWhoCanWork", () => {
  const household = (members: readonly Record<string, unknown>[]) =>
    caseOf({ household: { householdId: "H1", headPersonId: "P1", size: members.length, members } });
  const member = (overrides: Record<string, unknown>) => ({ personId: "P1", covered: true, relationToHead: "self", ...overrides });

  it("is true for a covered member able to work fully or partly", () => {
    expect(hasCoveredMemberWhoCanWork(household([member({ labourCapacity: "full" })]), "2025-01-01")).toBe(true);
    expect(hasCoveredMemberWhoCanWork(household([member({ labourCapacity: "partial" })]), "2025-01-01")).toBe(true);
  });
  it("is false for members who cannot work, whose capacity is unknown, or who are not covered", () => {
    expect(hasCoveredMemberWhoCanWork(caseOf({}), "2025-01-01")).toBe(false);
    expect(hasCoveredMemberWhoCanWork(household([member({ labourCapacity: "none" })]), "2025-01-01")).toBe(false);
    expect(hasCoveredMemberWhoCanWork(household([member({})]), "2025-01-01")).toBe(false);
    expect(hasCoveredMemberWhoCanWork(household([member({ covered: false, labourCapacity: "full" })]), "2025-01-01")).toBe(false);
  });
  it("counts a member up to and including the last day in the household", () => {
    const left = household([member({ labourCapacity: "full", memberUntil: "2025-01-01" })]);
    expect(hasCoveredMemberWhoCanWork(left, "2025-01-01")).toBe(true);
    expect(hasCoveredMemberWhoCanWork(left, "2025-01-02")).toBe(false);
  });
  it("looks past a member who cannot work to one who can", () => {
    const members = [member({ labourCapacity: "none" }), member({ personId: "P2", labourCapacity: "full", memberUntil: "2024-01-01" }), member({ personId: "P3", labourCapacity: "partial" })];
    expect(hasCoveredMemberWhoCanWork(household(members), "2025-01-01")).toBe(true);
  });
});

describe("benefitsInForce", () => {
  const amounts = (record: AssistanceView, month: string) => {
    const set = benefitsInForce(record, month);
    return set === undefined ? undefined : [...set].sort((a, b) => a - b);
  };

  it("is the benefit amount from the month of approval on, nothing before it", () => {
    const record = caseOf({ benefitAmount: 60_000, dates: { applied: "2024-04-20", approved: "2024-05-09" } });
    expect(amounts(record, "2024-05")).toEqual([60_000]);
    expect(amounts(record, "2025-01")).toEqual([60_000]);
    expect(amounts(record, "2024-04")).toBeUndefined();
  });

  it("cannot tell for a case without approval or review", () => {
    expect(amounts(caseOf({ dates: { applied: "2024-04-20" } }), "2024-05")).toBeUndefined();
  });

  it("counts the amount from the month of lastReviewDate when it is newer than the reviews, beside the last review's figure", () => {
    const record = caseOf({
      benefitAmount: 70_000,
      lastReviewDate: "2025-03-10",
      reviews: [{ date: "2024-09-01", outcome: "continued", benefitBefore: 50_000, benefitAfter: 60_000 }],
    });
    expect(amounts(record, "2025-03")).toEqual([60_000, 70_000]);
    expect(amounts(record, "2025-02")).toEqual([60_000]);
    expect(amounts(record, "2024-08")).toEqual([50_000]);
  });

  it("ignores an older lastReviewDate behind the review history", () => {
    const record = caseOf({
      benefitAmount: 70_000,
      lastReviewDate: "2024-01-10",
      reviews: [{ date: "2024-09-01", outcome: "continued", benefitBefore: 50_000, benefitAfter: 70_000 }],
    });
    expect(amounts(record, "2024-08")).toEqual([50_000]);
    expect(amounts(record, "2024-09")).toEqual([50_000, 70_000]);
    expect(amounts(record, "2024-10")).toEqual([70_000]);
  });

  it("takes the amount a review set for the months up to the next review, sorting the reviews by date", () => {
    const record = caseOf({
      benefitAmount: 80_000,
      dates: { applied: "2023-12-01", approved: "2024-01-05" },
      reviews: [
        { date: "2025-01-15", outcome: "continued", benefitBefore: 60_000, benefitAfter: 80_000 },
        { date: "2024-06-15", outcome: "continued", benefitBefore: 50_000, benefitAfter: 60_000 },
      ],
    });
    expect(amounts(record, "2024-03")).toEqual([50_000]);
    expect(amounts(record, "2024-06")).toEqual([50_000, 60_000]);
    expect(amounts(record, "2024-07")).toEqual([60_000]);
    expect(amounts(record, "2024-12")).toEqual([60_000]);
    expect(amounts(record, "2025-01")).toEqual([60_000, 80_000]);
    expect(amounts(record, "2025-02")).toEqual([80_000]);
  });

  it("in a review's month, accepts the amounts of that review only, also when the neighbouring reviews disagree", () => {
    const record = caseOf({
      benefitAmount: 80_000,
      dates: { applied: "2023-12-01", approved: "2024-01-05" },
      reviews: [
        { date: "2025-09-15", outcome: "continued", benefitBefore: 80_000, benefitAfter: 80_000 },
        { date: "2025-01-15", outcome: "continued", benefitBefore: 65_000, benefitAfter: 80_000 },
        { date: "2024-06-15", outcome: "continued", benefitBefore: 50_000, benefitAfter: 60_000 },
      ],
    });
    expect(amounts(record, "2024-06")).toEqual([50_000, 60_000]);
    expect(amounts(record, "2024-09")).toEqual([60_000, 65_000]);
    expect(amounts(record, "2025-01")).toEqual([65_000, 80_000]);
    expect(amounts(record, "2025-05")).toEqual([80_000]);
  });

  it("counts the benefit amount from lastReviewDate when there is no review history", () => {
    const record = caseOf({ benefitAmount: 70_000, dates: { applied: "2023-12-01", approved: "2024-01-05" }, lastReviewDate: "2024-06-10" });
    expect(amounts(record, "2024-03")).toBeUndefined();
    expect(amounts(record, "2024-06")).toEqual([70_000]);
  });

  it("owes nothing after a review that suspended or terminated the benefit, until the next review", () => {
    for (const outcome of ["suspended", "terminated"]) {
      const record = caseOf({
        benefitAmount: 60_000,
        reviews: [
          { date: "2024-03-10", outcome, benefitBefore: 50_000, benefitAfter: 0 },
          { date: "2024-09-10", outcome: "continued", benefitBefore: 0, benefitAfter: 60_000 },
        ],
      });
      expect(amounts(record, "2024-05")).toBeUndefined();
      expect(amounts(record, "2024-03")).toEqual([0, 50_000]);
    }
  });

  it("accepts a review that records only one of its figures", () => {
    const record = caseOf({ benefitAmount: 60_000, reviews: [{ date: "2024-06-15", outcome: "continued", benefitAfter: 60_000 }] });
    expect(amounts(record, "2024-06")).toEqual([60_000]);
    expect(amounts(record, "2024-05")).toBeUndefined();
    const onlyBefore = caseOf({ benefitAmount: 60_000, reviews: [{ date: "2024-06-15", outcome: "continued", benefitBefore: 40_000 }] });
    expect(amounts(onlyBefore, "2024-06")).toEqual([40_000, 60_000]);
    expect(amounts(onlyBefore, "2024-05")).toEqual([40_000]);
    const middle = caseOf({
      benefitAmount: 90_000,
      reviews: [
        { date: "2024-01-15", outcome: "continued" },
        { date: "2024-06-15", outcome: "continued", benefitBefore: 40_000, benefitAfter: 90_000 },
      ],
    });
    expect(amounts(middle, "2024-03")).toEqual([40_000]);
  });
});
