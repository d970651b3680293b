import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { issuingDivisionArbitrary } from "../src/arbitraries.js";
import { agglomerationDivisions } from "../src/division-table.js";
import {
  cityOfDivision,
  divisionHistory,
  isDivisionValidOn,
  isKnownDivision,
  lookupDivision,
  provinceOfDivision,
} from "../src/index.js";
import { fcParameters } from "./fast-check-settings.js";

// Current county-level divisions of the three cities, domain reference §4 (2021–2024).
const current: Record<string, string[]> = {
  "430100": ["430102", "430103", "430104", "430105", "430111", "430112", "430121", "430181", "430182"],
  "430200": ["430202", "430203", "430204", "430211", "430212", "430223", "430224", "430225", "430281"],
  "430300": ["430302", "430304", "430321", "430381", "430382"],
};

describe("lookupDivision", () => {
  it("knows every current county of the three cities, in force in 2024", () => {
    for (const [city, codes] of Object.entries(current)) {
      for (const code of codes) {
        expect(lookupDivision(code, "2024-06-30"), code).toMatchObject({ code, level: "county", city });
        expect(cityOfDivision(code)).toBe(city);
      }
    }
    const currentCount = agglomerationDivisions.filter((d) => d.level === "county" && d.validUntil === undefined).length;
    expect(currentCount).toBe(Object.values(current).flat().length);
  });

  it("returns the name in force on the date for reused codes", () => {
    expect(lookupDivision("430102")).toMatchObject({ name: "芙蓉区", nameEn: "Furong District" });
    expect(lookupDivision("430102", "1990-03-07")).toMatchObject({ name: "东区" });
    expect(lookupDivision("430102", "2000-01-01")).toMatchObject({ name: "芙蓉区" });
    expect(lookupDivision("430225", "1983-06-01")).toMatchObject({ name: "酃县" });
    expect(divisionHistory("430111").map((d) => d.name)).toEqual(["郊区", "雨花区"]);
  });

  it("gives retired codes their successor and end date", () => {
    expect(lookupDivision("430221")).toMatchObject({ name: "株洲县", validUntil: "2018-01-01", replacedBy: "430212" });
    expect(lookupDivision("430124")).toMatchObject({ replacedBy: "430182" });
    expect(lookupDivision("430122")).toMatchObject({ replacedBy: "430112" });
    expect(lookupDivision("430123")).toMatchObject({ replacedBy: "430181" });
    for (const code of ["430303", "430305", "430311"]) expect(lookupDivision(code)?.validUntil).toBe("1992-01-01");
  });

  it("returns undefined outside the period, for unknown codes and for malformed dates", () => {
    expect(lookupDivision("430221", "2020-01-01")).toBeUndefined();
    expect(lookupDivision("430182", "2000-01-01")).toBeUndefined();
    expect(lookupDivision("430271")).toBeUndefined();
    expect(lookupDivision("430102", "2024-02-30")).toBeUndefined();
  });

  it("knows the provinces and the three cities themselves", () => {
    expect(lookupDivision("430000")).toMatchObject({ name: "湖南省", level: "province" });
    expect(lookupDivision("430200")).toMatchObject({ name: "株洲市", level: "city", city: "430200" });
    expect(provinceOfDivision("110105")).toMatchObject({ code: "110000", name: "北京市" });
    expect(provinceOfDivision("990000")).toBeUndefined();
  });

  it("has a Chinese and an English name for every entry, and ordered dates", () => {
    for (const d of agglomerationDivisions) {
      expect(d.name).toMatch(/^\p{Script=Han}+$/u);
      expect(d.nameEn).toMatch(/^[A-Z][A-Za-z ]+$/);
      if (d.validFrom && d.validUntil) expect(d.validFrom < d.validUntil).toBe(true);
      if (d.replacedBy) expect(lookupDivision(d.replacedBy)?.validFrom).toBe(d.validUntil);
    }
  });
});

