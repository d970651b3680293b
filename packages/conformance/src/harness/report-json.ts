import { agreementByRule, agreementTotals, runPassed } from "./agreement-table.js";
import type { HarnessRun } from "./run-harness.js";

/** A machine-readable run: implementation, totals, the per-rule table and every vector's outcome. */
export function formatRunJson(run: HarnessRun): string {
  const report = {
    implementation: run.implementation ?? null,
    command: run.command,
    unsupported: run.unsupported,
    supported: run.supported ?? null,
    passed: runPassed(run),
    totals: agreementTotals(run),
    rules: agreementByRule(run),
    vectors: run.results.map((result) => ({
      id: result.vector.id,
      file: result.vector.file,
      status: result.status,
      ...(result.valid !== undefined ? { valid: result.valid, expectedValid: result.vector.valid } : {}),
      ...(result.missing && result.missing.length > 0 ? { missing: result.missing } : {}),
      ...(result.unexpected && result.unexpected.length > 0 ? { unexpected: result.unexpected } : {}),
      ...(result.context ? { context: result.context } : {}),
      ...(result.elapsedMs !== undefined ? { elapsedMs: result.elapsedMs } : {}),
    })),
    elapsedMs: run.elapsedMs,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
