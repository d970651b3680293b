/**
 * The two formats the standard uses, checked with character codes instead of regular
 * expressions: they run on every date of every record, so they sit on the hot path.
 * Both follow RFC 3339 (`full-date`, `date-time` with a mandatory offset).
 */

const daysInMonth = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -100;
}

function twoDigits(s: string, i: number): number {
  return digit(s, i) * 10 + digit(s, i + 1);
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** The first 10 characters are a real calendar date `YYYY-MM-DD`. */
function dateAt(s: string): boolean {
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const year = twoDigits(s, 0) * 100 + twoDigits(s, 2);
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : daysInMonth[month]!);
}

/** RFC 3339 `full-date`: `2024-02-29`. */
export function isDate(s: string): boolean {
  return s.length === 10 && dateAt(s);
}

/** Minutes in a day; 23:59 UTC is minute 1439, the only minute a leap second may end. */
const minutesPerDay = 24 * 60;

/**
 * RFC 3339 `date-time` with an offset: `2024-02-29T08:30:00+08:00`, `…T00:30:00.5Z`.
 * `T` and `Z` may be lowercase (RFC 3339 §5.6 note: the ABNF is case-insensitive); a
 * space instead of `T` is not the `date-time` production and is refused. Second 60 is a
 * leap second and exists only at 23:59:60 UTC, so only where the local time minus the
 * offset is 23:59 (`…T07:59:60+08:00`), which no regular expression of the schemas can say.
 */
export function isDateTime(s: string): boolean {
  if (s.length < 20 || !dateAt(s)) return false;
  const t = s.charCodeAt(10);
  if (t !== 84 && t !== 116) return false; // T or t
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return false;
  const hour = twoDigits(s, 11);
  const minute = twoDigits(s, 14);
  const second = twoDigits(s, 17);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return false;
  let i = 19;
  if (s.charCodeAt(i) === 46) {
    i++;
    const start = i;
    while (i < s.length && digit(s, i) >= 0) i++;
    if (i === start) return false;
  }
  const zone = s.charCodeAt(i);
  let offsetMinutes = 0;
  if (zone === 90 || zone === 122) {
    if (i + 1 !== s.length) return false; // Z or z ends the string
  } else {
    if (zone !== 43 && zone !== 45) return false; // + or -
    if (s.length !== i + 6 || s.charCodeAt(i + 3) !== 58) return false;
    const offsetHour = twoDigits(s, i + 1);
    const offsetMinute = twoDigits(s, i + 4);
    if (offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) return false;
    offsetMinutes = (zone === 43 ? 1 : -1) * (offsetHour * 60 + offsetMinute);
  }
  if (second < 60) return true;
  const utcMinute = (((hour * 60 + minute - offsetMinutes) % minutesPerDay) + minutesPerDay) % minutesPerDay;
  return utcMinute === minutesPerDay - 1;
}
