/** Date arithmetic on `YYYY-MM-DD` strings in UTC, for building consistent records. */

const dayMs = 86_400_000;

export function toDay(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / dayMs;
}

/** Formatted days, kept: the generator formats the same few thousand days millions of times. */
const dayStrings = new Map<number, string>();

export function fromDay(day: number): string {
  let text = dayStrings.get(day);
  if (text === undefined) {
    text = new Date(day * dayMs).toISOString().slice(0, 10);
    dayStrings.set(day, text);
  }
  return text;
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
