import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseValidateArguments } from "../src/commands/validate-arguments.js";
import { UsageError } from "../src/io.js";
import { runCzt } from "./run-czt.js";

const examples = join(import.meta.dirname, "..", "..", "..", "examples", "jsonl");

describe("czt validate --jobs", () => {
  it("takes a number of threads or auto, and refuses anything else with the accepted values", () => {
    expect(parseValidateArguments(["x.jsonl"], {}).jobs).toBe(1);
    expect(parseValidateArguments(["--jobs", "3", "x.jsonl"], {}).jobs).toBe(3);
    expect(parseValidateArguments(["-j", "auto", "x.jsonl"], {}).jobs).toBe("auto");
    for (const value of ["0", "1000", "two", "Auto"]) {
      expect(() => parseValidateArguments(["--jobs", value, "x.jsonl"], {})).toThrow(
        new UsageError(`--jobs must be a number of threads from 1 to 256, or auto, not '${value}'`),
      );
    }
  });

  describe("on an export large enough for worker threads", () => {
    let dir: string;
    let file: string;
    beforeAll(() => {
      // The example records of the three cities, repeated past the 4 MiB below which one thread reads.
      const lines = readdirSync(examples)
        .flatMap((name) => readFileSync(join(examples, name), "utf8").split("\n"))
        .filter((line) => line.includes('"recordType"') && !line.includes('"recordType":"header"'));
      const block = `${lines.join("\n")}\n`;
      dir = mkdtempSync(join(tmpdir(), "czt-jobs-"));
      file = join(dir, "export.jsonl");
      writeFileSync(file, block.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(block))));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("--jobs auto reports exactly what one thread reports", async () => {
      const args = ["validate", "--format", "json", "--max-findings", "50", "--as-of", "2026-10-31", "--lenient-references"];
      const one = await runCzt([...args, file]);
      const auto = await runCzt([...args, "--jobs", "auto", file]);
      const comparable = (stdout: string) => {
        const report = JSON.parse(stdout) as { summary: Record<string, unknown> };
        delete report.summary["elapsedMs"];
        delete report.summary["recordsPerSecond"];
        return report;
      };
      expect(auto.code).toBe(one.code);
      expect(auto.stderr).toBe("");
      expect(comparable(auto.stdout)).toEqual(comparable(one.stdout));
      // Repeated records: every copy after the first is a duplicate, so the comparison covers findings.
      expect((comparable(one.stdout).summary["byRule"] as Record<string, number>)["dataset.duplicate-record-id"]).toBeGreaterThan(1000);
    });

    it("--jobs 0 is a usage error (exit 2) with the message, not a stack trace", async () => {
      const run = await runCzt(["validate", "--jobs", "0", file]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("--jobs must be a number of threads from 1 to 256, or auto, not '0'");
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  });
});
