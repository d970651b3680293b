import { describe, expect, it } from "vitest";
import { addMonths, datePart, dayNumber, daysFromCivil, daysInMonth, isCalendarDate, isLeapYear, isoOfDay, weekday } from "../../src/rules/support/iso-date.js";

describe("ISO date edges", () => {
  it("knows leap years and month lengths", () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2024, 1)).toBe(31);
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
    expect(daysInMonth(2024, 13)).toBe(0);
    expect(daysInMonth(2024, 0)).toBe(0);
  });

  it("accepts only real calendar days from year 1", () => {
    expect(isCalendarDate(1, 1, 1)).toBe(true);
    expect(isCalendarDate(0, 1, 1)).toBe(false);
    expect(isCalendarDate(2024, 0, 1)).toBe(false);
    expect(isCalendarDate(2024, 12, 31)).toBe(true);
    expect(isCalendarDate(2024, 13, 1)).toBe(false);
    expect(isCalendarDate(2024, 1, 0)).toBe(false);
    expect(isCalendarDate(2024, 4, 30)).toBe(true);
    expect(isCalendarDate(2024, 4, 31)).toBe(false);
  });

  it("reads no date from text that is not digits where digits belong", () => {
    expect(dayNumber("2024-01-0/")).toBeNaN();
    expect(dayNumber("2024-01-0:")).toBeNaN();
    expect(dayNumber("2O24-01-01")).toBeNaN();
    expect(dayNumber("2024-13-01")).toBeNaN();
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("1969-12-31")).toBe(-1);
    expect(dayNumber("0001-01-01")).toBe(daysFromCivil(1, 1, 1));
  });

  it("counts days across era and month boundaries", () => {
    expect(daysFromCivil(2000, 3, 1) - daysFromCivil(2000, 2, 28)).toBe(2);
    expect(daysFromCivil(1600, 1, 1)).toBe(-135_140);
    expect(daysFromCivil(2400, 3, 1) - daysFromCivil(2400, 2, 28)).toBe(2);
    expect(daysFromCivil(2024, 1, 1)).toBe(19_723);
  });

  it("prints day numbers back, before 1970 and before year 1000 too", () => {
    expect(isoOfDay(-1)).toBe("1969-12-31");
    expect(isoOfDay(0)).toBe("1970-01-01");
    expect(isoOfDay(daysFromCivil(999, 2, 3))).toBe("0999-02-03");
    expect(isoOfDay(daysFromCivil(2024, 2, 29))).toBe("2024-02-29");
    expect(isoOfDay(daysFromCivil(2024, 3, 1))).toBe("2024-03-01");
  });

  it("gives the weekday of days before 1970", () => {
    expect(weekday(0)).toBe(4);
    expect(weekday(-1)).toBe(3);
    expect(weekday(-4)).toBe(0);
    expect(weekday(2)).toBe(6);
  });

  it("takes the date part of a date-time", () => {
    expect(datePart("2025-03-03T23:30:00-05:00")).toBe("2025-03-03");
    expect(datePart("2025-03-03")).toBe("2025-03-03");
  });

  it("adds months across years, both ways, clamping to the last day", () => {
    expect(addMonths("2025-01-31", -1)).toBe("2024-12-31");
    expect(addMonths("2025-03-31", -1)).toBe("2025-02-28");
    expect(addMonths("2024-12-15", 1)).toBe("2025-01-15");
    expect(addMonths("0999-12-01", 1)).toBe("1000-01-01");
    expect(addMonths("1000-01-01", -1)).toBe("0999-12-01");
    expect(addMonths("2024-05-09", 0)).toBe("2024-05-09");
  });
});
