import { dibaoProgrammes } from "./code-tables.js";
import type { AssistanceView } from "./record-view.js";

/** Case statuses under which a 低保 benefit is being paid (or paused) and its figures must hold. */
const payingStatuses: ReadonlySet<string> = new Set(["active", "suspended"]);

/**
 * A 低保 case (dibao.urban / dibao.rural; 低保边缘 dibao.marginal has its own rules)
 * that is approved and paying. Applications, rejections and terminated cases are
 * skipped: an income above the standard is why they are not paid.
 */
export function isPayingDibaoCase(record: AssistanceView): boolean {
  return dibaoProgrammes.has(record.programme) && payingStatuses.has(record.caseStatus);
}
