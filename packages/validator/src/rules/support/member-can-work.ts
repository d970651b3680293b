import type { AssistanceView } from "./record-view.js";

/** Labour capacities under which a member can work (labourCapacity list: full, partial). */
const canWork: ReadonlySet<string> = new Set(["full", "partial"]);

/** Whether a covered member, still in the household on `date`, can work: such households are reviewed more often. */
export function hasCoveredMemberWhoCanWork(assistance: AssistanceView, date: string): boolean {
  for (const member of assistance.household?.members ?? []) {
    if (!member.covered || member.labourCapacity === undefined || !canWork.has(member.labourCapacity)) continue;
    if (member.memberUntil === undefined || member.memberUntil >= date) return true;
  }
  return false;
}
