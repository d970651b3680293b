import { schemas } from "@czt/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileSimplePattern } from "../src/schema/simple-pattern.js";

const runs = Number(process.env["CZT_FC_RUNS"] ?? 100);

/** Every `pattern` of the standard's schemas. */
function schemaPatterns(): string[] {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === "object" && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === "pattern" && typeof value === "string") found.add(value);
        else visit(value);
      }
    }
  };
  visit(schemas);
  return [...found].sort();
}

/** Strings near what a pattern accepts: its own characters, others, surrogates, at lengths around its bounds. */
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom(..."0123456789AXYZaxz-._:/ \n"), maxLength: 24 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.string({ unit: fc.constantFrom(..."19X", "\ud800", "\udc00", "𠀀", "Ａ"), maxLength: 20 }),
  fc.string({ unit: fc.constantFrom(..."0A9"), minLength: 120, maxLength: 132 }),
);

describe("simple patterns", () => {
  const patterns = [...schemaPatterns(), "^[a-c]{0,2}[x]$", "^a[b-]{1,3}$", "^[0-9]{2,4}-[A-Z]$"];

  it("answer as the RegExp does, for the standard's patterns and a few more", () => {
    for (const pattern of patterns) {
      const regExp = new RegExp(pattern, "u");
      const simple = compileSimplePattern(pattern, "u");
      fc.assert(
        fc.property(text, (candidate) => {
          expect(simple.test(candidate), `${pattern} on ${JSON.stringify(candidate)}`).toBe(regExp.test(candidate));
        }),
        { numRuns: runs * 5 },
      );
    }
  });

  it("take the loop for plain sequences of classes and leave the rest to a RegExp", () => {
    expect(compileSimplePattern("^[1-8][0-9]{5}$", "u")).not.toBeInstanceOf(RegExp);
    expect(compileSimplePattern("^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$", "u")).not.toBeInstanceOf(RegExp);
    // Alternation, and a class of varying length followed by one that shares characters (greedy would be wrong).
    expect(compileSimplePattern("^[0-9]{4}-(0[1-9]|1[0-2])$", "u")).toBeInstanceOf(RegExp);
    expect(compileSimplePattern("^[a-z]{0,3}a$", "u")).toBeInstanceOf(RegExp);
    expect(compileSimplePattern("^[a]{0,2}[b]{0,1}[a]$", "")).toBeInstanceOf(RegExp);
  });

  it("are told apart by their text, as ajv keys compiled patterns by it", () => {
    expect(String(compileSimplePattern("^[1-8][0-9]{5}$", "u"))).toBe(String(/^[1-8][0-9]{5}$/u));
    expect(String(compileSimplePattern("^[A-Z]{3}$", "u"))).not.toBe(String(compileSimplePattern("^[A-Z]{2}$", "u")));
  });
});
