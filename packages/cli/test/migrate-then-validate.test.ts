import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCzt } from "./run-czt.js";

const repository = join(import.meta.dirname, "..", "..", "..");
const examples = join(repository, "examples");
const scratch = () => mkdtempSync(join(tmpdir(), "czt-migrate-test-"));

/** `czt validate --format json` findings of some exports, with the files named relative to their directory. */
async function findings(dir: string, files: readonly string[]): Promise<{ code: number; findings: unknown[] }> {
  const run = await runCzt(["validate", "--format", "json", "--as-of", "2026-10-31", ...files], { cwd: dir });
  const report = JSON.parse(run.stdout) as { findings: Record<string, unknown>[] };
  return { code: run.code, findings: report.findings };
}

describe("czt migrate then czt validate", () => {
  const sets = [["json/changsha.json", "json/xiangtan.json", "json/zhuzhou.json"], ["jsonl/changsha.jsonl", "jsonl/xiangtan.jsonl", "jsonl/zhuzhou.jsonl"], ["demo/zhuzhou-with-faults.jsonl", "jsonl/changsha.jsonl", "jsonl/xiangtan.jsonl"]];
  const invalid = readdirSync(join(examples, "invalid")).filter((name) => name !== "package-wrong-version.json").map((name) => [`invalid/${name}`]);

  it.each([...sets, ...invalid])("every example export: migrated to 1.1 it is accepted as 1.1 with the same findings (%s …)", async (...files) => {
    const dir = scratch();
    for (const file of files) mkdirSync(join(dir, file, ".."), { recursive: true });
    for (const file of files) {
      const run = await runCzt(["migrate", "--to", "1.1", "-o", join(dir, file), join(examples, file)]);
      expect(run.code, run.stderr).toBe(0);
      expect(readFileSync(join(dir, file), "utf8")).toMatch(/"schemaVersion" ?: ?"1\.1"/);
    }
    expect(await findings(dir, files)).toEqual(await findings(examples, files));
  });

  it("all the invalid examples are covered but the one of another major", () => {
    expect(invalid.length).toBe(readdirSync(join(examples, "invalid")).length - 1);
    expect(existsSync(join(examples, "invalid/package-wrong-version.json"))).toBe(true);
  });
});
