import type { TransferKindCode, TransferStatusCode } from "@czt/types";
import { defaultParameterTables, movesBetweenPools } from "@czt/validator";
import type { CityCode, EnrolmentRecord, TransferRecord, TransferStep } from "../records.js";
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
  /** A source outside the three cities (a migrant arriving from another province): `from` then only supplies the contributions. */
  origin?: OutsideOrigin;
}

/** A pooling region outside the three cities and the outside agency's enrolment there. */
export type OutsideOrigin = {
  city: string;
  external: { agency: { name: string }; localId: string };
};

/** Pooling regions migrants arrive from, with their agencies (illustrative). */
export const outsideRegions: readonly { city: string; agency: string }[] = [
  { city: "440100", agency: "广州市社会保险基金管理中心" },
  { city: "440300", agency: "深圳市社会保险基金管理局" },
  { city: "511621", agency: "岳池县社会保险事业管理局" },
  { city: "360100", agency: "南昌市社会保险服务中心" },
];

/**
 * A completed intercity transfer from one enrolment to the next, with amounts that follow
 * the national rules: the contribution months add up and, between two pools (the
 * standard's default pooling regime), the individual account moves in full and the pooled
 * fund is 12 % of each year's contribution wage since 1998. Within one pool (two Hunan
 * cities since provincial pooling) it is a registration change: two steps, no funds.
 */
export function buildTransfer(plan: TransferPlan): TransferRecord {
  const contributions = plan.from.contributions ?? [];
  const kind = intercityKindOfScheme[plan.from.scheme] ?? "pension.employee.intercity";
  const fromCity = plan.origin?.city ?? plan.from.city;
  const probe = { kind, from: { city: fromCity }, to: { city: plan.to.city }, steps: [{ at: plan.requested }] };
  const betweenPools = movesBetweenPools(probe as unknown as Parameters<typeof movesBetweenPools>[0], defaultParameterTables) !== false;
  const statuses: TransferStatusCode[] = betweenPools ? ["requested", "letterIssued", "fundsTransferred", "completed"] : ["requested", "completed"];
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
    kind,
    from: plan.origin ?? { city: plan.from.city, agency: agency(plan.from.city), enrolmentId: plan.from.id },
    to: { city: plan.to.city, agency: agency(plan.to.city), enrolmentId: plan.to.id },
    status: "completed",
    steps,
    contributionMonths: monthsOf(contributions),
    individualAccountBalance: betweenPools ? individualTotalOf(contributions) + plan.accountInterest : 0,
    pooledFundAmount: betweenPools ? pooledFundOf(contributions) : 0,
    contributions,
  };
}
