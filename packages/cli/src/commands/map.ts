import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { countFinding, exportHeader, type Mapping, type MappingTally, parseMapping, problemFinding, withMappingFindings } from "@czt/mapping";
import { mapFiles, profileFiles } from "@czt/mapping/node";
import { createReportWriter, createValidator, type Lang, type Summary } from "@czt/validator";
import type { Command } from "../io.js";
import { ExitCode, UsageError } from "../io.js";
import { fileOutput, OutputClosed, type ReportOutput, stdoutOutput } from "../report-output.js";
import { version } from "../version.js";
import { mapHelp, parseMapArguments } from "./map-arguments.js";
import { renderProfile } from "./map-profile.js";

async function loadMapping(path: string, cwd: string): Promise<Mapping> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), "utf8");
  } catch (error) {
    throw new UsageError(`cannot read the mapping file ${path}: ${(error as Error).message}`);
  }
  const parsed = parseMapping(text);
  if (!parsed.ok) {
    const lines = parsed.problems.slice(0, 20).map((problem) => `\n  ${path}${problem.line !== undefined ? `:${problem.line}` : ""} ${problem.pointer || "/"}: ${problem.message}`);
    throw new UsageError(`mapping file ${path} is invalid:${lines.join("")}`);
  }
  return parsed.mapping;
}

function emptySummary(): Summary & MappingTally {
  return { records: 0, valid: 0, invalid: 0, errors: 0, warnings: 0, infos: 0, byRule: {} };
}

export const map: Command = async (argv, io) => {
  const args = parseMapArguments(argv, io.env);
  if (args.help) {
    io.stdout.write(mapHelp);
    return ExitCode.ok;
  }
  const mapping = await loadMapping(args.mapping, io.cwd);
  const lang: Lang = args.lang;
  if (args.profile) {
    const profile = await profileFiles(mapping, args.inputs.map((input) => resolve(io.cwd, input)));
    io.stdout.write(renderProfile(profile, lang, args.reveal));
    return profile.problems.some((problem) => problem.severity === "error") ? ExitCode.findings : ExitCode.ok;
  }
  const started = Date.now();
  const exportOutput: ReportOutput = args.output ? fileOutput(args.output, io.cwd) : stdoutOutput(io.stdout);
  const reportOutput: ReportOutput = args.report ? fileOutput(args.report, io.cwd) : args.output ? stdoutOutput(io.stdout) : stdoutOutput(io.stderr);
  const exportName = args.output ?? "-";
  try {
    const writer = createReportWriter({ format: args.format, lang, toolVersion: version }, reportOutput.write);
    const session = args.validate ? createValidator({ lang, reveal: args.reveal, onFinding: writer.finding }).createSession() : undefined;
    const mapped = emptySummary();
    const header = exportHeader(mapping);
    exportOutput.write(`${JSON.stringify(header)}\n`);
    session?.add({ kind: "header", value: header, location: { file: exportName, line: 1, recordIndex: -1 } });
    let line = 1;
    let records = 0;
    const inputs = args.inputs.map((input) => resolve(io.cwd, input));
    const run = await mapFiles(mapping, inputs, {
      record(record) {
        line++;
        exportOutput.write(`${JSON.stringify(record)}\n`);
        session?.add({ kind: "record", value: record, location: { file: exportName, line, recordIndex: records } });
        records++;
      },
      problem(problem) {
        const finding = problemFinding(problem, args.reveal);
        countFinding(mapped, finding);
        writer.finding(finding);
      },
    });
    exportOutput.close();
    let summary: Summary;
    if (session) summary = withMappingFindings(session.finish().summary, mapped);
    else summary = { ...mapped, records, valid: records };
    summary.elapsedMs = Date.now() - started;
    summary.recordsPerSecond = Math.round((run.rows / Math.max(summary.elapsedMs, 1)) * 1000);
    writer.end(summary);
    reportOutput.close();
    if ((mapped.byRule["map.unreadable-row"] ?? 0) > 0 && records === 0) return ExitCode.usage;
    return summary.errors > 0 ? ExitCode.findings : ExitCode.ok;
  } catch (error) {
    if (error instanceof OutputClosed) return ExitCode.findings;
    throw error;
  }
};
