import { agglomerationDivisions, isDivisionValidOn } from "@czt/domain";
import { describe, expect, it } from "vitest";
import { divisionValidOn } from "../../src/rules/support/division-validity.js";
import { dayNumber, isoOfDay } from "../../src/rules/support/iso-date.js";

/** Every day on which some code of the three cities starts or stops, and the day before each. */
function boundaryDays(): string[] {
  const days = new Set<string>();
  for (const division of agglomerationDivisions) {
    for (const edge of [division.validFrom, division.validUntil]) {
      if (edge === undefined || edge < "0001-01-02") continue;
      days.add(edge);
      days.add(isoOfDay(dayNumber(edge) - 1));
    }
  }
  return [...days].sort();
}

describe("divisionValidOn (the rules' cached lookup)", () => {
  it("answers as @czt/domain's isDivisionValidOn on every boundary day, as a date and as a date-time on that day", () => {
    const codes = [...new Set(agglomerationDivisions.map((division) => division.code))];
    const days = boundaryDays();
    expect(days).toContain("2018-01-01");
    const disagreements: string[] = [];
    for (const code of codes) {
      for (const day of days) {
        const expected = isDivisionValidOn(code, day);
        if (divisionValidOn(code, day) !== expected) disagreements.push(`${code} ${day}`);
        if (divisionValidOn(code, `${day}T00:00:00+08:00`) !== expected) disagreements.push(`${code} ${day}T00:00`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it("counts a change dated to the year only for the whole year: 430221 株洲县 → 430212 渌口区 in 2018", () => {
    expect([divisionValidOn("430221", "2017-12-31"), divisionValidOn("430212", "2017-12-31")]).toEqual([true, false]);
    expect([divisionValidOn("430221", "2018-12-31"), divisionValidOn("430212", "2018-01-01")]).toEqual([true, true]);
    expect(divisionValidOn("430221", "2019-01-01")).toBe(false);
  });
});
