/**
 * Every dated code of the three cities' division table, 1980 onwards (domain reference
 * §4 and §10 "Division codes in force 1983–1989"), checked on its boundary days: in force
 * on its first and last day, not in force the day before and the day after. Where the
 * reference knows a change only to the year, the table accepts old and new codes for the
 * whole year of the change, so the last day of an approximate period is 31 December of
 * the year its successor starts. The periods are written out here by hand, not read from
 * the table, so that a wrong date in the table fails.
 */
import { describe, expect, it } from "vitest";
import { cityOfDivision, isDivisionValidOn, isKnownDivision, lookupDivision } from "../src/index.js";

interface Period {
  code: string;
  name: string;
  city: "430100" | "430200" | "430300";
  /** First day the code is accepted; undefined: since before 1980. */
  first?: string;
  /** Last day the code is accepted; undefined: still in force. */
  last?: string;
}

const periods: Period[] = [
  // Changsha: counties of the former 湘潭地区 joined in 1983.
  { code: "430123", name: "浏阳县", city: "430100", first: "1983-01-01", last: "1993-12-31" },
  { code: "430181", name: "浏阳市", city: "430100", first: "1993-01-01" },
  { code: "430124", name: "宁乡县", city: "430100", first: "1983-01-01", last: "2017-12-31" },
  { code: "430182", name: "宁乡市", city: "430100", first: "2017-01-01" },
  { code: "430122", name: "望城县", city: "430100", last: "2011-12-31" },
  { code: "430112", name: "望城区", city: "430100", first: "2011-01-01" },
  // Zhuzhou: 醴陵 was a county (1983–84), a city under Zhuzhou (1985), a city under the province (1986–89).
  { code: "430222", name: "醴陵县", city: "430200", first: "1983-01-01", last: "1985-12-31" },
  { code: "430219", name: "醴陵市", city: "430200", first: "1985-01-01", last: "1986-12-31" },
  { code: "439001", name: "醴陵市", city: "430200", first: "1986-01-01", last: "1990-12-31" },
  { code: "430281", name: "醴陵市", city: "430200", first: "1990-01-01" },
  { code: "430223", name: "攸县", city: "430200", first: "1983-01-01" },
  { code: "430224", name: "茶陵县", city: "430200", first: "1983-01-01" },
  { code: "430225", name: "酃县", city: "430200", first: "1983-01-01" },
  { code: "430221", name: "株洲县", city: "430200", last: "2018-12-31" },
  { code: "430212", name: "渌口区", city: "430200", first: "2018-01-01" },
  // Xiangtan: 湘乡 a county (1983–85), then a city under the province (1986–89); 韶山 a district under two codes, then a city.
  { code: "430321", name: "湘潭县", city: "430300", first: "1983-01-01" },
  { code: "430322", name: "湘乡县", city: "430300", first: "1983-01-01", last: "1986-12-31" },
  { code: "439002", name: "湘乡市", city: "430300", first: "1986-01-01", last: "1990-12-31" },
  { code: "430381", name: "湘乡市", city: "430300", first: "1990-01-01" },
  { code: "430312", name: "韶山区", city: "430300", first: "1984-01-01", last: "1988-12-31" },
  { code: "430306", name: "韶山区", city: "430300", first: "1988-01-01", last: "1990-12-31" },
  { code: "430382", name: "韶山市", city: "430300", first: "1990-01-01" },
  { code: "430303", name: "湘江区", city: "430300", last: "1992-12-31" },
  { code: "430305", name: "板塘区", city: "430300", last: "1992-12-31" },
  { code: "430311", name: "郊区", city: "430300", last: "1992-12-31" },
];

function dayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

describe("division codes of the three cities from 1980, each on its boundary days", () => {
  it.each(periods)("$code $name: accepted from $first to $last, not a day outside", ({ code, name, city, first, last }) => {
    const inside = first ?? last ?? "2000-01-01";
    expect(lookupDivision(code, inside)).toMatchObject({ code, name, city });
    expect(cityOfDivision(code)).toBe(city);
    expect(isKnownDivision(code)).toBe(true);
    if (first !== undefined) {
      expect(isDivisionValidOn(code, first), `${code} on ${first}`).toBe(true);
      expect(isDivisionValidOn(code, dayBefore(first)), `${code} on ${dayBefore(first)}`).toBe(false);
      expect(lookupDivision(code, dayBefore(first))).toBeUndefined();
    } else {
      expect(isDivisionValidOn(code, "1980-01-01"), `${code} in 1980`).toBe(true);
    }
    if (last !== undefined) {
      expect(isDivisionValidOn(code, last), `${code} on ${last}`).toBe(true);
      expect(isDivisionValidOn(code, dayAfter(last)), `${code} on ${dayAfter(last)}`).toBe(false);
      expect(lookupDivision(code, dayAfter(last))).toBeUndefined();
    } else {
      expect(isDivisionValidOn(code, "2026-10-31"), `${code} in 2026`).toBe(true);
    }
  });
});

describe("codes reused under new names keep validity and change meaning", () => {
  // Zhuzhou's 东区/北区/南区/郊区 (domain reference §10) and Changsha's 东/南/西/北/郊区 (§4), until 1996.
  it.each([
    ["430202", "东区", "荷塘区"],
    ["430203", "北区", "芦淞区"],
    ["430204", "南区", "石峰区"],
    ["430211", "郊区", "天元区"],
    ["430102", "东区", "芙蓉区"],
    ["430111", "郊区", "雨花区"],
  ])("%s: %s until the end of 1995, %s from 1996-01-01; in force on every day", (code, before, after) => {
    expect(lookupDivision(code, "1980-01-01")).toMatchObject({ name: before });
    expect(lookupDivision(code, "1995-12-31")).toMatchObject({ name: before });
    expect(lookupDivision(code, "1996-01-01")).toMatchObject({ name: after });
    expect(lookupDivision(code)).toMatchObject({ name: after });
    for (const day of ["1980-01-01", "1995-12-31", "1996-01-01", "1996-12-31", "1997-01-01"]) expect(isDivisionValidOn(code, day), `${code} on ${day}`).toBe(true);
  });

  it("430225 was 酃县 until the end of 1993 and 炎陵县 from 1994", () => {
    expect(lookupDivision("430225", "1993-12-31")).toMatchObject({ name: "酃县" });
    expect(lookupDivision("430225", "1994-01-01")).toMatchObject({ name: "炎陵县" });
  });
});

describe("the successors of the 1983–1989 codes", () => {
  it("link each retired code to the code that took over, which starts when it ends", () => {
    for (const [code, successor] of [
      ["430222", "430219"],
      ["430219", "439001"],
      ["439001", "430281"],
      ["430322", "439002"],
      ["439002", "430381"],
      ["430312", "430306"],
      ["430306", "430382"],
    ] as const) {
      const retired = lookupDivision(code);
      expect(retired?.replacedBy, code).toBe(successor);
      expect(lookupDivision(successor)?.validFrom, successor).toBe(retired?.validUntil);
    }
  });

  it("other provincially administered codes (4390xx) stay checked by province prefix only", () => {
    expect(isKnownDivision("439003")).toBe(true);
    expect(isDivisionValidOn("439003", "2026-10-31")).toBe(true);
    expect(cityOfDivision("439003")).toBeUndefined();
  });
});
