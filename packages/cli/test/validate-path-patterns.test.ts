import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
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
    expect(run.stdout).toMatch(/records read: 43 /);
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
});
