import { describe, expect, it } from "vitest";
import {
  convertLegacyIdNumber,
  idNumberCheckCharacter,
  normaliseIdNumber,
  parseIdNumber,
  validateIdNumber,
} from "../src/index.js";

// Vectors of the domain reference §2 (GB 11643-1999), check characters computed by hand.
describe("GB 11643 vectors", () => {
  it.each([
    ["430102199003071234", "430102", "1990-03-07", "1"], // 芙蓉区, male
    ["430211198512310042", "430211", "1985-12-31", "2"], // 天元区, female
    ["430302200002294563", "430302", "2000-02-29", "2"], // leap day
    ["430221197001010011", "430221", "1970-01-01", "1"], // retired 株洲县 code
  ])("%s is valid and parses", (number, division, birthDate, sex) => {
    expect(validateIdNumber(number)).toEqual({ valid: true, normalised: number });
    expect(parseIdNumber(number)).toMatchObject({ division, birthDate, sex });
  });

  it("reports the expected check character", () => {
    expect(validateIdNumber("430102199003071235")).toEqual({ valid: false, reason: "checkCharacter", expected: "4" });
    expect(validateIdNumber("43021119851231004X")).toEqual({ valid: false, reason: "checkCharacter", expected: "2" });
  });

  it("rejects a non-existent birth date even when the checksum passes", () => {
    expect(idNumberCheckCharacter("43030220000230456")).toBe("5");
    expect(validateIdNumber("430302200002304565")).toEqual({ valid: false, reason: "birthDate" });
  });
});

describe("validateIdNumber", () => {
  it("accepts a lower-case x and normalises it to X", () => {
    expect(idNumberCheckCharacter("43010219900307008")).toBe("X");
    expect(validateIdNumber(" 43010219900307008x ")).toEqual({ valid: true, normalised: "43010219900307008X" });
    expect(normaliseIdNumber(" 43010219900307008x\n")).toBe("43010219900307008X");
  });

  it("names the failing part in order: length, characters, division, birth date", () => {
    expect(validateIdNumber("43010219900307123")).toEqual({ valid: false, reason: "length" });
    expect(validateIdNumber("4301021990030712345")).toEqual({ valid: false, reason: "length" });
    expect(validateIdNumber("43010219900307123A")).toEqual({ valid: false, reason: "characters" });
    expect(validateIdNumber("4301021990030712X4")).toEqual({ valid: false, reason: "characters" });
    expect(validateIdNumber("４30102199003071234")).toEqual({ valid: false, reason: "characters" });
    const withCheck = (first17: string) => first17 + idNumberCheckCharacter(first17);
    expect(validateIdNumber(withCheck("99010219900307123"))).toEqual({ valid: false, reason: "division" });
    expect(validateIdNumber(withCheck("43010219901307123"))).toEqual({ valid: false, reason: "birthDate" });
    expect(validateIdNumber(withCheck("43010217000101123"))).toEqual({ valid: false, reason: "birthDate" });
  });

  it("checks three-cities codes against the dated table, other codes by province", () => {
    const withCheck = (first17: string) => first17 + idNumberCheckCharacter(first17);
    // 430199 and the statistical zone 430271 were never GB/T 2260 codes.
    expect(validateIdNumber(withCheck("43019919900307123"))).toMatchObject({ reason: "division" });
    expect(validateIdNumber(withCheck("43027119900307123"))).toMatchObject({ reason: "division" });
    // Retired codes stay valid for life: 宁乡县, 望城县, 浏阳县, 湘江区, 酃县.
    for (const retired of ["430124", "430122", "430123", "430303", "430225"]) {
      expect(validateIdNumber(withCheck(`${retired}19600101001`)).valid).toBe(true);
    }
    // Elsewhere in Hunan (邵阳 4305) and in other provinces: province prefix only.
    expect(validateIdNumber(withCheck("43052119900307123")).valid).toBe(true);
    expect(validateIdNumber(withCheck("11010519900307123")).valid).toBe(true);
    expect(validateIdNumber(withCheck("16010519900307123"))).toMatchObject({ reason: "division" });
  });

  it("accepts residence permits of Hong Kong, Macao and Taiwan residents", () => {
    for (const division of ["810000", "820000", "830000"]) {
      const first17 = `${division}19880808002`;
      expect(validateIdNumber(first17 + idNumberCheckCharacter(first17)).valid).toBe(true);
    }
  });

  it("rejects birth dates after the given today, and only then", () => {
    const first17 = "43010220260601567"; // born 2026-06-01
    const full = first17 + idNumberCheckCharacter(first17);
    expect(validateIdNumber(full).valid).toBe(true);
    expect(validateIdNumber(full, { today: "2026-06-01" }).valid).toBe(true);
    expect(validateIdNumber(full, { today: "2026-05-31" })).toEqual({ valid: false, reason: "birthDate" });
  });

  it("refuses a malformed today instead of comparing it as text", () => {
    expect(() => validateIdNumber("430102199003071234", { today: "2026/05/31" })).toThrow(/today must be a YYYY-MM-DD date/);
  });
});

