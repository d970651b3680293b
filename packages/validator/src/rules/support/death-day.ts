import { dayNumber } from "./iso-date.js";
import type { PersonView } from "./record-view.js";

/**
 * A person's death as a day number, read from either field: 1.1's `vitalStatus`
 * (deceased, with its date) or 1.0's `deathDate`. `noDeath` means no death is recorded;
 * `deathDayUnknown` means the person is recorded as deceased without a date. The two
 * sentinels sort after every real day, so the earliest of several records is the known one.
 */
export const noDeath = 2_147_483_647; // the index's openEnd: an open period, a life not ended
export const deathDayUnknown = noDeath - 1;

/** Whether a death day from `deathDayOf` (or the index) records a death at all. */
export function isDead(deathDay: number): boolean {
  return deathDay !== noDeath;
}

/** Whether a death day from `deathDayOf` (or the index) is a real day. */
export function isKnownDeathDay(deathDay: number): boolean {
  return deathDay < deathDayUnknown;
}

export function deathDayOf(person: PersonView): number {
  const vital = person.vitalStatus;
  if (vital?.status === "deceased" && vital.date !== undefined) return dayNumber(vital.date);
  if (person.deathDate !== undefined) return dayNumber(person.deathDate);
  if (vital?.status === "deceased") return deathDayUnknown;
  return noDeath;
}
