import type { MinimumContributionPeriodEntry, Parameters, PoolingRegimeEntry, PoolingScheme } from "../../parameters.js";
import { datePart } from "./iso-date.js";
import type { TransferView } from "./record-view.js";

/**
 * The pooling regime and the minimum contribution period, read from the parameter
 * tables (the standard's default rows unless the agency supplies its own).
 */

/** The scheme family whose pooling decides whether funds move, for the kinds that move between regions of one scheme. */
const schemeOfKind: ReadonlyMap<string, PoolingScheme> = new Map<string, PoolingScheme>([
  ["pension.employee.intercity", "pension.employee"],
  ["medical.intercity", "medical"],
  ["unemployment.intercity", "unemployment"],
]);

export function poolingSchemeOf(kind: string): PoolingScheme | undefined {
  return schemeOfKind.get(kind);
}

/** The day a transfer is judged on: its first step (the request). */
export function transferDate(transfer: TransferView): string | undefined {
  const first = transfer.steps[0];
  return first === undefined ? undefined : datePart(first.at);
}

function inForce(entry: { readonly validFrom: string; readonly validUntil?: string }, date: string): boolean {
  return entry.validFrom <= date && (entry.validUntil === undefined || date <= entry.validUntil);
}

/** Whether `division` lies under `region` (a province `xx0000` or a city `xxxx00`). */
function within(division: string, region: string): boolean {
  if (region.endsWith("0000")) return division.startsWith(region.slice(0, 2));
  return division.startsWith(region.slice(0, 4));
}

/** The pool a division belongs to on `date`: the region of a row in force that covers it, else its city. */
export function poolOf(rows: readonly PoolingRegimeEntry[] | undefined, scheme: PoolingScheme, division: string, date: string): string {
  for (const row of rows ?? []) {
    if (row.scheme === scheme && inForce(row, date) && within(division, row.region)) return row.region;
  }
  return `${division.slice(0, 4)}00`;
}

/**
 * Whether a transfer moves between two pools (funds move) rather than within one
 * (a registration change, 变更登记). `undefined` for kinds the pooling regime does not
 * decide (linking, institution and resident-pension transfers) and for a transfer
 * without steps.
 */
export function movesBetweenPools(transfer: TransferView, parameters: Parameters): boolean | undefined {
  const scheme = poolingSchemeOf(transfer.kind);
  const date = transferDate(transfer);
  if (scheme === undefined || date === undefined) return undefined;
  const rows = parameters.poolingRegime;
  return poolOf(rows, scheme, transfer.from.city, date) !== poolOf(rows, scheme, transfer.to.city, date);
}

/** The minimum contribution period in months on `date`, or `undefined` when no row is in force. */
export function minimumContributionMonths(rows: readonly MinimumContributionPeriodEntry[] | undefined, date: string): number | undefined {
  for (const row of rows ?? []) if (inForce(row, date)) return row.months;
  return undefined;
}
