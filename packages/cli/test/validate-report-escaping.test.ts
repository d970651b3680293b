import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { runCzt } from "./run-czt.js";

/**
 * Data that tries to take over a terminal or a CI runner: colour (ESC [), an OSC 8 link,
 * CR and LF followed by workflow commands, a right-to-left override, a C1 control — in a
 * value, in a key and in the file's own name. (A lone surrogate no longer reaches a report:
 * it is the input error `input.invalid-character`, tested with the readers.)
 */
const hostile = "\u001b[31mRED\u001b]8;;http://evil.example\u0007link\u001b]8;;\u0007\r\n::add-mask::secret\n::error::forged\u202eabc\u0085";
const hostileName = "ex\u001bcport\r\n::warning::named\u202e.jsonl";
let dir: string;
let file: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "czt-escaping-"));
  file = join(dir, hostileName);
  const keyed = { recordType: "person", [hostile]: 1 };
  writeFileSync(file, `${JSON.stringify({ recordType: hostile })}\n${JSON.stringify(keyed)}\n`);
});

/** What may reach a terminal or a log in a human-readable report: no control, bidi or lone-surrogate character but the newline ending a line. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const unsafe = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe("human-readable reports escape control and bidi characters from data", () => {
  it("text: no control or bidi character, one line per finding, and what the data held is still readable", async () => {
    const run = await runCzt(["validate", "--checks", "schema", "--max-findings", "all", hostileName], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(unsafe);
    const findingLines = run.stdout.split("\n\n")[0]!.split("\n");
    expect(findingLines.every((line) => line.startsWith("ex\\u001bcport\\r\\n::warning::named\\u202e.jsonl:"))).toBe(true);
    expect(findingLines[0]).toContain("\\u001b[31mRED\\u001b]8;;http://evil.example\\u0007link\\u001b]8;;\\u0007\\r\\n::add-mask::secret\\n::error::forged\\u202eabc\\u0085");
  });

  it("github: the only workflow commands are the report's own annotations", async () => {
    const run = await runCzt(["validate", "--checks", "schema", "--format", "github", "--max-findings", "all", hostileName], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(unsafe);
    const lines = run.stdout.trimEnd().split("\n");
    const commands = lines.filter((line) => line.includes("::"));
    expect(commands.every((line) => /^::(error|warning|notice) file=[^:\n]*,line=\d+(,col=\d+)?,title=[\w.-]+::/.test(line))).toBe(true);
    expect(lines.some((line) => /^::(add-mask|error::|warning::)/.test(line))).toBe(false);
    // The runner unescapes %0A to a newline inside the annotation only; the data's own newline is shown as \n.
    expect(run.stdout).not.toContain("%0A::");
  });

  it("junit: well-formed XML 1.0 without a forbidden character, the data escaped visibly", async () => {
    const run = await runCzt(["validate", "--checks", "schema", "--format", "junit", "--max-findings", "all", hostileName], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(unsafe);
    const xml = new XMLParser({ ignoreAttributes: false }).parse(run.stdout);
    const suite = [xml.testsuites.testsuite].flat()[0];
    expect(suite["@_name"]).toBe("ex\\u001bcport\\r\\n::warning::named\\u202e.jsonl");
  });
});

describe("error messages escape data too", () => {
  it("a parameter file's problems quote its values without control characters", async () => {
    const params = join(dir, "params.json");
    writeFileSync(params, JSON.stringify({ parametersVersion: "1.0", [hostile]: 1 }));
    const run = await runCzt(["validate", "--params", params, hostileName], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^czt validate: parameter file /);
    expect(run.stderr).not.toMatch(unsafe);
    expect(run.stderr).toContain("has the field '\\u001b[31mRED");
  });
});
