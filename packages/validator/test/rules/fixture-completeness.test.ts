import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { rules } from "../../src/catalogue.js";
import { fixtureDirs, fixturesDir } from "./fixture-runner.js";

const here = dirname(fileURLToPath(import.meta.url));
const repository = join(here, "../../../..");

/** Test sources of the engine (validator tests outside test/rules, CLI tests). */
function engineTestSources(): string {
  const dirs = [join(here, ".."), join(repository, "packages/cli/test")];
  let text = "";
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      const path = join((entry as { parentPath?: string; path?: string }).parentPath ?? (entry as { path?: string }).path ?? dir, entry.name);
      if (entry.isFile() && entry.name.endsWith(".ts") && !path.startsWith(here)) text += readFileSync(path, "utf8");
    }
  }
  return text;
}

function manifestRuleIds(): Set<string> {
  const path = join(repository, "examples/invalid-manifest.json");
  if (!existsSync(path)) return new Set();
  const manifest = JSON.parse(readFileSync(path, "utf8")) as { ruleId?: string }[];
  return new Set(manifest.map((entry) => entry.ruleId ?? ""));
}

describe("every rule has fixtures", () => {
  it("each record and dataset rule has test/fixtures/rules/<id>/pass.jsonl and fail.jsonl", () => {
    const missing = rules
      .filter((rule) => rule.kind === "record" || rule.kind === "dataset")
      .flatMap((rule) => ["pass.jsonl", "fail.jsonl"].filter((file) => !existsSync(join(fixturesDir, rule.id, file))).map((file) => `${rule.id}/${file}`));
    expect(missing).toEqual([]);
  });

  it("each fixture directory names a record or dataset rule of the catalogue", () => {
    const known = new Set(rules.filter((rule) => rule.kind === "record" || rule.kind === "dataset").map((rule) => rule.id));
    expect(fixtureDirs().filter((dir) => !known.has(dir))).toEqual([]);
  });

  it("each input and schema rule is covered by examples/invalid-manifest.json or an engine test naming it", () => {
    const manifest = manifestRuleIds();
    const sources = engineTestSources();
    const uncovered = rules
      .filter((rule) => rule.kind === "input" || rule.kind === "schema")
      .filter((rule) => !manifest.has(rule.id) && !sources.includes(`"${rule.id}"`))
      .map((rule) => rule.id);
    expect(uncovered).toEqual([]);
  });
});
