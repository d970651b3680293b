import { datePattern, dateTimePattern } from "@czt/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withoutFormatBackedPatterns } from "../src/schema/format-backed-patterns.js";
import { isDate, isDateTime } from "../src/schema/formats.js";

const date = new RegExp(datePattern, "u");
const dateTime = new RegExp(dateTimePattern, "u");

const pad = (n: number, width: number) => String(n).padStart(width, "0");
/** Date-shaped strings, real and impossible: months 00–13, days 00–32, every year. */
const dateLike = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
const leapDays = fc.integer({ min: 0, max: 9999 }).map((y) => `${pad(y, 4)}-02-29`);
const timeLike = fc
  .tuple(
    fc.constantFrom("T", "t", " ", "_"),
    fc.integer({ min: 0, max: 25 }),
    fc.integer({ min: 0, max: 61 }),
    fc.oneof(fc.integer({ min: 0, max: 61 }), fc.constant(60)),
    fc.constantFrom("", ".5", ".123456", "."),
    fc.oneof(fc.constantFrom("Z", "z", "", "+0800", "+24:00"), fc.tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([s, h, m]) => `${s}${pad(h, 2)}:${pad(m, 2)}`)),
  )
  .map(([sep, h, m, s, fraction, zone]) => `${sep}${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}${fraction}${zone}`);
const dateTimeLike = fc.tuple(fc.oneof(dateLike, leapDays), timeLike).map(([d, t]) => d + t);

describe("the schemas' date patterns and the validator's format checks", () => {
  it("agree on every date: the pattern is the whole calendar check", () => {
    fc.assert(
      fc.property(fc.oneof(dateLike, leapDays, fc.string({ maxLength: 12 })), (s) => isDate(s) === date.test(s)),
      { numRuns: 20_000 },
    );
  });

  it("agree on every date-time except second 60, whose placement only the validator checks", () => {
    fc.assert(
      fc.property(fc.oneof(dateTimeLike, fc.string({ maxLength: 30 })), (s) => {
        if (isDateTime(s)) return dateTime.test(s);
        return !dateTime.test(s) || s.slice(17, 19) === "60";
      }),
      { numRuns: 20_000 },
    );
  });
});

describe("withoutFormatBackedPatterns", () => {
  it("drops the standard's pattern beside its format and keeps every other pattern", () => {
    const schema = {
      properties: {
        born: { type: "string", format: "date", pattern: datePattern },
        at: { type: "string", format: "date-time", pattern: dateTimePattern },
        own: { type: "string", format: "date", pattern: "^20" },
        month: { type: "string", pattern: "^[0-9]{4}-(0[1-9]|1[0-2])$" },
        sample: { const: { format: "date", pattern: datePattern } },
      },
    };
    expect(withoutFormatBackedPatterns(schema)).toEqual({
      properties: {
        born: { type: "string", format: "date" },
        at: { type: "string", format: "date-time" },
        own: { type: "string", format: "date", pattern: "^20" },
        month: { type: "string", pattern: "^[0-9]{4}-(0[1-9]|1[0-2])$" },
        sample: { const: { format: "date", pattern: datePattern } },
      },
    });
  });
});
