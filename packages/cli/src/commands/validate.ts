import { readFile, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import type { IndexParquetWriter } from "@czt/scale";
import { createReportWriter, type Lang, parseParameters, type Parameters, type Summary } from "@czt/validator";
import { expandPaths, type ValidateFilesOptions, validateFiles, validateWithDelta } from "@czt/validator/node";
import type { Command } from "../io.js";
import { ExitCode, UsageError } from "../io.js";
import { fileOutput, OutputClosed, type ReportOutput, stdoutOutput } from "../report-output.js";
import { version } from "../version.js";
import { ProgressBar } from "./progress-bar.js";
import { parseValidateArguments, type ValidateArguments, validateHelp } from "./validate-arguments.js";

/** Inputs smaller than this finish before a progress bar would be worth drawing. */
const progressThresholdBytes = 32 * 1024 * 1024;

/** Problems of a parameter file listed before the rest are only counted. */
const maxParameterProblems = 20;

async function loadParameters(path: string, cwd: string, lang: Lang): Promise<Parameters> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(resolve(cwd, path), "utf8"));
  } catch (error) {
    throw new UsageError(`cannot read the parameter file ${path}: ${(error as Error).message}`);
  }
  const result = parseParameters(json, { lang });
  if (!result.ok) {
    // Every problem, located, so that one run shows everything to fix (a long list is cut).
    const shown = result.problems.slice(0, maxParameterProblems).map((problem) => `\n  ${problem.message}`);
    const more = result.problems.length - shown.length;
    throw new UsageError(`parameter file ${path} is invalid:${shown.join("")}${more > 0 ? `\n  … and ${more} more` : ""}`);
  }
  return result.parameters;
}

async function totalBytes(paths: readonly string[], cwd: string): Promise<number> {
  let total = 0;
  for (const source of await expandPaths(paths, cwd)) {
    if (source.kind === "file") total += (await stat(source.path).catch(() => ({ size: 0 }))).size;
  }
  return total;
}

function exitCodeOf(summary: Summary, failOn: ValidateArguments["failOn"]): number {
  if ((summary.byRule["input.unreadable"] ?? 0) > 0) return ExitCode.usage;
  const failing = failOn === "error" ? summary.errors : summary.errors + summary.warnings;
  return failing > 0 ? ExitCode.findings : ExitCode.ok;
}

async function openIndexWriter(directory: string): Promise<IndexParquetWriter> {
  // Loaded only when asked for: DuckDB's native binding costs a validation run nothing otherwise.
  const { IndexParquetWriter } = await import("@czt/scale");
  try {
    return await IndexParquetWriter.open(directory);
  } catch (error) {
    throw new UsageError(`--emit-index: cannot write to ${directory}: ${(error as Error).message.split("\n")[0]}`);
  }
}

export const validate: Command = async (argv, io) => {
  const args = parseValidateArguments(argv, io.env);
  if (args.help) {
    io.stdout.write(validateHelp);
    return ExitCode.ok;
  }
  const options: ValidateFilesOptions = {
    cwd: io.cwd,
    stdin: io.stdin,
    encoding: args.encoding,
    lang: args.lang,
    reveal: args.reveal,
    checks: args.checks,
    disableRules: args.disable,
    lenientReferences: args.lenientReferences,
    jobs: args.jobs === "auto" ? availableParallelism() : args.jobs,
  };
  if (args.asOf) options.asOf = args.asOf;
  if (args.schemaVersion) options.schemaVersion = args.schemaVersion;
  // --quiet lists nothing in text: no finding is even handed over, let alone kept.
  const summaryOnly = args.quiet && args.format === "text";
  options.maxFindings = summaryOnly ? 0 : args.maxFindings;
  if (args.maxLineBytes !== undefined) options.limits = { maxRecordBytes: args.maxLineBytes };
  if (args.params) options.parameters = await loadParameters(args.params, io.cwd, args.lang);

  let progress: ProgressBar | undefined;
  if (io.stderr.isTTY && !args.quiet && !args.paths.includes("-")) {
    const total = await totalBytes(args.paths, io.cwd);
    if (total >= progressThresholdBytes) {
      const bar = new ProgressBar(io.stderr, total);
      progress = bar;
      let done = 0;
      let fileBytes = 0;
      options.onBytes = (bytes: number) => {
        if (bytes < fileBytes) done += fileBytes;
        fileBytes = bytes;
        bar.update(done + bytes);
      };
      if (args.checks === "all") options.onInputsRead = () => bar.phase(args.lang === "zh" ? "正在跨记录检查（数据集规则）…" : "checking across records (dataset rules)…");
    }
  }

  // The report is written as findings come: none is kept, whatever their number.
  // On a shared terminal the bar is cleared before each piece of the report.
  const output: ReportOutput = args.output ? fileOutput(args.output, io.cwd) : stdoutOutput(io.stdout, () => progress?.clear());
  // The index is handed over once all input is read, and written after the report.
  const indexWriter = args.emitIndex === undefined ? undefined : await openIndexWriter(resolve(io.cwd, args.emitIndex));
  if (indexWriter) options.onDatasetIndex = (rows) => indexWriter.append(rows);
  try {
    const writer = createReportWriter({ format: args.format, lang: args.lang, toolVersion: version, summaryOnly }, output.write);
    options.onFinding = writer.finding;
    const report = args.delta === undefined ? await validateFiles(args.paths, options) : await validateWithDelta(args.paths, args.delta, options);
    progress?.clear();
    writer.end(report.summary);
    if (indexWriter) {
      const files = await indexWriter.finish();
      if (!args.quiet) io.stderr.write(`${args.lang === "zh" ? `数据集索引（${indexWriter.rowCount} 条记录）已写入` : `dataset index (${indexWriter.rowCount} records) written to`} ${files.length} Parquet ${args.lang === "zh" ? "文件" : "files"}: ${args.emitIndex}\n`);
    }
    output.close();
    return exitCodeOf(report.summary, args.failOn);
  } catch (error) {
    progress?.clear();
    // The reader went away: stop quietly. The run did not finish, so it does not pass.
    if (error instanceof OutputClosed) return ExitCode.findings;
    throw error;
  }
};
