import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { currentVersion } from "@czt/schemas";
import { cellReference, columnLetter, type MapProblem, type Mapping, mapFiles, parseMapping, profileFiles, renderProblem, shownValue } from "@czt/mapping";
import { createReportWriter, createValidator, type Finding, type Lang, type Summary } from "@czt/validator";
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

/** A mapping problem as a finding of the validator's reports: located at its file, row and column, its words and value masked as the validator masks. */
function problemFinding(problem: MapProblem, reveal: boolean): Finding {
  const { location } = problem;
  const params: Record<string, string | number> = {
    "message.zh": renderProblem(problem, "zh", reveal),
    "message.en": renderProblem(problem, "en", reveal),
  };
  const value = shownValue(problem, reveal);
  if (value !== undefined) params["value"] = value;
  if (location.sheet !== undefined) params["sheet"] = location.sheet;
  const cell = cellReference(location);
  if (cell !== undefined && location.sheet !== undefined) params["cell"] = cell;
  if (location.column !== undefined) params["columnLetter"] = columnLetter(location.column);
  if (location.header !== undefined) params["header"] = location.header;
  const finding: Finding = {
    ruleId: problem.code,
    severity: problem.severity,
    pointer: problem.field !== undefined && problem.field !== "key" ? `/${problem.field.replaceAll(".", "/")}` : "",
    message: "",
    params,
    file: location.sheet !== undefined ? `${location.file}#${location.sheet}` : location.file,
    line: location.row ?? 0,
    recordIndex: -1,
  };
  if (location.column !== undefined) finding.column = location.column;
  return finding;
}

function emptySummary(): Summary {
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
    const header = { recordType: "header", schemaVersion: mapping.header.schemaVersion ?? currentVersion, ...mapping.header, created: mapping.header.created ?? new Date().toISOString().replace(/\.\d+Z$/, "Z") };
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
        mapped.byRule[finding.ruleId] = (mapped.byRule[finding.ruleId] ?? 0) + 1;
        if (finding.severity === "error") mapped.errors++;
        else mapped.warnings++;
        writer.finding(finding);
      },
    });
    exportOutput.close();
    let summary: Summary;
    if (session) {
      const validated = session.finish().summary;
      summary = { ...validated, errors: validated.errors + mapped.errors, warnings: validated.warnings + mapped.warnings, byRule: { ...validated.byRule, ...mapped.byRule } };
    } else summary = { ...mapped, records, valid: records };
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
