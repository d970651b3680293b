import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findDrift } from "../scripts/drift.js";
import { regenerateCommand } from "../scripts/emit-modules.js";
import { repoRoot } from "../scripts/sources.js";
import { buildOutputs } from "../scripts/outputs.js";
import { releases, sources } from "./support/sources.js";

const generation = buildOutputs(sources, releases);

function committed(path: string): string | undefined {
  try {
    return readFileSync(join(repoRoot, path), "utf8");
  } catch {
    return undefined;
  }
}

describe("generated files (src/generated, docs/reference, schema enums)", () => {
  it("are up to date with schemas/", () => {
    const drifted = findDrift(generation.files, committed);
    expect(drifted, `Out of date: ${drifted.join(", ")}. Run: ${regenerateCommand}`).toEqual([]);
  });

  it("covers the package modules and the reference pages", () => {
    const paths = generation.files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "packages/schemas/src/generated/schemas.ts",
        "packages/schemas/src/generated/codelists.ts",
        "packages/schemas/src/generated/sensitive-pointers.ts",
        "packages/schemas/src/generated/openapi.ts",
        "docs/reference/person.md",
        "docs/reference/codelists.md",
      ]),
    );
  });

  it("reports a hand-edited generated file and a missing one", () => {
    const files = generation.files.filter((f) => f.compare === "text").slice(0, 2);
    const [first, second] = files;
    const drifted = findDrift(files, (path) => (path === first?.path ? `${first.content}// edited\n` : undefined));
    expect(drifted).toEqual([first?.path, second?.path]);
  });

  it("compares re-synced schemas structurally, so formatting alone is not drift", () => {
    const file = { path: "schemas/x.schema.json", content: '{\n  "a": [1, 2]\n}\n', compare: "json" as const };
    expect(findDrift([file], () => '{"a":[1,2]}')).toEqual([]);
    expect(findDrift([file], () => '{"a":[2,1]}')).toEqual(["schemas/x.schema.json"]);
  });
});
