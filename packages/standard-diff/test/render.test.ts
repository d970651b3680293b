import { describe, expect, it } from "vitest";
import { diffStandards, parseStandardTree, renderMarkdown, renderText, StandardFileError } from "../src/index.js";

const schema = (version: string, body: Record<string, unknown>) =>
  JSON.stringify({ $id: `https://example.org/schemas/${version}/thing.schema.json`, type: "object", ...body });

function diff(oldBody: Record<string, unknown>, newBody: Record<string, unknown>) {
  return diffStandards(
    parseStandardTree("1.0", new Map([["thing.schema.json", schema("1.0", oldBody)]])),
    parseStandardTree("1.1", new Map([["thing.schema.json", schema("1.1", newBody)]])),
  );
}

describe("reports", () => {
  const result = diff(
    { properties: { a: { type: "string", pattern: "^a|b$" }, b: { type: "string" } }, additionalProperties: false },
    { properties: { a: { type: "string", pattern: "^a*$" }, b: { type: "string", description: "B." } }, required: ["b"] },
  );

  it("text: breaking changes first, one line each, then the counts", () => {
    expect(renderText(result)).toBe(
      [
        "Breaking:",
        '  thing.schema.json: * — object opened: object opened (additionalProperties no longer false): readers may meet properties they do not know [breaks consumers]',
        '  thing.schema.json: a — pattern changed (review): pattern "^a|b$" → "^a*$": review whether it admits less (breaks producers) or more (breaks consumers) [breaks producers and consumers, review]',
        "  thing.schema.json: b — property now required: property b is now required [breaks producers]",
        "",
        "1.0 → 1.1: 3 changes, 3 breaking (2 for producers, 2 for consumers, 1 to review), 0 compatible",
        "",
      ].join("\n"),
    );
  });

  it("markdown: groups by the side broken, Markdown in messages escaped", () => {
    expect(renderMarkdown(result)).toBe(
      [
        "### Breaking for producers",
        "",
        '- `thing.schema.json: a`: **pattern changed (review)** — pattern "^a\\|b$" → "^a\\*$": review whether it admits less (breaks producers) or more (breaks consumers) (breaks producers and consumers)',
        "- `thing.schema.json: b`: **property now required** — property b is now required",
        "",
        "### Breaking for consumers",
        "",
        "- `thing.schema.json: *`: **object opened** — object opened (additionalProperties no longer false): readers may meet properties they do not know",
        "",
      ].join("\n"),
    );
  });

  it("markdown: says so when nothing changed", () => {
    expect(renderMarkdown(diff({}, {}))).toBe("No changes between 1.0 and 1.1.\n");
  });

  it("a file that does not parse is named", () => {
    expect(() => parseStandardTree("x", new Map([["codelists/sex.json", "{"]]))).toThrow(StandardFileError);
    expect(() => parseStandardTree("x", new Map([["codelists/sex.json", "{"]]))).toThrow(/^codelists\/sex\.json: /);
  });
});
