/**
 * Fuzzing `czt validate` as a user meets it: arbitrary bytes, arbitrary JSON and
 * broken exports, in files whose extension may or may not say their format, through
 * every report format and both languages. Whatever the input, a run must end with exit
 * code 0, 1 or 2, without a stack trace, within time and memory bounds, with a
 * well-formed report that prints no control characters raw and no personal value
 * unmasked. Seeded (CZT_FC_SEED) and bounded (CZT_FUZZ_RUNS runs a property, 40 by
 * default; each run is a process of a quarter to half a second).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { arbitraryBytesFile, arbitraryJsonFile, type HostileFile, mutatedExportFile } from "./fuzz/hostile-inputs.js";
import { type ReportFormat, reportProblem, sensitiveValues, showsStackTrace } from "./fuzz/report-checks.js";
import { runMeasured } from "./fuzz/run-measured.js";

const seed = Number(process.env["CZT_FC_SEED"] ?? 20261203);
const runs = Number(process.env["CZT_FUZZ_RUNS"] ?? 40);
/** Peak RSS of one czt process on inputs of a few KB; an idle run takes about 70 MB. */
const peakRssBoundMb = 300;
const timeLimitMs = 30_000;

const format = fc.constantFrom<ReportFormat>("text", "json", "sarif", "junit", "github");
const lang = fc.constantFrom("en", "zh");

let dir: string;
let counter = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "czt-fuzz-"));
});

/** Validates one hostile file and says every way the run broke a promise (empty when none). */
/**
 * Whether `text` shows `value`. An ASCII value (a code such as labourCapacity "partial") must
 * stand as a token of its own: SARIF's key "partialFingerprints" does not show it; a Chinese
 * value counts wherever it appears, since Chinese text has no spaces around a name.
 */
function shows(text: string, value: string): boolean {
  if (!/^[\x20-\x7e]+$/.test(value)) return text.includes(value);
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![A-Za-z0-9_])${escaped}(?![A-Za-z0-9_])`).test(text);
}

async function brokenPromises(file: HostileFile, reportFormat: ReportFormat, language: string): Promise<string[]> {
  const name = `${counter++}-${file.name}`;
  writeFileSync(join(dir, name), file.bytes);
  const run = await runMeasured(["validate", "--format", reportFormat, "--lang", language, name], { cwd: dir, timeLimitMs, heapCapMb: 512 });
  const broken: string[] = [];
  if (run.timedOut) return [`no answer within ${timeLimitMs / 1000} s`];
  if (run.code === null || ![0, 1, 2].includes(run.code)) broken.push(`exit code ${run.code ?? run.signal}`);
  if (showsStackTrace(run.stderr)) broken.push(`stack trace on stderr: ${run.stderr.slice(0, 300)}`);
  if (!(run.peakRssMb < peakRssBoundMb)) broken.push(`peak RSS ${run.peakRssMb.toFixed(0)} MB (bound ${peakRssBoundMb} MB)`);
  if (run.code === 2) {
    if (run.stderr.trimEnd().split("\n").length !== 1) broken.push(`exit 2 without exactly one line on stderr: ${run.stderr.slice(0, 300)}`);
  } else if (run.code === 0 || run.code === 1) {
    const problem = reportProblem(reportFormat, run.stdout);
    if (problem) broken.push(problem);
  }
  const leaked = sensitiveValues(file.records).filter((value) => shows(run.stdout, value) || shows(run.stderr, value));
  if (leaked.length > 0) broken.push(`personal values printed unmasked: ${leaked.length} (e.g. one of ${leaked[0]!.length} characters)`);
  return broken;
}

async function assertNoBrokenPromise(arbitrary: fc.Arbitrary<HostileFile>): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arbitrary, format, lang, async (file, reportFormat, language) => {
      expect(await brokenPromises(file, reportFormat, language), `${file.name} as ${reportFormat} (${language})`).toEqual([]);
    }),
    { seed, numRuns: runs, endOnFailure: true },
  );
}

describe("czt validate on hostile input (fuzz)", () => {
  it("arbitrary bytes", { timeout: 600_000 }, async () => {
    await assertNoBrokenPromise(arbitraryBytesFile);
  });

  it("arbitrary JSON, as a document, a package or lines", { timeout: 600_000 }, async () => {
    await assertNoBrokenPromise(arbitraryJsonFile);
  });

  it("generated exports broken by truncation, insertion, duplicate members, depth, control characters and foreign bytes", { timeout: 600_000 }, async () => {
    await assertNoBrokenPromise(mutatedExportFile);
  });
});
