/**
 * The transfer procedure as the statute states it (国办发〔2009〕66号 and its 经办规程): the
 * receiving office issues the contact letter, the sending office transfers the funds, the
 * receiving office completes; a transfer can be rejected or cancelled until the funds have
 * moved. Stated here, independently of any server's own table, so a server whose table is
 * wrong fails the check instead of agreeing with itself.
 */
export interface TransferStep {
  /** The operation's path segment: `POST /v1/transfers/{id}/<action>`. */
  action: string;
  /** The statuses the step may be taken from. */
  from: readonly string[];
  /** The status after it. */
  to: string;
}

export const transferSteps: readonly TransferStep[] = [
  { action: "issue-contact-letter", from: ["requested"], to: "letterIssued" },
  { action: "record-funds-transferred", from: ["letterIssued"], to: "fundsTransferred" },
  { action: "complete", from: ["fundsTransferred"], to: "completed" },
  { action: "reject", from: ["requested", "letterIssued"], to: "rejected" },
  { action: "cancel", from: ["requested", "letterIssued"], to: "cancelled" },
];
