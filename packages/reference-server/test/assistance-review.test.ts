import { describe, expect, it } from "vitest";
import { applyReview } from "../src/workflow/assistance-review.js";

// The periodic review of an assistance case (the guard against 终身保), as a pure function.
const now = "2026-06-01T08:00:00Z";
const active = {
  recordType: "assistance",
  id: "430100-A-1",
  meta: { lastUpdated: "2026-01-15T09:30:00+08:00", sourceAgency: "x" },
  caseStatus: "active",
  perCapitaIncome: 30000,
  benefitAmount: 100000,
  nextReviewDate: "2026-05-20",
  dates: { applied: "2025-11-01", approved: "2025-11-20" },
};

describe("applyReview", () => {
  it("reviews active, suspended and under-review cases; a terminated or rejected case is closed", () => {
    for (const caseStatus of ["active", "suspended", "underReview"]) {
      expect(applyReview({ ...active, caseStatus }, { reviewDate: "2026-05-20", outcome: "continued", nextReviewDate: "2026-11-20" }, now).ok, caseStatus).toBe(true);
    }
    for (const caseStatus of ["terminated", "rejected", "applied"]) {
      expect(applyReview({ ...active, caseStatus }, { reviewDate: "2026-05-20", outcome: "continued", nextReviewDate: "2026-11-20" }, now), caseStatus).toEqual({
        ok: false,
        kind: "invalid-transition",
        detail: `a case in status ${caseStatus} cannot be reviewed`,
      });
    }
  });

  it("moves the case by the outcome, records the review date and the next one, stamps meta.lastUpdated", () => {
    const expected = { continued: "active", adjusted: "active", suspended: "suspended" } as const;
    for (const [outcome, caseStatus] of Object.entries(expected) as [keyof typeof expected, string][]) {
      const result = applyReview({ ...active, caseStatus: "suspended" }, { reviewDate: "2026-05-20", outcome, nextReviewDate: "2026-11-20" }, now);
      expect(result, outcome).toEqual({
        ok: true,
        assistance: { ...active, caseStatus, lastReviewDate: "2026-05-20", nextReviewDate: "2026-11-20", meta: { ...active.meta, lastUpdated: now } },
      });
    }
  });

  it("needs a next review date after the review date unless the case is terminated", () => {
    expect(applyReview(active, { reviewDate: "2026-05-20", outcome: "suspended" }, now)).toEqual({
      ok: false,
      kind: "missing-field",
      detail: "nextReviewDate is required unless the case is terminated",
      pointer: "/nextReviewDate",
    });
    expect(applyReview(active, { reviewDate: "2026-05-20", outcome: "continued", nextReviewDate: "2026-05-20" }, now)).toEqual({
      ok: false,
      kind: "missing-field",
      detail: "nextReviewDate must come after reviewDate",
      pointer: "/nextReviewDate",
    });
    expect(applyReview(active, { reviewDate: "2026-05-20", outcome: "continued", nextReviewDate: "2026-05-21" }, now).ok).toBe(true);
  });

  it("takes new figures only from an adjusting review, each figure on its own", () => {
    const review = { reviewDate: "2026-05-20", nextReviewDate: "2026-11-20", perCapitaIncome: 35000, benefitAmount: 120000 };
    const adjusted = applyReview(active, { ...review, outcome: "adjusted" }, now);
    expect(adjusted).toMatchObject({ ok: true, assistance: { perCapitaIncome: 35000, benefitAmount: 120000 } });
    const onlyBenefit = applyReview(active, { reviewDate: "2026-05-20", nextReviewDate: "2026-11-20", benefitAmount: 90000, outcome: "adjusted" }, now);
    expect(onlyBenefit).toMatchObject({ ok: true, assistance: { perCapitaIncome: 30000, benefitAmount: 90000 } });
    const onlyIncome = applyReview(active, { reviewDate: "2026-05-20", nextReviewDate: "2026-11-20", perCapitaIncome: 20000, outcome: "adjusted" }, now);
    expect(onlyIncome).toMatchObject({ ok: true, assistance: { perCapitaIncome: 20000, benefitAmount: 100000 } });
    for (const outcome of ["continued", "suspended"] as const) {
      expect(applyReview(active, { ...review, outcome }, now), outcome).toMatchObject({ ok: true, assistance: { perCapitaIncome: 30000, benefitAmount: 100000 } });
    }
  });

  it("closes a terminated case: no next review, the termination dated on the review day, the other dates kept", () => {
    const result = applyReview(active, { reviewDate: "2026-05-20", outcome: "terminated" }, now);
    expect(result).toStrictEqual({
      ok: true,
      assistance: {
        ...Object.fromEntries(Object.entries(active).filter(([key]) => key !== "nextReviewDate")),
        caseStatus: "terminated",
        lastReviewDate: "2026-05-20",
        meta: { ...active.meta, lastUpdated: now },
        dates: { applied: "2025-11-01", approved: "2025-11-20", terminated: "2026-05-20" },
      },
    });
    expect(active.nextReviewDate).toBe("2026-05-20");
    expect(active.dates).toEqual({ applied: "2025-11-01", approved: "2025-11-20" });
  });
});
