// Frozen with release 1.0 of the standard: a copy of src/arbitraries/transfer.ts as released. Do not edit (see ../index.ts).
import type { TransferKindCode, TransferStatusCode } from "@czt/types";
import type { CityCode, EnrolmentRecord, TransferRecord, TransferStep } from "../../../records.js";
import { addDays, timestampOn } from "./calendar.js";
import { individualTotalOf, monthsOf, pooledFundOf } from "./contributions.js";
import { departmentOfScheme } from "./enrolment.js";
import { agencyOf } from "./places.js";

/** The transfer kind that moves each scheme between cities. */
export const intercityKindOfScheme: Readonly<Record<string, TransferKindCode>> = {
  "pension.employee": "pension.employee.intercity",
  "medical.employee": "medical.intercity",
  unemployment: "unemployment.intercity",
};

export interface TransferPlan {
  id: string;
  from: EnrolmentRecord;
  to: EnrolmentRecord;
  /** Day the person applied at the new office. */
  requested: string;
  /** Days between successive steps (each well inside the 15-working-day limit). */
  stepGaps: readonly [number, number, number];
  /** Interest credited to the individual account on top of the contributions, in fen. */
  accountInterest: number;
}

/**
 * A completed intercity transfer from one enrolment to the next, with amounts that follow
 * the national rules: the contribution months add up, the individual account moves in
 * full, and the pooled fund is 12 % of each year's contribution wage since 1998.
 */
export function buildTransfer(plan: TransferPlan): TransferRecord {
  const contributions = plan.from.contributions ?? [];
  const statuses: TransferStatusCode[] = ["requested", "letterIssued", "fundsTransferred", "completed"];
  let day = plan.requested;
  const steps: TransferStep[] = statuses.map((status, index) => {
    if (index > 0) day = addDays(day, plan.stepGaps[index - 1]!);
    return { status, at: timestampOn(day, 10) };
  });
  const agency = (city: CityCode) => agencyOf(city, departmentOfScheme(plan.from.scheme));
  return {
    recordType: "transfer",
    id: plan.id,
    meta: { lastUpdated: timestampOn(day, 17) },
    personId: plan.from.personId,
    kind: intercityKindOfScheme[plan.from.scheme] ?? "pension.employee.intercity",
    from: { city: plan.from.city, agency: agency(plan.from.city), enrolmentId: plan.from.id },
    to: { city: plan.to.city, agency: agency(plan.to.city), enrolmentId: plan.to.id },
    status: "completed",
    steps,
    contributionMonths: monthsOf(contributions),
    individualAccountBalance: individualTotalOf(contributions) + plan.accountInterest,
    pooledFundAmount: pooledFundOf(contributions),
    contributions,
  };
}
