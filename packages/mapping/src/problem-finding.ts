import type { Finding, Summary } from "@czt/validator";
import { cellReference, columnLetter, type MapProblem } from "./problem.js";
import { renderProblem, shownValue } from "./render-problem.js";

/**
 * A mapping problem as a finding of the validator's reports: located at its file (`file#sheet`
 * for a workbook), row and column, its words and value masked as the validator masks. One
 * conversion for `czt map` and the page, so that their reports agree.
 */
export function problemFinding(problem: MapProblem, reveal: boolean): Finding {
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
  if (problem.fields !== undefined) params["fields"] = problem.fields.join(", ");
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

/** The counts of the mapping findings of a run, to be added to the validator's summary. */
export interface MappingTally {
  errors: number;
  warnings: number;
  byRule: Record<string, number>;
}

export function countFinding(tally: MappingTally, finding: Finding): void {
  tally.byRule[finding.ruleId] = (tally.byRule[finding.ruleId] ?? 0) + 1;
  if (finding.severity === "error") tally.errors++;
  else tally.warnings++;
}

/** The validator's summary of the mapped records with the mapping's findings counted in. */
export function withMappingFindings(validated: Summary, tally: MappingTally): Summary {
  return { ...validated, errors: validated.errors + tally.errors, warnings: validated.warnings + tally.warnings, byRule: { ...validated.byRule, ...tally.byRule } };
}
