import type { AssistanceView } from "./record-view.js";

/** The division whose figures apply to a case: its own county when recorded, else its agency's division. */
export function caseDivision(assistance: AssistanceView): string {
  return assistance.division ?? assistance.agency.division;
}
