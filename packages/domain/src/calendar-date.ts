/**
 * Calendar-date helpers shared by the identifier modules. Dates are ISO 8601 calendar
 * dates `YYYY-MM-DD` (proleptic Gregorian), compared as strings.
 */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True when year/month/day name a day that exists in the Gregorian calendar. The parts are
 * integers: every caller parses them from digits it has already matched.
 */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Number of days of a month (1–12) of a Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True for a well-formed `YYYY-MM-DD` string naming a real day. */
export function isIsoDate(value: string): boolean {
  const match = isoDatePattern.exec(value);
  if (!match) return false;
  return isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}
