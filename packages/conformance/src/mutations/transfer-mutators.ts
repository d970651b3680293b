import { defaultParameterTables, movesBetweenPools } from "@czt/validator";
import { addDays, timestampOn } from "../arbitraries/calendar.js";
import { individualTotalOf } from "../arbitraries/contributions.js";
import type { CztRecord, TransferRecord } from "../records.js";
import { isTransfer, type Mutator, mutateOne } from "./mutator.js";

const betweenPools = (transfer: TransferRecord) => movesBetweenPools(transfer as unknown as Parameters<typeof movesBetweenPools>[0], defaultParameterTables);
/** Pension transfers between two pools: the only ones that move funds. */
const isPensionTransfer = (record: CztRecord): record is TransferRecord => isTransfer(record) && record.kind === "pension.employee.intercity" && betweenPools(record) === true;
/** Pension transfers between two pools whose source is a side of the dataset. */
const isPensionTransferFromTheCities = (record: CztRecord): record is TransferRecord => isPensionTransfer(record) && record.from.external === undefined;
/** Registration changes within one pool (two Hunan cities since provincial pooling). */
const isRegistrationChange = (record: CztRecord): record is TransferRecord => isTransfer(record) && betweenPools(record) === false;
/** Arrivals from a pooling region outside the three cities. */
const isArrivalFromOutside = (record: CztRecord): record is TransferRecord => isTransfer(record) && record.from.external !== undefined;

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
    // The 66号 deadlines time employee pension transfers between pools only.
    mutate: (entries, pick) =>
      mutateOne(entries, pick, (r): r is TransferRecord => isPensionTransfer(r) && r.steps.length >= 2, (transfer) => {
        transfer.steps[0]!.at = timestampOn(addDays(transfer.steps[1]!.at.slice(0, 10), -60), 10);
      }),
  },
  {
    ruleId: "transfer.linking-direction",
    description: "record a link with 200 employee-scheme months as employee-to-resident (it must go resident-to-employee)",
    // A registration change carries no account: as a link it would have to move one.
    alsoFires: ["transfer.pooled-fund", "transfer.individual-account"],
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isTransfer, (transfer) => {
        transfer.kind = "pension.link.employeeToResident";
        transfer.linking = { employeeSchemeMonths: 200, residentSchemeMonths: 24 };
      }),
  },
  {
    ruleId: "transfer.funds-within-pool",
    description: "move a pooled fund on a registration change between two Hunan cities",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isRegistrationChange, (transfer) => {
        transfer.pooledFundAmount = 100;
      }),
  },
  {
    ruleId: "transfer.pooling-region",
    description: "give an arrival from outside a pooling region whose province part is no province (72)",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isArrivalFromOutside, (transfer) => {
        transfer.from.city = "720100";
      }),
  },
  {
    ruleId: "transfer.side-outside-three-cities",
    description: "move the source of a transfer between two pools to 440100 (Guangzhou) while it keeps the dataset's agency and enrolment",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isPensionTransferFromTheCities, (transfer) => {
        transfer.from.city = "440100";
      }),
  },
];
