import { describe, expect, it } from "vitest";
import { isDate, isDateTime } from "../src/schema/formats.js";

describe("date formats (RFC 3339)", () => {
  it("accepts real dates and refuses impossible or malformed ones", () => {
    for (const valid of ["2024-02-29", "2000-02-29", "1990-12-31", "0001-01-01"]) expect(isDate(valid), valid).toBe(true);
    for (const invalid of ["2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-4-01", "2024/04/01", "2024-04-01 ", "２０２４-04-01", ""]) {
      expect(isDate(invalid), invalid).toBe(false);
    }
  });

  it("accepts timestamps with an offset or Z and refuses those without", () => {
    for (const valid of ["2024-02-29T08:30:00+08:00", "2024-02-29t08:30:00z", "2024-01-01T00:00:00.123456-05:30"]) {
      expect(isDateTime(valid), valid).toBe(true);
    }
    for (const invalid of ["2024-02-29T08:30:00", "2024-02-29T24:00:00Z", "2024-02-29T08:30:00+0800", "2024-02-30T08:30:00Z", "2024-02-29T08:30:00.Z", "2024-02-29T08:30Z"]) {
      expect(isDateTime(invalid), invalid).toBe(false);
    }
  });

  it("refuses a space or any other character between the date and the time", () => {
    for (const invalid of ["2024-02-29 08:30:00+08:00", "2024-02-29 23:59:60Z", "2024-02-29_08:30:00Z", "2024-02-29\t08:30:00Z"]) {
      expect(isDateTime(invalid), invalid).toBe(false);
    }
  });

  it("accepts second 60 only where the time is 23:59:60 in UTC, once the offset is applied", () => {
    for (const valid of ["2016-12-31T23:59:60Z", "2017-01-01T07:59:60+08:00", "2016-12-31T18:29:60-05:30", "2016-12-31T23:59:60.5+00:00", "2017-01-01T05:29:60+05:30"]) {
      expect(isDateTime(valid), valid).toBe(true);
    }
    for (const invalid of ["2017-01-01T09:00:60+08:00", "2016-12-31T23:59:60+08:00", "2016-12-31T23:58:60Z", "2016-12-31T22:59:60Z", "2017-01-01T07:58:60+08:00"]) {
      expect(isDateTime(invalid), invalid).toBe(false);
    }
  });
});
