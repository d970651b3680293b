import { stepTimeProblem } from "./step-time.js";
import { isExternal } from "./transfer-sides.js";

/** The statuses of code list `transferStatus`. */
export type TransferStatus = "requested" | "letterIssued" | "fundsTransferred" | "completed" | "rejected" | "cancelled";

/** Which side of a transfer acts: the receiving agency (`to`) or the sending one (`from`). */
export type TransferSide = "to" | "from" | "either";

export interface TransitionRule {
  /** The path segment of the operation, e.g. `issue-contact-letter`. */
  action: string;
  from: readonly TransferStatus[];
  to: TransferStatus;
  actor: TransferSide;
}

/**
 * The transfer state machine of 国办发〔2009〕66号: the new office issues the contact
 * letter, the old office sends the funds, the new office completes. Rejection and
 * cancellation are possible until the funds have moved. `actor` is the office whose step
 * it is; when that office lies outside the three cities (1.1 `external`), the other side
 * records its step (`actingEnd` in transfer-sides.ts).
 */
export const transferTransitions: readonly TransitionRule[] = [
  { action: "issue-contact-letter", from: ["requested"], to: "letterIssued", actor: "to" },
  { action: "record-funds-transferred", from: ["letterIssued"], to: "fundsTransferred", actor: "from" },
  { action: "complete", from: ["fundsTransferred"], to: "completed", actor: "to" },
  { action: "reject", from: ["requested", "letterIssued"], to: "rejected", actor: "either" },
  { action: "cancel", from: ["requested", "letterIssued"], to: "cancelled", actor: "to" },
];

export interface TransitionInput {
  at?: string;
  reasonCode?: string;
  note?: string;
  toEnrolmentId?: string;
}

export type TransitionOutcome =
  | { ok: true; transfer: Record<string, unknown> }
  | { ok: false; kind: "invalid-transition" | "missing-field" | "invalid-step-time"; detail: string; pointer?: string };

/**
 * Applies a transition to a transfer record: appends the step (dated now, or at the
 * client's `at` within `stepTimeProblem`'s bounds), moves the status, stamps
 * `meta.lastUpdated`. Completing needs the receiving enrolment, unless the receiving side
 * is outside the three cities (`to.external`: its enrolment is not in the dataset, as
 * rule `dataset.transfer-target-missing` says). Pure: the caller stores the result.
 */
export function applyTransition(transfer: Record<string, unknown>, rule: TransitionRule, input: TransitionInput, now: string): TransitionOutcome {
  const status = transfer["status"] as TransferStatus;
  if (!rule.from.includes(status)) {
    return { ok: false, kind: "invalid-transition", detail: `cannot ${rule.action} a transfer in status ${status} (allowed from ${rule.from.join(", ")})` };
  }
  if (rule.to === "rejected" && input.reasonCode === undefined) {
    return { ok: false, kind: "missing-field", detail: "a rejection needs a reasonCode (code list transferReason)", pointer: "/reasonCode" };
  }
  const to = { ...(transfer["to"] as Record<string, unknown>) };
  if (input.toEnrolmentId !== undefined) to["enrolmentId"] = input.toEnrolmentId;
  // A receiving side outside the three cities (to.external) keeps its enrolment there: nothing to name here.
  if (rule.to === "completed" && to["enrolmentId"] === undefined && !isExternal(transfer, "to")) {
    return { ok: false, kind: "missing-field", detail: "completing a transfer needs toEnrolmentId, the enrolment at the receiving agency", pointer: "/toEnrolmentId" };
  }
  const previous = ((transfer["steps"] as { at?: unknown }[] | undefined) ?? []).at(-1)?.at;
  if (input.at !== undefined) {
    const problem = stepTimeProblem(input.at, new Date(now), typeof previous === "string" ? previous : undefined);
    if (problem !== undefined) return { ok: false, kind: "invalid-step-time", detail: problem, pointer: "/at" };
  }
  // A previous step dated within the clock skew ahead of now: the new one is not dated before it.
  const notBefore = typeof previous === "string" && Date.parse(previous) > Date.parse(now) ? previous : now;
  const step: Record<string, unknown> = { status: rule.to, at: input.at ?? notBefore };
  if (input.reasonCode !== undefined) step["reasonCode"] = input.reasonCode;
  if (input.note !== undefined) step["note"] = input.note;
  const steps = [...((transfer["steps"] as unknown[]) ?? []), step];
  const meta = { ...(transfer["meta"] as Record<string, unknown>), lastUpdated: now };
  return { ok: true, transfer: { ...transfer, meta, to, status: rule.to, steps } };
}
