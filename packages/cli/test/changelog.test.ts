import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { changeList, changelogPath, invocations, regenerate } from "../scripts/changelog.js";

const changelog = readFileSync(changelogPath, "utf8");

describe("CHANGELOG.md", () => {
  it("has a section per version, the unreleased one with the change list since the latest release", () => {
    expect(changelog).toMatch(/^## 1\.1 \(unreleased\)$/m);
    expect(changelog).toMatch(/^## 1\.0$/m);
    expect(invocations(changelog)).toEqual(["1.0 working --format markdown"]);
  });

  it("holds the change lists that czt diff writes (regenerate: npm run build && npm run generate -w @czt/cli)", () => {
    const expected = regenerate(changelog);
    expect(changelog === expected, "CHANGELOG.md is stale. Run: npm run build && npm run generate -w @czt/cli").toBe(true);
  });

  it("regenerating rewrites only what is between the markers", () => {
    const text = "intro\n<!-- czt diff A B --format markdown -->\nold list\n<!-- end of czt diff -->\noutro\n";
    expect(regenerate(text, (args) => `list of ${args}\n`)).toBe("intro\n<!-- czt diff A B --format markdown -->\n\nlist of A B --format markdown\n\n<!-- end of czt diff -->\noutro\n");
  });

  it("the 1.1 list is what `czt diff 1.0 working --format markdown` prints", () => {
    expect(changelog).toContain(changeList("1.0 working --format markdown"));
  });
});
