import type { AssistanceReviewView, AssistanceView } from "./record-view.js";

/** Review outcomes after which nothing is due until the next decision. */
const stopping: ReadonlySet<string> = new Set(["suspended", "terminated"]);

const monthOf = (date: string): string => date.slice(0, 7);
const byDate = (a: AssistanceReviewView, b: AssistanceReviewView): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * The monthly basic benefits that may lawfully have been in force in `month` (`YYYY-MM`):
 * benefitAmount from the month of the latest review (lastReviewDate or reviews[], else the
 * approval) on; before it, the benefitAfter of the review then in force or the
 * benefitBefore of the next one. In the month of a review both the old and the new amount
 * are accepted. `undefined` when the record cannot tell (no figures for that time) or
 * nothing is due (after a review that suspended or ended the benefit).
 */
export function benefitsInForce(assistance: AssistanceView, month: string): ReadonlySet<number> | undefined {
  const reviews = [...(assistance.reviews ?? [])].sort(byDate);
  const amounts = new Set<number>();
  for (let i = 0; i < reviews.length; i++) {
    const review = reviews[i]!;
    const reviewMonth = monthOf(review.date);
    const next = reviews[i + 1];
    const previous = reviews[i - 1];
    if (reviewMonth === month) {
      if (review.benefitBefore !== undefined) amounts.add(review.benefitBefore);
      if (review.benefitAfter !== undefined) amounts.add(review.benefitAfter);
    } else if (reviewMonth < month && (next === undefined || monthOf(next.date) > month)) {
      if (stopping.has(review.outcome)) return undefined;
      if (review.benefitAfter !== undefined) amounts.add(review.benefitAfter);
    } else if (reviewMonth > month && (previous === undefined || monthOf(previous.date) < month) && review.benefitBefore !== undefined) {
      amounts.add(review.benefitBefore);
    }
  }
  const latestReview = reviews[reviews.length - 1]?.date;
  const last = assistance.lastReviewDate !== undefined && (latestReview === undefined || assistance.lastReviewDate > latestReview) ? assistance.lastReviewDate : latestReview;
  const since = last ?? assistance.dates.approved;
  if (since !== undefined && month >= monthOf(since)) amounts.add(assistance.benefitAmount);
  return amounts.size === 0 ? undefined : amounts;
}
