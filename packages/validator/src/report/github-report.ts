import { renderMessage } from "../message.js";
import type { Lang } from "../rule.js";
import type { ValidationReport } from "../session.js";

/** GitHub Actions workflow-command escaping of a property value / a message. */
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

const command = { error: "error", warning: "warning", info: "notice" } as const;

/**
 * GitHub Actions annotations, one per finding: `::error file=…,line=…,col=…,title=rule::[record id] message (/pointer)`;
 * the pointer is left out when the message already names it (schema messages do).
 */
export function formatGithubReport(report: ValidationReport, lang: Lang): string {
  const lines = report.findings.map((finding) => {
    const properties = [`file=${escapeProperty(finding.file)}`, `line=${finding.line}`];
    if (finding.column) properties.push(`col=${finding.column}`);
    properties.push(`title=${escapeProperty(finding.ruleId)}`);
    const record = finding.recordId ? `[${finding.recordId}] ` : "";
    const message = renderMessage(finding, lang);
    const pointer = finding.pointer && !message.includes(finding.pointer) ? ` (${finding.pointer})` : "";
    return `::${command[finding.severity]} ${properties.join(",")}::${escapeData(record + message + pointer)}`;
  });
  const s = report.summary;
  lines.push(`${s.records} records, ${s.valid} valid, ${s.invalid} invalid, ${s.errors} errors, ${s.warnings} warnings`);
  return `${lines.join("\n")}\n`;
}
