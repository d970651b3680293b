import { describe, expect, it } from "vitest";
import { diffStandards, hasBreaking, parseStandardTree, renderMarkdown } from "../src/index.js";

describe("the README example", () => {
  it("reports a lowered maxLength as breaking producers", () => {
    const files = (version: string, maxLength: number) =>
      new Map([["thing.schema.json", JSON.stringify({ $id: `https://example.org/schemas/${version}/thing.schema.json`, type: "string", maxLength })]]);
    const diff = diffStandards(parseStandardTree("1.0", files("1.0", 32)), parseStandardTree("1.1", files("1.1", 16)));
    expect(diff.changes).toEqual([
      { kind: "length-narrowed", breaks: ["producer"], review: false, area: "schema", file: "thing.schema.json", pointer: "/maxLength", location: "thing.schema.json", message: "maxLength 32 → 16" },
    ]);
    expect(hasBreaking(diff, "producer")).toBe(true);
    expect(renderMarkdown(diff)).toContain("**length narrowed**");
  });
});
