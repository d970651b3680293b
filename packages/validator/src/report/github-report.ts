import { renderMessage } from "../message.js";
import type { Lang } from "../rule.js";
import { displayText } from "./display-text.js";
import type { ReportSink, ReportWriter } from "./report-writer.js";

/**
 * GitHub Actions workflow-command escaping (what the runner's `CommandStringExtensions`
 * unescapes): `%` in a message; also `:` and `,` in a property value. CR and LF, which the
 * runner would also unescape, never get here: data is first made displayable
 * (`displayText`), so no control character remains to escape.
 */
function escapeData(text: string): string {
  return displayText(text).replace(/%/g, "%25");
}
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

const command = { error: "error", warning: "warning", info: "notice" } as const;

/**
 * GitHub Actions annotations, one per finding as it comes: `::error file=…,line=…,col=…,title=rule::[record id] message (/pointer)`;
 * the pointer is left out when the message already names it (schema messages do). The summary is the last line.
 */
export function createGithubReportWriter(lang: Lang, write: ReportSink): ReportWriter {
  return {
    finding(finding) {
      const properties = [`file=${escapeProperty(finding.file)}`, `line=${finding.line}`];
      if (finding.column) properties.push(`col=${finding.column}`);
      properties.push(`title=${escapeProperty(finding.ruleId)}`);
      const record = finding.recordId ? `[${finding.recordId}] ` : "";
      const message = renderMessage(finding, lang);
      const pointer = finding.pointer && !message.includes(finding.pointer) ? ` (${finding.pointer})` : "";
      write(`::${command[finding.severity]} ${properties.join(",")}::${escapeData(record + message + pointer)}\n`);
    },
    end(s) {
      write(`${s.records} records, ${s.valid} valid, ${s.invalid} invalid, ${s.errors} errors, ${s.warnings} warnings\n`);
    },
  };
}
