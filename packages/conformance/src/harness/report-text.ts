import type { ExpectedFinding } from "../vectors/vector-format.js";
import { agreementByRule, agreementTotals } from "./agreement-table.js";
import type { HarnessRun } from "./run-harness.js";

function describeFinding(finding: ExpectedFinding): string {
  return `${finding.ruleId} at ${finding.pointer === "" ? "(record)" : finding.pointer}${finding.record === undefined ? "" : ` [record ${finding.record}]`}`;
}

/** The agreement table as aligned text, then the details of every disagreement and error. */
export function formatRunText(run: HarnessRun): string {
  const lines: string[] = [];
  const implementation = run.implementation;
  lines.push(
    implementation
      ? `Implementation: ${implementation.name} ${implementation.version} (${implementation.language})${implementation.homepage ? ` ${implementation.homepage}` : ""}`
      : `Implementation: ${run.command.join(" ")} (did not start)`,
  );
  const rows = agreementByRule(run);
  const width = Math.max(4, ...rows.map((row) => row.ruleId.length));
  lines.push("", `${"rule".padEnd(width)}  agree  disagree  errored  skipped`);
  for (const row of rows) {
    lines.push(
      `${row.ruleId.padEnd(width)}  ${String(row.agree).padStart(5)}  ${String(row.disagree).padStart(8)}  ${String(row.errored).padStart(7)}  ${String(row.skipped).padStart(7)}`,
    );
  }
  const problems = run.results.filter((result) => result.status === "disagree" || result.status === "errored");
  if (problems.length > 0) lines.push("");
  for (const result of problems) {
    const where = `${result.vector.file} ${result.vector.id}`;
    if (result.status === "errored") {
      const context = result.context ?? {};
      lines.push(`ERRORED   ${where}: ${String(context["message"] ?? "no details")}`);
      const stderr = typeof context["stderr"] === "string" ? context["stderr"].trim() : "";
      if (stderr !== "") lines.push(`          stderr: ${stderr.split("\n").slice(-5).join("\n                  ")}`);
      continue;
    }
    lines.push(`DISAGREE  ${where}: ${result.vector.description}`);
    if (result.verdictMatches === false) lines.push(`          verdict: expected ${result.vector.valid ? "valid" : "invalid"}, got ${result.valid ? "valid" : "invalid"}`);
    for (const finding of result.missing ?? []) lines.push(`          missing:    ${describeFinding(finding)}`);
    for (const finding of result.unexpected ?? []) lines.push(`          unexpected: ${describeFinding(finding)}`);
  }
  const totals = agreementTotals(run);
  lines.push(
    "",
    `${totals.vectors} vectors: ${totals.agree} agree, ${totals.disagree} disagree, ${totals.errored} errored, ${totals.skipped} skipped (${run.elapsedMs} ms)`,
  );
  return `${lines.join("\n")}\n`;
}