describe("parseIdNumber", () => {
  it("returns every part of the number", () => {
    expect(parseIdNumber("430211198512310042")).toEqual({
      division: "430211",
      birthDate: "1985-12-31",
      sex: "2",
      sequence: "004",
      checkCharacter: "2",
    });
  });

  it("returns undefined for an invalid number", () => {
    expect(parseIdNumber("430102199003071235")).toBeUndefined();
    expect(parseIdNumber("")).toBeUndefined();
  });
});

describe("convertLegacyIdNumber", () => {
  it("always inserts 19, even for years that look recent", () => {
    expect(convertLegacyIdNumber("430102900307123")).toBe("430102199003071234");
    const converted = convertLegacyIdNumber("430102050101001");
    expect(converted.slice(6, 10)).toBe("1905");
    expect(validateIdNumber(converted).valid).toBe(true);
  });

  it("throws a RangeError naming the expected form for anything but 15 digits", () => {
    expect(() => convertLegacyIdNumber("43010290030712")).toThrow(/expects 15 digits/);
    expect(() => convertLegacyIdNumber("43010290030712X")).toThrow(RangeError);
  });
});

describe("idNumberCheckCharacter", () => {
  it("requires exactly 17 digits", () => {
    expect(() => idNumberCheckCharacter("4301021990030712")).toThrow(RangeError);
    expect(() => idNumberCheckCharacter("4301021990030712a")).toThrow(RangeError);
  });
});

describe("birth dates", () => {
  const withCheck = (first17: string) => first17 + idNumberCheckCharacter(first17);
  const birthDateVerdict = (yyyymmdd: string) => validateIdNumber(withCheck(`430102${yyyymmdd}001`));

  it("accepts birth years from 1800 on and rejects earlier ones", () => {
    expect(birthDateVerdict("18000101")).toMatchObject({ valid: true });
    expect(parseIdNumber(withCheck("43010218000101001"))?.birthDate).toBe("1800-01-01");
    expect(birthDateVerdict("17991231")).toEqual({ valid: false, reason: "birthDate" });
  });

  it("accepts the last day of every month and rejects the day after it", () => {
    const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    monthLengths.forEach((length, index) => {
      const month = String(index + 1).padStart(2, "0");
      expect(birthDateVerdict(`1990${month}${length}`), `1990-${month}-${length}`).toMatchObject({ valid: true });
      expect(birthDateVerdict(`1990${month}${length + 1}`), `1990-${month}-${length + 1}`).toEqual({ valid: false, reason: "birthDate" });
    });
  });

  it("has 29 February only in Gregorian leap years", () => {
    expect(birthDateVerdict("20040229")).toMatchObject({ valid: true }); // divisible by 4
    expect(birthDateVerdict("20000229")).toMatchObject({ valid: true }); // divisible by 400
    expect(birthDateVerdict("19000229")).toEqual({ valid: false, reason: "birthDate" }); // by 100, not 400
    expect(birthDateVerdict("20010229")).toEqual({ valid: false, reason: "birthDate" });
  });

  it("rejects month 00, month 13 and day 00", () => {
    for (const date of ["19900001", "19901301", "19900100"]) expect(birthDateVerdict(date), date).toEqual({ valid: false, reason: "birthDate" });
  });
});

describe("input forms", () => {
  it("upper-cases only a final x: an x inside the number stays and is not a valid character", () => {
    expect(normaliseIdNumber("4301021990030x123x")).toBe("4301021990030x123X");
    expect(validateIdNumber("4301021990030x123x")).toEqual({ valid: false, reason: "characters" });
  });

  it("converts a legacy number with surrounding white space, and rejects 16 digits", () => {
    expect(convertLegacyIdNumber(" 430102900307123\n")).toBe("430102199003071234");
    expect(() => convertLegacyIdNumber("4301029003071234")).toThrow(/expects 15 digits, got 16 characters/);
  });

  it("computes a check character from exactly 17 digits, not from 18", () => {
    expect(() => idNumberCheckCharacter("430102199003071234")).toThrow(
      new RangeError("idNumberCheckCharacter expects 17 digits, got 18 characters"),
    );
  });
});
