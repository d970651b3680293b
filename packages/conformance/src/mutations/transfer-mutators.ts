import { addDays, timestampOn } from "../arbitraries/calendar.js";
import { individualTotalOf } from "../arbitraries/contributions.js";
import type { CztRecord, TransferRecord } from "../records.js";
import { isTransfer, type Mutator, mutateOne } from "./mutator.js";

const isPensionTransfer = (record: CztRecord): record is TransferRecord => isTransfer(record) && record.kind === "pension.employee.intercity";

export const transferMutators: readonly Mutator[] = [
  {
    ruleId: "transfer.pooled-fund",
    description: "move one fen more pooled fund than 12 % of the contribution wages",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isPensionTransfer, (transfer) => {
        transfer.pooledFundAmount += 1;
      }),
  },
  {
    ruleId: "transfer.individual-account",
    description: "move one fen less than the individual contributions",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isPensionTransfer, (transfer) => {
        transfer.individualAccountBalance = individualTotalOf(transfer.contributions) - 1;
      }),
    // A dataset where a transfer has no individual contributions cannot go below zero fen.
  },
  {
    ruleId: "transfer.contribution-months",
    description: "count one month more than the contribution years add up to",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isTransfer, (transfer) => {
        transfer.contributionMonths += 1;
      }),
  },
  {
    ruleId: "transfer.step-order",
    description: "date the second step before the first",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, (r): r is TransferRecord => isTransfer(r) && r.steps.length >= 2, (transfer) => {
        transfer.steps[1]!.at = timestampOn(addDays(transfer.steps[0]!.at.slice(0, 10), -1), 10);
      }),
  },
  {
    ruleId: "transfer.status-matches-last-step",
    description: "drop the last step, leaving the status it recorded",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, (r): r is TransferRecord => isTransfer(r) && r.steps.length >= 2, (transfer) => {
        transfer.steps.pop();
      }),
  },
  {
    ruleId: "transfer.step-deadline",
    description: "let the first step wait 60 days for the contact letter",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, (r): r is TransferRecord => isTransfer(r) && r.steps.length >= 2, (transfer) => {
        transfer.steps[0]!.at = timestampOn(addDays(transfer.steps[1]!.at.slice(0, 10), -60), 10);
      }),
  },
  {
    ruleId: "transfer.linking-direction",
    description: "record a link with 200 employee-scheme months as employee-to-resident (it must go resident-to-employee)",
    alsoFires: ["transfer.pooled-fund"],
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isTransfer, (transfer) => {
        transfer.kind = "pension.link.employeeToResident";
        transfer.linking = { employeeSchemeMonths: 200, residentSchemeMonths: 24 };
      }),
  },
];
