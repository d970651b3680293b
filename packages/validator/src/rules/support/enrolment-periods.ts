import { type DatasetIndex, Kind } from "../../dataset/dataset-index.js";
import { openEnd } from "../../dataset/index-entry.js";
import type { Params } from "../../rule.js";
import { cityCodeOf } from "./city-code.js";
import { contributionStatusCodes, employeeSchemes, schemeCodes, schemeFamily, schemeSupplements } from "./code-tables.js";
import { cachedView } from "./index-cache.js";
import { sortByKey } from "./packed-key-sort.js";

const terminated = contributionStatusCodes.index.get("3") ?? -1;

/**
 * Scheme index → family name, family number, and whether it is an employee scheme. A
 * supplementary scheme (大额医疗费用补助 beside 职工医保) is a family of its own: held
 * alongside its main scheme, it is no duplicate of it.
 */
const familyOfScheme: readonly string[] = ["", ...schemeCodes.codes.map((code) => (schemeSupplements.has(code) ? code : (schemeFamily.get(code) ?? code)))];
const familyNumbers = new Map<string, number>();
const familyNumberOfScheme: readonly number[] = familyOfScheme.map((family) => {
  if (!familyNumbers.has(family)) familyNumbers.set(family, familyNumbers.size);
  return familyNumbers.get(family)!;
});
const isEmployeeScheme: readonly boolean[] = [false, ...schemeCodes.codes.map((code) => employeeSchemes.has(code))];

/** The family a scheme (its index) overlaps in, as the sweeps group it ("" when unknown): for the index's rows. */
export function overlapFamilyOfScheme(scheme: number): string {
  return familyOfScheme[scheme] ?? "";
}

/** Whether a scheme (its index) is an employee scheme. */
export function isEmployeeSchemeCode(scheme: number): boolean {
  return isEmployeeScheme[scheme] ?? false;
}

export interface EnrolmentPeriods {
  /** Enrolment slots sorted by person group, scheme family, start. */
  readonly order: Int32Array;
}

function familyOf(index: DatasetIndex, slot: number): number {
  return familyNumberOfScheme[index.codeOf(slot)] ?? 0;
}

const families = familyNumbers.size + 1;

function groupKey(index: DatasetIndex, slot: number): number {
  return index.personGroupOf(slot) * families + familyOf(index, slot);
}

/**
 * Enrolments that occupy a period, grouped by person (identity number across cities)
 * and insurance family, each group sorted by start: the input of the overlap sweeps.
 * Sorted on numbers only (group, family, start). A terminated enrolment without an end
 * date is left out: when it stopped is unknown.
 */
function occupiesPeriod(index: DatasetIndex, slot: number): boolean {
  if (index.kindOf(slot) !== Kind.Enrolment) return false;
  if (index.statusOf(slot) === terminated && index.endOf(slot) === openEnd) return false;
  return index.personGroupOf(slot) >= 0;
}

export const enrolmentPeriods = cachedView((index: DatasetIndex): EnrolmentPeriods => {
  // Counted first: an array of one entry per slot would be mostly unused (and linger until a garbage collection).
  let count = 0;
  for (let slot = 0; slot < index.size; slot++) if (occupiesPeriod(index, slot)) count++;
  const slots = new Int32Array(count);
  let next = 0;
  for (let slot = 0; slot < index.size; slot++) if (occupiesPeriod(index, slot)) slots[next++] = slot;
  return { order: sortByGroupFamilyStart(index, slots) };
});

/**
 * Sorts enrolment slots by (person group, family, start, slot). The first three are
 * packed into one exact number per slot when they fit in 53 bits, sorted natively with
 * the slot's position (`sortByKey`: natively when both fit in 64 bits, no copies on the
 * heap), else by a comparator over the fields.
 */
