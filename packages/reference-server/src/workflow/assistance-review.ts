export type ReviewOutcome = "continued" | "adjusted" | "suspended" | "terminated";

export interface ReviewInput {
  reviewDate: string;
  outcome: ReviewOutcome;
  nextReviewDate?: string;
  perCapitaIncome?: number;
  benefitAmount?: number;
}

export type ReviewResult =
  | { ok: true; assistance: Record<string, unknown> }
  | { ok: false; kind: "invalid-transition" | "missing-field"; detail: string; pointer?: string };

/** Statuses in which a case can be reviewed (a terminated or rejected case is closed). */
const reviewable = new Set(["active", "suspended", "underReview"]);

const statusAfter: Record<ReviewOutcome, string> = {
  continued: "active",
  adjusted: "active",
  suspended: "suspended",
  terminated: "terminated",
};

/**
 * Applies a periodic review to an assistance case — the guard against 终身保
 * (cases never reviewed). Pure: the caller validates and stores the result.
 */
export function applyReview(assistance: Record<string, unknown>, review: ReviewInput, now: string): ReviewResult {
  const caseStatus = String(assistance["caseStatus"]);
  if (!reviewable.has(caseStatus)) {
    return { ok: false, kind: "invalid-transition", detail: `a case in status ${caseStatus} cannot be reviewed` };
  }
  if (review.outcome !== "terminated" && review.nextReviewDate === undefined) {
    return { ok: false, kind: "missing-field", detail: "nextReviewDate is required unless the case is terminated", pointer: "/nextReviewDate" };
  }
  if (review.nextReviewDate !== undefined && review.nextReviewDate <= review.reviewDate) {
    return { ok: false, kind: "missing-field", detail: "nextReviewDate must come after reviewDate", pointer: "/nextReviewDate" };
  }
  const updated: Record<string, unknown> = {
    ...assistance,
    meta: { ...(assistance["meta"] as Record<string, unknown>), lastUpdated: now },
    caseStatus: statusAfter[review.outcome],
    lastReviewDate: review.reviewDate,
  };
  if (review.nextReviewDate !== undefined) updated["nextReviewDate"] = review.nextReviewDate;
  else delete updated["nextReviewDate"];
  if (review.outcome === "adjusted") {
    if (review.perCapitaIncome !== undefined) updated["perCapitaIncome"] = review.perCapitaIncome;
    if (review.benefitAmount !== undefined) updated["benefitAmount"] = review.benefitAmount;
  }
  if (review.outcome === "terminated") {
    updated["dates"] = { ...(assistance["dates"] as Record<string, unknown>), terminated: review.reviewDate };
  }
  return { ok: true, assistance: updated };
}
