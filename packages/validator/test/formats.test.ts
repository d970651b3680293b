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
    for (const valid of ["2024-02-29T08:30:00+08:00", "2024-02-29t08:30:00z", "2024-02-29 23:59:60Z", "2024-01-01T00:00:00.123456-05:30"]) {
      expect(isDateTime(valid), valid).toBe(true);
    }
    for (const invalid of ["2024-02-29T08:30:00", "2024-02-29T24:00:00Z", "2024-02-29T08:30:00+0800", "2024-02-30T08:30:00Z", "2024-02-29T08:30:00.Z", "2024-02-29T08:30Z"]) {
      expect(isDateTime(invalid), invalid).toBe(false);
    }
  });
});
