import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { datasetAsOf, generatedParameters, validateEntries } from "@czt/conformance";
import { createValidator } from "@czt/validator";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../src/commands/generate.js";
import type { CliIo } from "../src/io.js";
import { runCzt } from "./run-czt.js";

const scratch = mkdtempSync(join(tmpdir(), "czt-generate-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; stdout: string }> {
  const stdout = new PassThrough();
  let out = "";
  stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString("utf8");
  });
  const io: CliIo = { stdout, stderr: new PassThrough(), stdin: new PassThrough(), env: {}, cwd: scratch };
  const code = await generate(argv, io);
  return { code, stdout: out };
}

const validator = createValidator({ asOf: datasetAsOf, parameters: generatedParameters as never });

describe("czt generate", () => {
  it("writes JSON Lines with a header line, valid as one dataset, the same for the same seed", async () => {
    const first = await run(["--count", "400", "--seed", "11"]);
    expect(first.code).toBe(0);
    const lines = first.stdout.trimEnd().split("\n").map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({ recordType: "header", schemaVersion: "1.1", asOf: datasetAsOf });
    expect(lines).toHaveLength(401);
    const findings = validateEntries(validator.createSession(), lines.slice(1).map((record) => ({ file: "export.jsonl", record })));
    expect(findings.map(({ finding }) => finding.ruleId)).toEqual([]);
    expect((await run(["--count", "400", "--seed", "11"])).stdout).toBe(first.stdout);
    expect((await run(["--count", "400", "--seed", "12"])).stdout).not.toBe(first.stdout);
  });

  it("writes a JSON package and independent records", async () => {
    const { stdout } = await run(["--type", "record", "--count", "50", "--format", "json"]);
    const exported = JSON.parse(stdout);
    expect(exported).toMatchObject({ schemaVersion: "1.1", city: "430100" });
    expect(exported.records).toHaveLength(50);
    for (const record of exported.records) expect(validator.validateRecord(record)).toEqual([]);
  });

  it("writes CSV that czt validate accepts, to a file", async () => {
    const { code } = await run(["--count", "300", "--format", "csv", "--output", "export.csv"]);
    expect(code).toBe(0);
    const text = readFileSync(join(scratch, "export.csv"), "utf8");
    expect(text.split("\r\n")[0]).toMatch(/^recordType,id,meta\.lastUpdated,/);
    const result = await runCzt(["validate", "--as-of", datasetAsOf, "--format", "json", join(scratch, "export.csv")]);
    expect(JSON.parse(result.stdout).summary).toMatchObject({ records: 300, errors: 0, warnings: 0 });
    expect(result.code).toBe(0);
  });

  it("streams large outputs through the real process, and stops quietly when the reader goes away", async () => {
    const result = await runCzt(["generate", "--count", "20000", "--seed", "3"]);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n").filter(Boolean)).toHaveLength(20_001);
  });

  it.each([
    [["--count", "ten"], /--count must be a whole number, not 'ten'/],
    [["--format", "xml"], /--format must be one of json, jsonl, csv, not 'xml'/],
    [["--type", "people"], /--type must be one of record, dataset, not 'people'/],
    [["--seed", "1.5"], /--seed must be an integer/],
    [["--output", "/no/such/dir/x.jsonl"], /cannot write \/no\/such\/dir\/x\.jsonl/],
  ])("rejects %j with a usage error", async (argv, message) => {
    await expect(run(argv)).rejects.toThrow(message);
  });
});
