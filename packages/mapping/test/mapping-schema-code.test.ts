import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mappingSchemaCode, mappingSchemaCodePath, regenerateCommand } from "../scripts/mapping-schema-code.js";

describe("the mapping schema's validator, generated at build time", () => {
  const committed = readFileSync(new URL(`../${mappingSchemaCodePath}`, import.meta.url), "utf8");

  it("matches src/mapping.schema.json", () => {
    expect(committed === mappingSchemaCode(), `${mappingSchemaCodePath} is out of date: run \`${regenerateCommand}\``).toBe(true);
  });

  it("uses no eval, Function constructor or require, so a mapping file is checked under the page's Content-Security-Policy", () => {
    expect(committed).not.toMatch(/\bnew Function\b|\beval\(|\brequire\(/);
  });
});
