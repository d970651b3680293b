import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { XMLParser } from "fast-xml-parser";
import { afterAll, describe, expect, it } from "vitest";
import { conformanceVectors } from "../src/commands/conformance-vectors.js";
import { type CliIo, UsageError } from "../src/io.js";
import { runCzt } from "./run-czt.js";

const root = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..");
const scratch = mkdtempSync(join(tmpdir(), "czt-conformance-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function run(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString("utf8");
  });
  stderr.on("data", (chunk: Buffer) => {
    err += chunk.toString("utf8");
  });
  const io: CliIo = { stdout, stderr, stdin: new PassThrough(), env, cwd: root };
  const code = await conformanceVectors(argv, io);
  return { code, stdout: out, stderr: err };
}

interface JsonRun {
  passed: boolean;
  totals: { vectors: number; agree: number; disagree: number; errored: number; skipped: number };
  rules: { ruleId: string; agree: number; disagree: number; skipped: number; disagreeing: string[] }[];
  implementation: { name: string; language: string };
}

describe("czt conformance vectors", () => {
  it("without --implementation runs the project's validator through its adapter: every vector agrees", async () => {
    const { code, stdout } = await run([]);
    expect(stdout).toMatch(/^Implementation: @czt\/validator/);
    expect(stdout).toMatch(/^(\d+) vectors: \1 agree, 0 disagree, 0 errored, 0 skipped/m);
    expect(code).toBe(0);
  });

  it("runs the Python adapter (standard library only): it agrees on what it supports and skips the rest", async () => {
    const { code, stdout } = await run(["--implementation", "python3 conformance/adapters/python/czt_adapter.py", "--format", "json"]);
    const report = JSON.parse(stdout) as JsonRun;
    expect(report.implementation).toMatchObject({ name: "czt-python-adapter", language: "python" });
    expect(report.totals.agree).toBeGreaterThan(25);
    expect(report.totals.skipped).toBeGreaterThan(0);
    expect(report.totals.disagree + report.totals.errored).toBe(0);
    const agreeing = report.rules.filter((row) => row.agree > 0).map((row) => row.ruleId);
    expect(agreeing).toEqual(expect.arrayContaining(["id-number.check-character", "credit-code.check-character", "schema.required"]));
    expect(code).toBe(0);
    // docs/conformance.md quotes this run: its figures must be the run's, not last year's.
    const { vectors, agree, skipped } = report.totals;
    const doc = readFileSync(join(root, "docs/conformance.md"), "utf8");
    expect(doc).toContain(`${vectors} vectors: ${agree} agree, 0 disagree, 0 errored, ${skipped} skipped (`);
    expect(doc).toContain(`${agree} vectors agree, the other ${skipped} are skipped as unsupported, none disagree.`);
  });

  it("fails with exit 1 and names exactly the broken rule when an implementation breaks one", async () => {
    const adapter = join(root, "packages/conformance/test/fixtures/broken-rule-adapter.mjs");
    const { code, stdout } = await run(["--implementation", `node ${adapter}`, "--format", "json"], { ...process.env, CZT_CONFORMANCE_BREAK_RULE: "assistance.dibao-benefit" });
    const report = JSON.parse(stdout) as JsonRun;
    expect(report.rules.filter((row) => row.disagree > 0).map((row) => row.ruleId)).toEqual(["assistance.dibao-benefit"]);
    expect(report.passed).toBe(false);
    expect(code).toBe(1);
  });

  it("writes a JUnit report for CI with one test case per vector", async () => {
    const output = join(scratch, "conformance.xml");
    const { code, stdout } = await run(["--implementation", "python3 conformance/adapters/python/czt_adapter.py", "--format", "junit", "--output", output]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/vectors: \d+ agree, 0 disagree, 0 errored, \d+ skipped/);
    const xml = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(output, "utf8"));
    const suites = [xml.testsuites.testsuite].flat() as { "@_name": string; "@_failures": string }[];
    expect(suites.map((suite) => suite["@_name"])).toContain("identifiers.json");
    expect(suites.every((suite) => suite["@_failures"] === "0")).toBe(true);
  });

  it("says once why an adapter cannot start (a usage error, exit 2), not once per vector", async () => {
    await expect(run(["--implementation", "node -e process.exit(4)"])).rejects.toThrow(
      new UsageError("cannot start the implementation: the adapter exited before answering `start` (code 4, signal null)"),
    );
  });

  it("runs vectors from another directory and explains a broken vector file", async () => {
    writeFileSync(join(scratch, "broken.json"), "[{}]");
    await expect(run(["--vectors", scratch])).rejects.toThrow(/broken\.json group 1: `description` is required/);
    await expect(run(["--vectors", scratch])).rejects.toBeInstanceOf(UsageError);
  });

  it.each([
    [["--format", "xml"], /--format must be one of text, json, junit, not 'xml'/],
    [["--timeout", "soon"], /--timeout must be a positive number of milliseconds/],
    [["--implementation", `node "unclosed`], /--implementation: unterminated " quote/],
    [["--bogus"], /Unknown option '--bogus'/],
  ])("rejects %j with a usage error", async (argv, message) => {
    await expect(run(argv)).rejects.toThrow(message);
  });

  it("is registered: the built czt runs it as `czt conformance vectors`, and exits 2 on a usage error", async () => {
    const ok = await runCzt(["conformance", "vectors", "--format", "json"], { cwd: root });
    expect((JSON.parse(ok.stdout) as JsonRun).passed).toBe(true);
    expect(ok.code).toBe(0);
    const usage = await runCzt(["conformance", "vectors", "--format", "xml"], { cwd: root });
    expect(usage.stderr).toBe("czt conformance vectors: --format must be one of text, json, junit, not 'xml'\n");
    expect(usage.code).toBe(2);
  });

  it("prints its help", async () => {
    const { code, stdout } = await run(["--help"]);
    expect(stdout).toContain("Usage: czt conformance vectors");
    expect(code).toBe(0);
  });
});
