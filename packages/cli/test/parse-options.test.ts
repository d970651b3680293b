import { describe, expect, it } from "vitest";
import { UsageError } from "../src/io.js";
import { integerOption, oneOf } from "../src/parse-options.js";

describe("option values shared by every czt command", () => {
  it("integerOption reads whole numbers within bounds and says what was expected otherwise", () => {
    expect(integerOption("--count", undefined)).toBeUndefined();
    expect(integerOption("--count", "0")).toBe(0);
    expect(integerOption("--seed", "-42", { min: Number.MIN_SAFE_INTEGER })).toBe(-42);
    expect(integerOption("--port", "65535", { max: 65535 })).toBe(65535);
    const cases: [string, string, Parameters<typeof integerOption>[2], string][] = [
      ["--count", "ten", {}, "--count must be a whole number, not 'ten'"],
      ["--count", "-1", {}, "--count must be a whole number, not '-1'"],
      ["--jobs", "0", { min: 1 }, "--jobs must be a positive integer, not '0'"],
      ["--jobs", "1e3", { min: 1 }, "--jobs must be a positive integer, not '1e3'"],
      ["--seed", "1.5", { min: Number.MIN_SAFE_INTEGER }, "--seed must be an integer, not '1.5'"],
      ["--seed", "99999999999999999999", { min: Number.MIN_SAFE_INTEGER }, "--seed must be an integer, not '99999999999999999999'"],
      ["--port", "70000", { max: 65535 }, "--port must be a number from 0 to 65535, not '70000'"],
      ["--timeout", "soon", { min: 1, expected: "a positive number of milliseconds" }, "--timeout must be a positive number of milliseconds, not 'soon'"],
      ["CZT_FC_RUNS", "many", {}, "CZT_FC_RUNS must be a whole number, not 'many'"],
    ];
    for (const [label, value, bounds, message] of cases) {
      expect(() => integerOption(label, value, bounds)).toThrow(new UsageError(message));
    }
  });

  it("oneOf takes a listed value, falls back when absent and lists the choices otherwise", () => {
    const formats = ["text", "json"] as const;
    expect(oneOf("format", undefined, formats, "text")).toBe("text");
    expect(oneOf("format", "json", formats, "text")).toBe("json");
    expect(() => oneOf("format", "xml", formats, "text")).toThrow(new UsageError("--format must be one of text, json, not 'xml'"));
  });
});
