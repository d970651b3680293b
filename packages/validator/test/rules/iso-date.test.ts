import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths, dayNumber, isoOfDay, weekday } from "../../src/rules/support/iso-date.js";
import { parameterTables, workingDaysBetween } from "../../src/rules/support/parameter-tables.js";

const runs = Number(process.env["CZT_FC_RUNS"] ?? 200);
const anyDay = fc.integer({ min: dayNumber("1900-01-01"), max: dayNumber("2100-12-31") });

describe("ISO dates as day numbers", () => {
  it("agree with Date.UTC and round-trip through isoOfDay", () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const iso = isoOfDay(day);
        expect(dayNumber(iso)).toBe(day);
        expect(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000).toBe(day);
        expect(weekday(day)).toBe(new Date(day * 86_400_000).getUTCDay());
      }),
      { numRuns: runs },
    );
  });

  it("reads the local date of a timestamp and rejects impossible dates", () => {
    expect(dayNumber("2025-03-03T23:30:00-05:00")).toBe(dayNumber("2025-03-03"));
    expect(dayNumber("2000-02-30")).toBeNaN();
    expect(dayNumber("2000-02-29")).toBe(dayNumber("2000-03-01") - 1);
  });

  it("know century years are leap years only when divisible by 400 (1900 and 2100 have no 29 February)", () => {
    expect(dayNumber("1900-02-29")).toBeNaN();
    expect(dayNumber("2100-02-29")).toBeNaN();
    expect(addMonths("2099-12-31", 2)).toBe("2100-02-28");
    expect(addMonths("1999-12-31", 2)).toBe("2000-02-29");
  });

  it("adds months clamping to the month's last day", () => {
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-02-01", 12)).toBe("2026-02-01");
    expect(addMonths("2025-11-15", 3)).toBe("2026-02-15");
  });
});

describe("working days", () => {
  const plain = parameterTables({});
  const calendar = parameterTables({
    workingDayCalendar: { holidays: ["2025-04-04", "2025-05-01", "2025-05-02", "2025-05-05"], workingWeekends: ["2025-04-27"], source: "test" },
  });

  it("count Monday–Friday after the first day up to and including the last", () => {
    // Fri 2025-03-07 → Fri 2025-03-14: Mon–Fri of one week.
    expect(workingDaysBetween(plain, dayNumber("2025-03-07"), dayNumber("2025-03-14"))).toBe(5);
    expect(workingDaysBetween(plain, dayNumber("2025-03-08"), dayNumber("2025-03-09"))).toBe(0);
    expect(workingDaysBetween(plain, dayNumber("2025-03-10"), dayNumber("2025-03-10"))).toBe(0);
  });

  it("take holidays off and working weekends on from the calendar", () => {
    // 2025-04-25 (Fri) → 2025-05-09 (Fri): 10 weekdays, minus 3 holidays, plus Sunday 04-27.
    expect(workingDaysBetween(plain, dayNumber("2025-04-25"), dayNumber("2025-05-09"))).toBe(10);
    expect(workingDaysBetween(calendar, dayNumber("2025-04-25"), dayNumber("2025-05-09"))).toBe(8);
  });

  it("equal a day-by-day count for any span (whole-week arithmetic)", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 800 }), (from, span) => {
        let naive = 0;
        for (let day = from + 1; day <= from + span; day++) {
          const wd = weekday(day);
          const working = wd === 0 || wd === 6 ? calendar.workingWeekends.has(day) : !calendar.holidays.has(day);
          if (working) naive++;
        }
        expect(workingDaysBetween(calendar, from, from + span)).toBe(naive);
      }),
      { numRuns: runs },
    );
  });
});
