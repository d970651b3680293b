/** `czt validate`, the built CLI, on a set of files: the findings of its JSON report. */
import { cztMain, repositoryRoot } from "./paths.js";
import { describeRun, run } from "./run.js";

export interface Validation {
  exitCode: number | null;
  findings: unknown[];
  records: number;
  valid: number;
}

/** `options`: more `czt validate` options, e.g. `--as-of`. */
export function validateFiles(files: readonly string[], options: readonly string[] = []): Validation {
  const result = run(process.execPath, [cztMain, "validate", "--format", "json", "--max-findings", "all", "--quiet", ...options, ...files], { cwd: repositoryRoot });
  if (result.status !== 0 && result.status !== 1) throw new Error(describeRun("czt validate", result));
  const report = JSON.parse(result.stdout) as { findings: unknown[]; summary: { records: number; valid: number } };
  return { exitCode: result.status, findings: report.findings, records: report.summary.records, valid: report.summary.valid };
}
