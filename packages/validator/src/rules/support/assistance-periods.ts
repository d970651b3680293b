import { Kind, type DatasetIndex } from "../../dataset/dataset-index.js";
import { openEnd } from "../../dataset/index-entry.js";
import { caseStatusCodes, dibaoProgrammes, programmeCodes, tekunProgrammes } from "./code-tables.js";
import { cachedView } from "./index-cache.js";
import { sortByKey } from "./packed-key-sort.js";

/** Case statuses of approved cases (a benefit was or is paid over their period). */
const approvedStatuses: ReadonlySet<number> = new Set(["active", "suspended", "terminated"].map((s) => caseStatusCodes.index.get(s) ?? -1));
const terminated = caseStatusCodes.index.get("terminated") ?? -1;

export const Category = { Dibao: 0, Tekun: 1 } as const;
export type Category = (typeof Category)[keyof typeof Category];

/** Programme index → category, or -1 for programmes the exclusivity rules ignore. */
const categoryOfProgramme: readonly number[] = [
  -1,
  ...programmeCodes.codes.map((code) => (dibaoProgrammes.has(code) ? Category.Dibao : tekunProgrammes.has(code) ? Category.Tekun : -1)),
];

export function categoryOf(index: DatasetIndex, slot: number): number {
  return categoryOfProgramme[index.codeOf(slot)] ?? -1;
}

export interface BeneficiaryPeriods {
  /** Case slots, one per (beneficiary, case), sorted by beneficiary group then start. */
  readonly slots: Int32Array;
  /** The beneficiary's person group of each entry of `slots`. */
  readonly groups: Int32Array;
}

/** The person group of a person id; ids no record knows get a group of their own from `unknown`. */
function groupOfId(index: DatasetIndex, personId: string, unknown: Map<string, number>): number {
  let group = index.personGroupById(personId);
  if (group < 0) {
    group = unknown.get(personId) ?? 2 * index.size + unknown.size;
    unknown.set(personId, group);
  }
  return group;
}

/**
 * Appends to `groups` the person groups a case pays for, each once: the beneficiary
 * (personId), the covered members, else the head. Returns how many it appended.
 */
function addBeneficiaryGroups(index: DatasetIndex, slot: number, unknown: Map<string, number>, groups: number[]): number {
  const first = groups.length;
  if (index.hasPersonId(slot)) groups.push(index.personGroupOf(slot));
  const extras = index.extrasOf(slot);
  const members = extras.memberIds;
  if (members) {
    const uncovered = extras.uncoveredMembers;
    for (let i = 0; i < members.length; i++) {
      if (uncovered?.includes(i)) continue;
      const group = groupOfId(index, members[i]!, unknown);
      if (groups.indexOf(group, first) < 0) groups.push(group);
    }
  }
  if (groups.length === first && extras.headPersonId !== undefined) groups.push(groupOfId(index, extras.headPersonId, unknown));
  return groups.length - first;
}

/**
 * Approved 低保 and 特困 cases laid out per beneficiary (identity number across
 * cities), sorted by start: the input of the "two at once" sweeps. Terminated cases
 * without a termination date are left out. Person ids no record knows get a group of
 * their own, numbered after every slot.
 */
export const beneficiaryPeriods = cachedView((index: DatasetIndex): BeneficiaryPeriods => {
  // Rows in typed arrays grown by half: an array of numbers held 8 bytes a row on the heap, plus the slack of its growth.
  let rowSlots = new Int32Array(1024);
  let rowGroups = new Int32Array(1024);
  let rows = 0;
  const caseGroups: number[] = [];
  const unknown = new Map<string, number>();
  for (let slot = 0; slot < index.size; slot++) {
    if (index.kindOf(slot) !== Kind.Assistance || categoryOf(index, slot) < 0) continue;
    const status = index.statusOf(slot);
    if (!approvedStatuses.has(status) || (status === terminated && index.endOf(slot) === openEnd)) continue;
    caseGroups.length = 0;
    const added = addBeneficiaryGroups(index, slot, unknown, caseGroups);
    if (rows + added > rowSlots.length) {
      const capacity = Math.ceil((rows + added) * 1.5);
      rowSlots = grown(rowSlots, capacity);
      rowGroups = grown(rowGroups, capacity);
    }
    for (let i = 0; i < added; i++) {
      rowSlots[rows] = slot;
      rowGroups[rows++] = caseGroups[i]!;
    }
  }
  let minStart = 0;
  let maxStart = 0;
  let maxGroup = 0;
  for (let row = 0; row < rows; row++) {
    const start = index.startOf(rowSlots[row]!);
    if (row === 0 || start < minStart) minStart = start;
    if (row === 0 || start > maxStart) maxStart = start;
    if (rowGroups[row]! > maxGroup) maxGroup = rowGroups[row]!;
  }
  const span = maxStart - minStart + 1;
  const slots = new Int32Array(rows);
  const groups = new Int32Array(rows);
  // Rows are in slot order, and a case's rows have distinct groups: the tie-break on the row is the tie-break on the slot.
  const place = (rank: number, row: number): void => {
    slots[rank] = rowSlots[row]!;
    groups[rank] = rowGroups[row]!;
  };
  const keyOf = (row: number): number => rowGroups[row]! * span + (index.startOf(rowSlots[row]!) - minStart);
  // Keys of more than 53 bits would be inexact: compare the fields instead.
  if (!sortByKey(rows, (maxGroup + 1) * span, keyOf, place)) {
    const order = new Int32Array(rows);
    for (let row = 0; row < rows; row++) order[row] = row;
    order.sort((a, b) => rowGroups[a]! - rowGroups[b]! || index.startOf(rowSlots[a]!) - index.startOf(rowSlots[b]!) || rowSlots[a]! - rowSlots[b]!);
    for (let rank = 0; rank < rows; rank++) place(rank, order[rank]!);
  }
  return { slots, groups };
});

function grown(array: Int32Array, capacity: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(capacity);
  next.set(array);
  return next;
}

/**
 * Sweeps each beneficiary's cases in start order, calling `report(later, earlier)` when
 * a case starts on or before the furthest end seen so far of a case in another (category,
 * city) cell; each pair of cases is reported once even when several members share them.
 */
export function sweepBeneficiaries(index: DatasetIndex, report: (later: number, earlier: number) => void): void {
  const { slots, groups } = beneficiaryPeriods(index);
  const cells = 8; // 2 categories × 4 city values (0 = unknown)
  const furthestEnd = new Float64Array(cells);
  const furthestSlot = new Int32Array(cells);
  const reported = new Set<string>();
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    if (i === 0 || groups[i] !== groups[i - 1]) {
      furthestEnd.fill(Number.NEGATIVE_INFINITY);
      furthestSlot.fill(-1);
    }
    const start = index.startOf(slot);
    const cell = categoryOf(index, slot) * 4 + index.cityOf(slot);
    for (let other = 0; other < cells; other++) {
      const earlier = furthestSlot[other]!;
      if (earlier < 0 || earlier === slot || furthestEnd[other]! < start) continue;
      const pair = `${earlier}:${slot}`;
      if (reported.has(pair)) continue;
      reported.add(pair);
      report(slot, earlier);
    }
    const end = index.endOf(slot);
    if (end > furthestEnd[cell]!) {
      furthestEnd[cell] = end;
      furthestSlot[cell] = slot;
    }
  }
}
