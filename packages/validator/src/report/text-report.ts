import { ruleById } from "../catalogue.js";
import { renderMessage } from "../message.js";
import type { Lang } from "../rule.js";
import type { ValidationReport } from "../session.js";

const labels = {
  en: { records: "records read", valid: "valid", invalid: "invalid", errors: "errors", warnings: "warnings", infos: "infos", byRule: "findings by rule", elapsed: "elapsed", perSecond: "records/s", none: "No findings.", shown: "findings shown" },
  zh: { records: "读取记录", valid: "有效", invalid: "无效", errors: "错误", warnings: "警告", infos: "提示", byRule: "按规则统计", elapsed: "耗时", perSecond: "条/秒", none: "未发现问题。", shown: "显示的问题" },
} as const;

const severityLabel = { en: { error: "error", warning: "warning", info: "info" }, zh: { error: "错误", warning: "警告", info: "提示" } } as const;

function percent(count: number, total: number): string {
  if (total === 0) return "0%";
  const share = (count * 100) / total;
  return `${share < 0.1 && share > 0 ? share.toFixed(2) : share.toFixed(1)}%`;
}

/** A report for people: one line per finding (`file:line:column severity rule message`), then the summary. */
export function formatTextReport(report: ValidationReport, lang: Lang): string {
  const l = labels[lang];
  const lines: string[] = [];
  for (const finding of report.findings) {
    const where = `${finding.file}:${finding.line}${finding.column ? `:${finding.column}` : ""}`;
    const record = finding.recordId ? ` [${finding.recordId}]` : "";
    const pointer = finding.pointer ? ` ${finding.pointer}` : "";
    lines.push(`${where}${record}${pointer} ${severityLabel[lang][finding.severity]} ${finding.ruleId}: ${renderMessage(finding, lang)}`);
  }
  const s = report.summary;
  if (report.summary.errors + report.summary.warnings + report.summary.infos === 0) lines.push(l.none);
  lines.push("");
  lines.push(`${l.records}: ${s.records}   ${l.valid}: ${s.valid}   ${l.invalid}: ${s.invalid}   ${l.errors}: ${s.errors}   ${l.warnings}: ${s.warnings}   ${l.infos}: ${s.infos}`);
  const total = s.errors + s.warnings + s.infos;
  if (report.findings.length < total) lines.push(`${l.shown}: ${report.findings.length} / ${total}`);
  const rules = Object.entries(s.byRule).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (rules.length > 0) {
    lines.push(`${l.byRule}:`);
    const width = Math.max(...rules.map(([id]) => id.length));
    for (const [id, count] of rules) {
      const title = ruleById(id)?.title[lang] ?? "";
      lines.push(`  ${id.padEnd(width)}  ${String(count).padStart(8)}  ${percent(count, s.records).padStart(6)}  ${title}`);
    }
  }
  if (s.elapsedMs !== undefined) {
    lines.push(`${l.elapsed}: ${(s.elapsedMs / 1000).toFixed(2)} s   ${s.recordsPerSecond ?? 0} ${l.perSecond}`);
  }
  return `${lines.join("\n")}\n`;
}
