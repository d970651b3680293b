import type { AssistanceView } from "./record-view.js";

/** The latest review of a case and where it is recorded: the newest of lastReviewDate and the review history. */
export function lastReviewOf(assistance: AssistanceView): { readonly date: string; readonly pointer: string } | undefined {
  let latest: { date: string; pointer: string } | undefined;
  if (assistance.lastReviewDate !== undefined) latest = { date: assistance.lastReviewDate, pointer: "/lastReviewDate" };
  const reviews = assistance.reviews ?? [];
  for (let i = 0; i < reviews.length; i++) {
    const date = reviews[i]!.date;
    if (latest === undefined || date > latest.date) latest = { date, pointer: `/reviews/${i}/date` };
  }
  return latest;
}
