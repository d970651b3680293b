import { ruleById } from "../catalogue.js";
import { renderMessage } from "../message.js";
import type { Finding, Lang } from "../rule.js";
import type { Summary } from "../summary.js";
import { displayText } from "./display-text.js";
import type { ReportSink, ReportWriter } from "./report-writer.js";

const labels = {
  en: { records: "records read", valid: "valid", invalid: "invalid", errors: "errors", warnings: "warnings", infos: "infos", byRule: "findings by rule (findings, share of records affected)", elapsed: "elapsed", perSecond: "records/s", none: "No findings.", shown: "findings shown", versions: "checked against version", file: "file", files: "files" },
  zh: { records: "读取记录", valid: "有效", invalid: "无效", errors: "错误", warnings: "警告", infos: "提示", byRule: "按规则统计（问题数，涉及记录占比）", elapsed: "耗时", perSecond: "条/秒", none: "未发现问题。", shown: "显示的问题", versions: "按标准版本检查", file: "个文件", files: "个文件" },
} as const;

const severityLabel = { en: { error: "error", warning: "warning", info: "info" }, zh: { error: "错误", warning: "警告", info: "提示" } } as const;

function percent(count: number, total: number): string {
  if (total === 0) return "0%";
  const share = (count * 100) / total;
  return `${share < 0.1 && share > 0 ? share.toFixed(2) : share.toFixed(1)}%`;
}

/** One finding as a line: `file:line:column [record] pointer severity rule: message`, data escaped. */
export function textLine(finding: Finding, lang: Lang): string {
  const where = `${displayText(finding.file)}:${finding.line}${finding.column ? `:${finding.column}` : ""}`;
  const record = finding.recordId ? ` [${displayText(finding.recordId)}]` : "";
  const pointer = finding.pointer ? ` ${displayText(finding.pointer)}` : "";
  return `${where}${record}${pointer} ${severityLabel[lang][finding.severity]} ${finding.ruleId}: ${displayText(renderMessage(finding, lang))}`;
}

/** Orders "MAJOR.MINOR" versions by number, so 1.2 comes before 1.10. */
function byVersion(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

function summaryLines(s: Summary, lang: Lang, shown: number | undefined): string[] {
  const l = labels[lang];
  const lines = [`${l.records}: ${s.records}   ${l.valid}: ${s.valid}   ${l.invalid}: ${s.invalid}   ${l.errors}: ${s.errors}   ${l.warnings}: ${s.warnings}   ${l.infos}: ${s.infos}`];
  const versions = Object.entries(s.schemaVersions ?? {}).sort(([a], [b]) => byVersion(a, b));
  if (versions.length > 0) {
    const counted = versions.map(([version, files]) => (lang === "zh" ? `${version}（${files} ${l.files}）` : `${version} (${files} ${files === 1 ? l.file : l.files})`));
    lines.push(`${l.versions}: ${counted.join(", ")}`);
  }
  const total = s.errors + s.warnings + s.infos;
  if (shown !== undefined && shown < total) lines.push(`${l.shown}: ${shown} / ${total}`);
  const rules = Object.entries(s.byRule).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (rules.length > 0) {
    lines.push(`${l.byRule}:`);
    const width = Math.max(...rules.map(([id]) => id.length));
    for (const [id, count] of rules) {
      const title = ruleById(id)?.title[lang] ?? "";
      // The share is of records, so a rule that fires twice on one record still stays within 100 %.
      const affected = s.recordsByRule?.[id];
      const share = affected === undefined ? "" : percent(affected, s.records);
      lines.push(`  ${id.padEnd(width)}  ${String(count).padStart(8)}  ${share.padStart(6)}  ${title}`);
    }
  }
  if (s.elapsedMs !== undefined) lines.push(`${l.elapsed}: ${(s.elapsedMs / 1000).toFixed(2)} s   ${s.recordsPerSecond ?? 0} ${l.perSecond}`);
  return lines;
}

/**
 * A report for people: one line per finding, written as it comes, then the summary
 * (a blank line separates the two). `summaryOnly` (`--quiet`) prints the summary alone.
 */
export function createTextReportWriter(lang: Lang, write: ReportSink, summaryOnly: boolean): ReportWriter {
  let shown = 0;
  return {
    finding(finding) {
      if (summaryOnly) return;
      shown++;
      write(`${textLine(finding, lang)}\n`);
    },
    end(summary) {
      const lines: string[] = [];
      if (shown > 0) lines.push("");
      else if (summary.errors + summary.warnings + summary.infos === 0) lines.push(labels[lang].none);
      lines.push(...summaryLines(summary, lang, summaryOnly ? undefined : shown));
      write(`${lines.join("\n")}\n`);
    },
  };
}
