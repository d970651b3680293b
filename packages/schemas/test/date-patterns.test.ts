import { describe, expect, it } from "vitest";
import { isObject } from "../scripts/json.js";
import { datePattern, dateTimePattern, formatPatterns } from "../src/date-patterns.js";
import { sources } from "./support/sources.js";

/** Every subschema (and OpenAPI node) with a `format`, by file and JSON pointer. */
function* formatted(node: unknown, pointer: string): Generator<{ pointer: string; format: unknown; pattern: unknown }> {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* formatted(item, `${pointer}/${i}`);
    return;
  }
  if (!isObject(node)) return;
  if (typeof node["format"] === "string") yield { pointer, format: node["format"], pattern: node["pattern"] };
  for (const [key, value] of Object.entries(node)) {
    if (key !== "examples" && key !== "example" && key !== "enum" && key !== "const") yield* formatted(value, `${pointer}/${key}`);
  }
}

const documents = [...sources.schemas, ...sources.openapi].map((s) => [s.path, s.json] as const);

describe("dates are enforced by any JSON Schema validator, not only one that asserts `format`", () => {
  it.each(documents)("%s backs every format: date and date-time with the standard's pattern", (_path, json) => {
    const unbacked = [...formatted(json, "")]
      .filter((node) => node.format === "date" || node.format === "date-time")
      .filter((node) => node.pattern !== formatPatterns[node.format as "date" | "date-time"])
      .map((node) => `${node.pointer}: format ${String(node.format)} with pattern ${JSON.stringify(node.pattern)}`);
    expect(unbacked).toEqual([]);
  });

  it("the schemas use dates (the check above is not vacuous)", () => {
    const found = documents.flatMap(([, json]) => [...formatted(json, "")]).filter((node) => node.format === "date" || node.format === "date-time");
    expect(found.length).toBeGreaterThanOrEqual(12);
  });

  it("the date pattern follows the Gregorian calendar: month lengths and leap years", () => {
    const date = new RegExp(datePattern, "u");
    for (const valid of ["2024-02-29", "2000-02-29", "0000-02-29", "1990-01-31", "1990-04-30", "1990-12-31", "9999-12-31", "0001-01-01"]) {
      expect(date.test(valid), valid).toBe(true);
    }
    for (const invalid of ["1990-02-30", "2023-02-29", "1900-02-29", "2100-02-29", "1990-04-31", "1990-13-01", "1990-00-10", "1990-01-00", "1990-1-01", "", "yesterday", "1990-01-01T00:00:00Z"]) {
      expect(date.test(invalid), invalid).toBe(false);
    }
  });

  it("the date-time pattern requires T and an offset, and allows second 60 (its placement is the validator's)", () => {
    const dateTime = new RegExp(dateTimePattern, "u");
    for (const valid of ["2025-03-01T09:00:00+08:00", "2025-03-01t09:00:00z", "2016-12-31T23:59:60Z", "2017-01-01T07:59:60+08:00", "2025-03-01T09:00:00.123456-05:30"]) {
      expect(dateTime.test(valid), valid).toBe(true);
    }
    for (const invalid of ["2025-03-01 09:00:00+08:00", "2025-03-01T09:00:00", "2025-03-01T24:00:00Z", "2025-03-01T09:60:00Z", "2025-03-01T09:00:61Z", "2023-02-29T09:00:00Z", "2025-03-01T09:00:00+0800", "2025-03-01T09:00:00.Z", ""]) {
      expect(dateTime.test(invalid), invalid).toBe(false);
    }
  });
});
