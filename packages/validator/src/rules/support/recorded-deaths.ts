import { Kind, type DatasetIndex } from "../../dataset/dataset-index.js";
import { deathDayUnknown, isKnownDeathDay, noDeath } from "./death-day.js";
import { cachedView } from "./index-cache.js";
import { isoOfDay } from "./iso-date.js";
import { lastDayOfMonthOf } from "./payment-lines.js";

/**
 * Deaths by person group (one identity number across cities, see
 * `DatasetIndex.personGroupOf`): the earliest death day any city's person record gives,
 * and that record's slot (the first, on a tie). A death recorded in Zhuzhou thus reaches
 * the Changsha records of the same person. Only groups with a death have an entry: two
 * arrays of one entry per slot cost 8 MB at a million records for a few deaths.
 */
const groupDeaths = cachedView((index: DatasetIndex): ReadonlyMap<number, RecordedDeath> => {
  const deaths = new Map<number, RecordedDeath>();
  for (let slot = 0; slot < index.size; slot++) {
    if (index.kindOf(slot) !== Kind.Person) continue;
    const day = index.deathDayOf(slot);
    if (day === noDeath) continue;
    const group = index.personGroupOf(slot);
    const earlier = deaths.get(group);
    if (earlier === undefined || day < earlier.day) deaths.set(group, { day, slot });
  }
  return deaths;
});

export interface RecordedDeath {
  /** Day number, or `deathDayUnknown` for a person recorded deceased without a date. */
  readonly day: number;
  /** The person slot that records it. */
  readonly slot: number;
}

/** The death of a person group, or undefined when no person record of the group gives one (or the group has no person record). */
export function deathOfGroup(index: DatasetIndex, group: number): RecordedDeath | undefined {
  return groupDeaths(index).get(group);
}

/** The death of the person a record's personId names (across cities), if recorded. */
export function deathOfPersonReferredBy(index: DatasetIndex, slot: number): RecordedDeath | undefined {
  return index.hasPersonId(slot) ? deathOfGroup(index, index.personGroupOf(slot)) : undefined;
}

/**
 * The death after which nobody an assistance case pays for is alive: the beneficiary
 * (personId) and the covered members, else the head. The latest of their deaths (a
 * household's case lawfully goes on while one covered member lives); undefined when one
 * of them is alive or unknown to the dataset.
 */
export function lastBeneficiaryDeath(index: DatasetIndex, slot: number): RecordedDeath | undefined {
  const groups: number[] = [];
  if (index.hasPersonId(slot)) groups.push(index.personGroupOf(slot));
  const extras = index.extrasOf(slot);
  const members = extras.memberIds;
  if (members) {
    for (let i = 0; i < members.length; i++) if (!extras.uncoveredMembers?.includes(i)) groups.push(index.personGroupById(members[i]!));
  }
  if (groups.length === 0 && extras.headPersonId !== undefined) groups.push(index.personGroupById(extras.headPersonId));
  let last: RecordedDeath | undefined;
  for (const group of groups) {
    const death = deathOfGroup(index, group);
    if (!death) return undefined;
    if (!last || death.day > last.day) last = death;
  }
  return last;
}

/** A death day for messages: the ISO date, or "—" when the record gives none. */
export function deathDateText(day: number): string {
  return day === deathDayUnknown ? "—" : isoOfDay(day);
}

/**
 * Where a record that should have ended with a death shows it did not: `statusPointer`
 * while its status still says it runs (contributing, in payment), else `/period/end` when
 * its period ends after the month of death; undefined when it ended in time.
 */
export function goesOnAfterDeath(index: DatasetIndex, slot: number, stillRunning: boolean, statusPointer: string, death: RecordedDeath): string | undefined {
  if (stillRunning) return statusPointer;
  const end = index.endOf(slot);
  return end !== noDeath && isKnownDeathDay(death.day) && end > lastDayOfMonthOf(death.day) ? "/period/end" : undefined;
}
