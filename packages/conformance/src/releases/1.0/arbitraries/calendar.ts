// Frozen with release 1.0 of the standard: a copy of src/arbitraries/calendar.ts as released. Do not edit (see ../index.ts).
/** Date arithmetic on `YYYY-MM-DD` strings in UTC, for building consistent records. */

const dayMs = 86_400_000;

export function toDay(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / dayMs;
}

export function fromDay(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDay(toDay(date) + days);
}

export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  // 29 February plus a non-leap number of years lands on 1 March, as civil law counts ages.
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

export function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

export function earlierOf(a: string, b: string): string {
  return a < b ? a : b;
}

/** A timestamp in China Standard Time, as agencies record them. */
export function timestampOn(date: string, hour = 9): string {
  return `${date}T${String(hour).padStart(2, "0")}:00:00+08:00`;
}