function sortByGroupFamilyStart(index: DatasetIndex, slots: Int32Array): Int32Array {
  const count = slots.length;
  let minStart = Number.POSITIVE_INFINITY;
  let maxStart = Number.NEGATIVE_INFINITY;
  let maxGroup = 0;
  for (let i = 0; i < count; i++) {
    const slot = slots[i]!;
    // Starts are whole day numbers (the index keeps them in an Int32Array), so every key is exact.
    const start = index.startOf(slot);
    if (start < minStart) minStart = start;
    if (start > maxStart) maxStart = start;
    const group = index.personGroupOf(slot);
    if (group > maxGroup) maxGroup = group;
  }
  const span = maxStart - minStart + 1;
  if (!((maxGroup + 1) * families * span <= Number.MAX_SAFE_INTEGER)) {
    return slots.slice().sort(
      (a, b) =>
        index.personGroupOf(a) - index.personGroupOf(b) || familyOf(index, a) - familyOf(index, b) || index.startOf(a) - index.startOf(b) || a - b,
    );
  }
  const keyOf = (i: number): number => {
    const slot = slots[i]!;
    return (index.personGroupOf(slot) * families + familyOf(index, slot)) * span + (index.startOf(slot) - minStart);
  };
  // Positions in `slots` (ascending slots), so the tie-break on position is the tie-break on slot.
  const order = new Int32Array(count);
  // Keys are exact (checked above), so sortByKey always sorts.
  sortByKey(count, (maxGroup + 1) * families * span, keyOf, (rank, i) => {
    order[rank] = slots[i]!;
  });
  return order;
}

export type OverlapKind = "sameScheme" | "sameFamily" | "employeeAndResidentMedical";

/** How two overlapping enrolments of one family relate. */
export function overlapKind(schemeA: number, schemeB: number): OverlapKind {
  if (schemeA === schemeB) return "sameScheme";
  if (familyOfScheme[schemeA] === "medical" && isEmployeeScheme[schemeA] !== isEmployeeScheme[schemeB]) return "employeeAndResidentMedical";
  return "sameFamily";
}

/**
 * Sweeps each group in start order and calls `report(later, earlier)` for every
 * enrolment that starts on or before the latest end seen so far for some scheme of the
 * group (one report per scheme, in scheme order, against the enrolment reaching
 * furthest). Linear in the number of enrolments times the schemes seen in their group:
 * a bit mask says which schemes the group has seen, so nothing is reset between groups.
 */
export function sweepOverlaps(index: DatasetIndex, report: (later: number, earlier: number) => void): void {
  const { order } = enrolmentPeriods(index);
  const schemeCount = schemeCodes.codes.length + 1;
  if (schemeCount > 31) throw new Error("sweepOverlaps keeps schemes in a 31-bit mask");
  const furthestEnd = new Float64Array(schemeCount);
  const furthestSlot = new Int32Array(schemeCount);
  let seen = 0;
  let group = -1;
  for (let i = 0; i < order.length; i++) {
    const slot = order[i]!;
    const key = groupKey(index, slot);
    if (key !== group) {
      group = key;
      seen = 0;
    }
    const start = index.startOf(slot);
    // Lowest scheme first, as the findings' order has always been.
    for (let rest = seen; rest !== 0; rest &= rest - 1) {
      const scheme = 31 - Math.clz32(rest & -rest);
      if (furthestEnd[scheme]! >= start) report(slot, furthestSlot[scheme]!);
    }
    const scheme = index.codeOf(slot);
    const end = index.endOf(slot);
    const bit = 1 << scheme;
    if (end > ((seen & bit) === 0 ? Number.NEGATIVE_INFINITY : furthestEnd[scheme]!)) {
      furthestEnd[scheme] = end;
      furthestSlot[scheme] = slot;
      seen |= bit;
    }
  }
}

/** The message parameters of an overlap: both enrolments' scheme and city, and the earlier one's id. */
export function overlapParams(index: DatasetIndex, later: number, earlier: number): Params {
  return {
    scheme: schemeCodes.codes[index.codeOf(later) - 1] ?? "unknown",
    city: cityCodeOf(index.cityOf(later)),
    otherId: index.idOf(earlier),
    otherScheme: schemeCodes.codes[index.codeOf(earlier) - 1] ?? "unknown",
    otherCity: cityCodeOf(index.cityOf(earlier)),
  };
}
