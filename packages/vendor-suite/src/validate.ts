/** `czt validate`, the built CLI, on a set of files: the findings of its JSON report. */
import { cztMain, repositoryRoot } from "./paths.js";
import { describeRun, run } from "./run.js";

export interface Validation {
  exitCode: number | null;
  findings: unknown[];
  records: number;
  valid: number;
}

export function validateFiles(files: readonly string[]): Validation {
  const result = run(process.execPath, [cztMain, "validate", "--format", "json", "--max-findings", "all", "--quiet", ...files], { cwd: repositoryRoot });
  if (result.status !== 0 && result.status !== 1) throw new Error(describeRun("czt validate", result));
  const report = JSON.parse(result.stdout) as { findings: unknown[]; summary: { records: number; valid: number } };
  return { exitCode: result.status, findings: report.findings, records: report.summary.records, valid: report.summary.valid };
}
