import { rulesOfVector } from "../vectors/vector-format.js";
import type { HarnessRun, VectorResult, VectorStatus } from "./run-harness.js";

export interface RuleAgreement {
  ruleId: string;
  agree: number;
  disagree: number;
  errored: number;
  skipped: number;
  /** Ids of the vectors that disagreed on this rule. */
  disagreeing: string[];
}

export interface AgreementTotals {
  vectors: number;
  agree: number;
  disagree: number;
  errored: number;
  skipped: number;
}

/** The rules a vector result counts under: the vector's rules and any rule the implementation reported. */
function rulesOfResult(result: VectorResult): string[] {
  const reported = (result.unexpected ?? []).map((finding) => finding.ruleId);
  return [...new Set([...rulesOfVector(result.vector), ...reported])];
}

/**
 * The status of one vector for one rule. A disagreement counts against the rules whose
 * findings differ, so breaking one rule shows up under that rule only; a wrong verdict
 * with identical findings counts against every rule of the vector.
 */
function statusForRule(result: VectorResult, ruleId: string): VectorStatus {
  if (result.status !== "disagree") return result.status;
  const differing = new Set([...(result.missing ?? []), ...(result.unexpected ?? [])].map((finding) => finding.ruleId));
  if (differing.size === 0) return "disagree";
  return differing.has(ruleId) ? "disagree" : "agree";
}

export function agreementByRule(run: HarnessRun): RuleAgreement[] {
  const table = new Map<string, RuleAgreement>();
  for (const result of run.results) {
    for (const ruleId of rulesOfResult(result)) {
      let row = table.get(ruleId);
      if (!row) {
        row = { ruleId, agree: 0, disagree: 0, errored: 0, skipped: 0, disagreeing: [] };
        table.set(ruleId, row);
      }
      const status = statusForRule(result, ruleId);
      row[status] += 1;
      if (status === "disagree") row.disagreeing.push(result.vector.id);
    }
  }
  return [...table.values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId));
}

export function agreementTotals(run: HarnessRun): AgreementTotals {
  const totals: AgreementTotals = { vectors: run.results.length, agree: 0, disagree: 0, errored: 0, skipped: 0 };
  for (const result of run.results) totals[result.status] += 1;
  return totals;
}

/** A run passes when nothing disagreed or errored; skipped vectors do not fail it. */
export function runPassed(run: HarnessRun): boolean {
  return run.results.every((result) => result.status === "agree" || result.status === "skipped");
}
