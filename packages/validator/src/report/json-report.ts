import { renderMessage } from "../message.js";
import type { Lang } from "../rule.js";
import type { ValidationReport } from "../session.js";

/** The machine report, `schemas/report.schema.json`: the summary and every finding, messages in the report language. */
export function formatJsonReport(report: ValidationReport, lang: Lang): string {
  const findings = report.findings.map((finding) => ({ ...finding, message: renderMessage(finding, lang) }));
  return `${JSON.stringify({ summary: report.summary, findings }, null, 2)}\n`;
}
