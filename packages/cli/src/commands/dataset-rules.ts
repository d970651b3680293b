import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { createReportWriter } from "@czt/validator";
import type { Command } from "../io.js";
import { ExitCode, UsageError } from "../io.js";
import { fileOutput, OutputClosed, type ReportOutput, stdoutOutput } from "../report-output.js";
import { version } from "../version.js";
import { datasetRulesHelp, parseDatasetRulesArguments } from "./dataset-rules-arguments.js";

/** The Parquet files of the paths given: a folder's `*.parquet` (sorted by name), a file as it is. */
async function parquetFiles(paths: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const path = resolve(cwd, given);
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UsageError(`${given}: no such file or folder`);
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((name) => name.endsWith(".parquet")).sort();
      if (names.length === 0) throw new UsageError(`${given}: no .parquet file in this folder (write one with czt validate --emit-index)`);
      files.push(...names.map((name) => join(path, name)));
    } else files.push(path);
  }
  return files;
}

export const datasetRules: Command = async (argv, io) => {
  const args = parseDatasetRulesArguments(argv, io.env);
  if (args.help) {
    io.stdout.write(datasetRulesHelp);
    return ExitCode.ok;
  }
  const files = await parquetFiles(args.paths, io.cwd);
  const { runDatasetRulesSql } = await import("@czt/scale");
  const output: ReportOutput = args.output ? fileOutput(args.output, io.cwd) : stdoutOutput(io.stdout, () => {});
  const summaryOnly = args.quiet && args.format === "text";
  try {
    const writer = createReportWriter({ format: args.format, lang: args.lang, toolVersion: version, summaryOnly }, output.write);
    const limits = { memoryLimit: args.memoryLimit, ...(args.tempDirectory === undefined ? {} : { tempDirectory: resolve(io.cwd, args.tempDirectory) }), ...(args.threads === undefined ? {} : { threads: args.threads }) };
    let run: Awaited<ReturnType<typeof runDatasetRulesSql>>;
    try {
      run = await runDatasetRulesSql(files, { lang: args.lang, limits, disableRules: args.disable, onFinding: writer.finding });
    } catch (error) {
      if (error instanceof OutputClosed) throw error;
      // DuckDB's own words say what is wrong with a file (not Parquet, another schema): one line, exit 2.
      throw new UsageError(`cannot run the dataset rules over the index: ${(error as Error).message.split("\n")[0]}`);
    }
    writer.end(run.summary);
    output.close();
    if (run.notRun.length > 0) {
      const lead = args.lang === "zh" ? `未运行 ${run.notRun.length} 条数据集规则（尚无 SQL，见 docs/scale.md）` : `not run: ${run.notRun.length} dataset rules have no SQL yet (see docs/scale.md)`;
      io.stderr.write(`${lead}: ${run.notRun.join(", ")}\n`);
    }
    const failing = args.failOn === "error" ? run.summary.errors : run.summary.errors + run.summary.warnings;
    return failing > 0 ? ExitCode.findings : ExitCode.ok;
  } catch (error) {
    if (error instanceof OutputClosed) return ExitCode.findings;
    throw error;
  }
};