describe("isDivisionValidOn", () => {
  it("follows the dated table for the three cities", () => {
    expect(isDivisionValidOn("430221", "2010-05-01")).toBe(true);
    expect(isDivisionValidOn("430221", "2019-05-01")).toBe(false);
    expect(isDivisionValidOn("430212", "2010-05-01")).toBe(false);
    expect(isDivisionValidOn("430212", "2019-05-01")).toBe(true);
    expect(isDivisionValidOn("430199", "2019-05-01")).toBe(false);
  });

  it("accepts old and new codes throughout the year of an approximately dated change", () => {
    expect(isDivisionValidOn("430221", "2018-12-31")).toBe(true);
    expect(isDivisionValidOn("430212", "2018-01-01")).toBe(true);
    expect(isDivisionValidOn("430221", "2019-01-01")).toBe(false);
    expect(isDivisionValidOn("430212", "2017-12-31")).toBe(false);
  });

  it("checks other codes by province prefix, with the province's own dates", () => {
    expect(isDivisionValidOn("110105", "1990-01-01")).toBe(true);
    expect(isDivisionValidOn("430521", "1990-01-01")).toBe(true);
    expect(isDivisionValidOn("500101", "1990-01-01")).toBe(false);
    expect(isDivisionValidOn("500101", "2000-01-01")).toBe(true);
    expect(isDivisionValidOn("160101", "2000-01-01")).toBe(false);
    expect(isDivisionValidOn("11010", "2000-01-01")).toBe(false);
    expect(isDivisionValidOn("110105", "2000-13-01")).toBe(false);
  });

  it("agrees with lookupDivision for every table code on any date", () => {
    const codes = [...new Set(agglomerationDivisions.map((d) => d.code))];
    const date = fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.constantFrom(...codes), date, (code, on) => {
        expect(isDivisionValidOn(code, on)).toBe(lookupDivision(code, on) !== undefined);
      }),
      fcParameters,
    );
  });
});

describe("isKnownDivision and cityOfDivision", () => {
  it("accepts every code an identity number may carry", () => {
    fc.assert(
      fc.property(issuingDivisionArbitrary(), (code) => {
        expect(isKnownDivision(code)).toBe(true);
      }),
      fcParameters,
    );
  });

  it("rejects codes of the three cities that never existed, and statistical zones", () => {
    for (const code of ["430101", "430199", "430271", "430371", "430373"]) expect(isKnownDivision(code), code).toBe(false);
    expect(cityOfDivision("430271")).toBeUndefined();
    expect(cityOfDivision("430521")).toBeUndefined();
    expect(cityOfDivision("430303")).toBe("430300");
  });
});

describe("validity periods: from validFrom, up to the day before validUntil", () => {
  it("gives a reused code its new meaning on the day of the change and its old one the day before", () => {
    expect(lookupDivision("430102", "1995-12-31")).toMatchObject({ name: "东区" });
    expect(lookupDivision("430102", "1996-01-01")).toMatchObject({ name: "芙蓉区" });
    expect(lookupDivision("430111", "1996-01-01")).toMatchObject({ name: "雨花区" });
  });

  it("keeps a retired code of an approximately dated change for the whole year of the change", () => {
    expect(lookupDivision("430221", "2018-06-30")).toMatchObject({ name: "株洲县" });
    expect(lookupDivision("430221", "2019-01-01")).toBeUndefined();
    expect(lookupDivision("430112", "2010-12-31")).toBeUndefined(); // 望城区, from 2011
    expect(lookupDivision("430112", "2011-01-01")).toMatchObject({ name: "望城区" });
  });

  it("applies exactly dated boundaries to the day (重庆市 from 1997-03-14)", () => {
    expect(lookupDivision("500000", "1997-03-13")).toBeUndefined();
    expect(lookupDivision("500000", "1997-03-14")).toMatchObject({ name: "重庆市" });
    expect(isDivisionValidOn("500101", "1997-03-13")).toBe(false);
    expect(isDivisionValidOn("500101", "1997-03-14")).toBe(true);
  });
});

describe("malformed and unknown codes", () => {
  it("has no history and no province for them", () => {
    expect(divisionHistory("430199")).toEqual([]);
    expect(provinceOfDivision("43")).toBeUndefined();
    expect(provinceOfDivision("4301021")).toBeUndefined();
  });
});
