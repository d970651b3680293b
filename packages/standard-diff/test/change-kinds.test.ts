import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { changeKinds } from "../src/index.js";

const read = (path: string) => readFileSync(join(import.meta.dirname, "..", path), "utf8");

describe("the catalogue of change classes", () => {
  it("is the enum of `kind` in diff-report.schema.json", () => {
    const schema = JSON.parse(read("diff-report.schema.json"));
    expect(schema.properties.changes.items.properties.kind.enum).toEqual(Object.keys(changeKinds));
  });

  it("is documented in docs/cli.md, each class with the side it breaks", () => {
    const docs = read("../../docs/cli.md");
    for (const [kind, info] of Object.entries(changeKinds)) {
      expect(docs, kind).toContain(`| \`${kind}\` | ${info.title} | ${info.breaks} |`);
    }
  });
});
