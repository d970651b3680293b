import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCzt } from "./run-czt.js";

const zhuzhou = join(import.meta.dirname, "..", "..", "..", "examples", "jsonl", "zhuzhou.jsonl");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "czt-patterns-"));
  copyFileSync(zhuzhou, join(dir, "export[1].jsonl"));
  writeFileSync(join(dir, `${"_".repeat(240)}.json`), "");
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("czt validate: paths and patterns", () => {
  it("validates a file literally named export[1].jsonl", async () => {
    const run = await runCzt(["validate", "--lenient-references", "export[1].jsonl"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // Every record of the file after its header line.
    const records = readFileSync(zhuzhou, "utf8").trimEnd().split("\n").length - 1;
    expect(run.stdout).toMatch(new RegExp(`records read: ${records} `));
  });

  it("reports an unclosed bracket as a missing file, exit 2, not an internal error", async () => {
    const run = await runCzt(["validate", "bad[.jsonl"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("input.unreadable: Cannot read: bad[.jsonl: no such file or directory");
    expect(run.stderr).not.toMatch(/internal|at .*\.js:\d+/);
  });

  it("answers a many-star pattern against a long file name at once", async () => {
    const started = performance.now();
    const run = await runCzt(["validate", "*_*_*_*_*.jsonl"], { cwd: dir });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("no file matches the pattern");
  });

  it("says why a path cannot be read in the report's language", async () => {
    const cases = [
      ["no-such-file.jsonl", "no-such-file.jsonl：文件或目录不存在"],
      ["*.ndjson", "*.ndjson：没有与该模式匹配的文件"],
      [".", "：该目录中没有 .json、.jsonl 或 .csv 文件"],
    ] as const;
    const empty = mkdtempSync(join(tmpdir(), "czt-empty-"));
    for (const [path, words] of cases) {
      const run = await runCzt(["validate", "--lang", "zh", "--format", "json", path], { cwd: path === "." ? empty : dir });
      expect(run.code, path).toBe(2);
      const report = JSON.parse(run.stdout) as { findings: { ruleId: string; message: string; params: Record<string, unknown> }[] };
      expect(report.findings.map((finding) => finding.ruleId)).toEqual(["input.unreadable"]);
      expect(report.findings[0]!.message).toContain(words);
      expect(report.findings[0]!.message).not.toMatch(/[A-Za-z]{4,} (file|directory|pattern)/);
    }
  });
});
