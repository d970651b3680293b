/**
 * The transfer state machine as docs/api.md states it from 国办发〔2009〕66号, written out
 * here by hand — not read from `transferTransitions` — so that a change to the server's
 * table is caught by a test instead of agreed with: the receiving office issues the
 * contact letter, the sending office records the funds sent, the receiving office
 * completes; either may reject and the receiving office may cancel until the funds have moved.
 */
export const statuses = ["requested", "letterIssued", "fundsTransferred", "completed", "rejected", "cancelled"] as const;
export type Status = (typeof statuses)[number];

export const operations = ["issue-contact-letter", "record-funds-transferred", "complete", "reject", "cancel"] as const;
export type Operation = (typeof operations)[number];

/** For each status, the operations allowed in it and the status each leads to; any other is refused. */
export const allowed: Readonly<Record<Status, Partial<Record<Operation, Status>>>> = {
  requested: { "issue-contact-letter": "letterIssued", reject: "rejected", cancel: "cancelled" },
  letterIssued: { "record-funds-transferred": "fundsTransferred", reject: "rejected", cancel: "cancelled" },
  fundsTransferred: { complete: "completed" },
  completed: {},
  rejected: {},
  cancelled: {},
};

/** Who makes each step: the receiving agency (`to`), the sending one (`from`), or either. */
export const actor: Readonly<Record<Operation, "to" | "from" | "either">> = {
  "issue-contact-letter": "to",
  "record-funds-transferred": "from",
  complete: "to",
  reject: "either",
  cancel: "to",
};

/** The steps from `requested` to each status. */
export const pathTo: Readonly<Record<Status, readonly Operation[]>> = {
  requested: [],
  letterIssued: ["issue-contact-letter"],
  fundsTransferred: ["issue-contact-letter", "record-funds-transferred"],
  completed: ["issue-contact-letter", "record-funds-transferred", "complete"],
  rejected: ["reject"],
  cancelled: ["cancel"],
};
