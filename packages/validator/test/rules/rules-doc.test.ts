import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderRulesDoc, rulesDocPath } from "../../scripts/generate-rules-doc.js";
import { rules } from "../../src/catalogue.js";

describe("docs/rules.md", () => {
  it("is up to date with the rule catalogue (run: npm run generate -w @czt/validator)", () => {
    const committed = readFileSync(rulesDocPath, "utf8");
    const expected = renderRulesDoc();
    if (committed !== expected) {
      throw new Error("docs/rules.md is out of date with src/catalogue.ts. Run: npm run generate -w @czt/validator");
    }
  });

  it("documents every rule with its id, both titles and both message templates", () => {
    const doc = renderRulesDoc();
    for (const rule of rules) {
      expect(doc).toContain(`#### \`${rule.id}\``);
      for (const text of [rule.title.zh, rule.title.en, rule.message.zh, rule.message.en]) expect(doc).toContain(text);
    }
  });
});
