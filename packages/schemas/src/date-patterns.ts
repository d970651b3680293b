/**
 * The regular expressions that back `format: date` and `format: date-time` in every
 * schema of the standard. In JSON Schema 2020-12 `format` is only an annotation unless a
 * validator opts in, so without them a spec-default validator accepts `"1990-02-30"`,
 * `"yesterday"` or `""` as a date; `pattern` is asserted by every implementation.
 *
 * The date is the proleptic Gregorian calendar of years 0000–9999 with real month lengths
 * and leap years (divisible by 4, centuries only when divisible by 400), so `1990-02-30`,
 * `2023-02-29` and `1900-02-29` fail by pattern alone. Only plain groups, classes and
 * `{n}` quantifiers: every regular-expression dialect of the validators reads them alike.
 * What no pattern can say — second 60 only at 23:59:60 UTC — is in docs/dates.md.
 */
const calendarDate =
  "([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))" +
  "|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[048]|[2468][048]|[13579][26])00)-02-29)";

/** RFC 3339 `full-date` on the Gregorian calendar: `2024-02-29`. */
export const datePattern = `^${calendarDate}$`;

/**
 * RFC 3339 `date-time` with a mandatory offset: the date, `T` (or `t`), hours 00–23,
 * minutes 00–59, seconds 00–60, an optional fraction, then `Z` (or `z`) or `±hh:mm`.
 */
export const dateTimePattern = `^${calendarDate}[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$`;

/** The pattern each date format of the standard is backed by. */
export const formatPatterns: Readonly<Record<"date" | "date-time", string>> = { date: datePattern, "date-time": dateTimePattern };
