import { spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cliPath, runCzt } from "./run-czt.js";

let input: string;

beforeAll(() => {
  input = join(mkdtempSync(join(tmpdir(), "czt-output-errors-")), "many.jsonl");
  writeFileSync(input, "{}\n".repeat(50_000));
});

/** Runs czt with standard output going to `stdout` (a pipe read once and closed, or a file descriptor). */
function runWith(args: string[], stdout: "close-after-first-chunk" | number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { stdio: ["ignore", stdout === "close-after-first-chunk" ? "pipe" : stdout, "pipe"], env: { PATH: process.env["PATH"] ?? "", LANG: "en_US.UTF-8" } });
    let stderr = "";
    child.stderr!.setEncoding("utf8").on("data", (data: string) => {
      stderr += data;
    });
    // `czt validate … | head -1`: the reader takes a little and goes away.
    child.stdout?.once("data", () => child.stdout!.destroy());
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("czt validate when its output cannot be written", () => {
  it.each(["text", "json", "junit"])("stops quietly when the reader of standard output goes away (EPIPE), %s", async (format) => {
    const run = await runWith(["validate", "--format", format, "--max-findings", "all", input], "close-after-first-chunk");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
  });

  it("a full disk behind standard output is one line on stderr, exit 2", async () => {
    const full = openSync("/dev/full", "w");
    try {
      const run = await runWith(["validate", input], full);
      expect(run).toEqual({ code: 2, stderr: "czt validate: cannot write the report to standard output: no space left on device (ENOSPC)\n" });
    } finally {
      closeSync(full);
    }
  });

  it("a full disk behind --output is one line on stderr, exit 2", async () => {
    const run = await runCzt(["validate", "--output", "/dev/full", input]);
    expect(run).toEqual({ code: 2, stdout: "", stderr: "czt validate: cannot write the report to /dev/full: no space left on device (ENOSPC)\n" });
  });

  it("--output into a directory that does not exist says so, exit 2", async () => {
    const run = await runCzt(["validate", "--output", "/nonexistent/dir/report.txt", input]);
    expect(run).toEqual({ code: 2, stdout: "", stderr: "czt validate: cannot write the report to /nonexistent/dir/report.txt: no such file or directory (ENOENT)\n" });
  });
});
