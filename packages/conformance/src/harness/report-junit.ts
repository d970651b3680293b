import { escapeXml } from "@czt/validator";
import { agreementByRule, type RuleAgreement } from "./agreement-table.js";
import type { HarnessRun, VectorResult } from "./run-harness.js";

function failureText(result: VectorResult): string {
  const lines: string[] = [];
  if (result.verdictMatches === false) lines.push(`verdict: expected ${result.vector.valid ? "valid" : "invalid"}, got ${result.valid ? "valid" : "invalid"}`);
  for (const finding of result.missing ?? []) lines.push(`missing: ${finding.ruleId} at ${finding.pointer}${finding.record === undefined ? "" : ` [record ${finding.record}]`}`);
  for (const finding of result.unexpected ?? []) lines.push(`unexpected: ${finding.ruleId} at ${finding.pointer}${finding.record === undefined ? "" : ` [record ${finding.record}]`}`);
  return lines.join("\n");
}

/** The agreement table as a suite: one case per rule, failed when a vector disagrees on it. */
function ruleSuite(rows: readonly RuleAgreement[]): string[] {
  const failing = rows.filter((row) => row.disagree > 0).length;
  const erroring = rows.filter((row) => row.disagree === 0 && row.errored > 0).length;
  const skipping = rows.filter((row) => row.agree + row.disagree + row.errored === 0).length;
  const out = [`  <testsuite name="agreement by rule" tests="${rows.length}" failures="${failing}" errors="${erroring}" skipped="${skipping}">`];
  for (const row of rows) {
    const counts = `${row.agree} agree, ${row.disagree} disagree, ${row.errored} errored, ${row.skipped} skipped`;
    const open = `    <testcase classname="agreement by rule" name="${escapeXml(row.ruleId)}"`;
    if (row.disagree > 0) out.push(`${open}><failure message="${escapeXml(counts)}">${escapeXml(`disagreeing vectors: ${row.disagreeing.join(", ")}`)}</failure></testcase>`);
    else if (row.errored > 0) out.push(`${open}><error message="${escapeXml(counts)}"/></testcase>`);
    else if (row.agree === 0) out.push(`${open}><skipped message="${escapeXml(counts)}"/></testcase>`);
    else out.push(`${open}><system-out>${escapeXml(counts)}</system-out></testcase>`);
  }
  out.push("  </testsuite>");
  return out;
}

/**
 * JUnit XML for CI test reports: the agreement table as a suite with one case per rule,
 * then one suite per vector file with one case per vector.
 */
export function formatRunJunit(run: HarnessRun): string {
  const byFile = new Map<string, VectorResult[]>();
  for (const result of run.results) {
    const list = byFile.get(result.vector.file) ?? [];
    list.push(result);
    byFile.set(result.vector.file, list);
  }
  const name = run.implementation ? `${run.implementation.name} ${run.implementation.version}` : run.command.join(" ");
  const count = (status: string, results: VectorResult[]) => results.filter((result) => result.status === status).length;
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(
    `<testsuites name="${escapeXml(`CZT-SS conformance: ${name}`)}" tests="${run.results.length}" failures="${count("disagree", run.results)}" errors="${count("errored", run.results)}" skipped="${count("skipped", run.results)}" time="${(run.elapsedMs / 1000).toFixed(3)}">`,
  );
  out.push(...ruleSuite(agreementByRule(run)));
  for (const [file, results] of byFile) {
    out.push(
      `  <testsuite name="${escapeXml(file)}" tests="${results.length}" failures="${count("disagree", results)}" errors="${count("errored", results)}" skipped="${count("skipped", results)}">`,
    );
    for (const result of results) {
      const time = ((result.elapsedMs ?? 0) / 1000).toFixed(3);
      const open = `    <testcase classname="${escapeXml(file.replace(/\.json$/, ""))}" name="${escapeXml(`${result.vector.id}: ${result.vector.description}`)}" time="${time}"`;
      if (result.status === "agree") out.push(`${open}/>`);
      else if (result.status === "skipped") out.push(`${open}><skipped message="declared unsupported by the implementation"/></testcase>`);
      else if (result.status === "errored") {
        const message = String(result.context?.["message"] ?? "errored");
        out.push(`${open}><error message="${escapeXml(message)}">${escapeXml(JSON.stringify(result.context ?? {}, null, 2))}</error></testcase>`);
      } else {
        const text = failureText(result);
        out.push(`${open}><failure message="${escapeXml(text.split("\n")[0] ?? "disagreement")}">${escapeXml(text)}</failure></testcase>`);
      }
    }
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return `${out.join("\n")}\n`;
}
