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

/** GitHub Actions annotations: `::error file=…,line=…,col=…,title=rule::message`, one per finding. */
export function formatGithubReport(report: ValidationReport, lang: Lang): string {
  const lines = report.findings.map((finding) => {
    const properties = [`file=${escapeProperty(finding.file)}`, `line=${finding.line}`];
    if (finding.column) properties.push(`col=${finding.column}`);
    properties.push(`title=${escapeProperty(finding.ruleId)}`);
    const pointer = finding.pointer ? ` (${finding.pointer})` : "";
    return `::${command[finding.severity]} ${properties.join(",")}::${escapeData(renderMessage(finding, lang) + pointer)}`;
  });
  const s = report.summary;
  lines.push(`${s.records} records, ${s.valid} valid, ${s.invalid} invalid, ${s.errors} errors, ${s.warnings} warnings`);
  return `${lines.join("\n")}\n`;
}
