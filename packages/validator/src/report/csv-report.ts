import { ruleById } from "../catalogue.js";
import { renderMessage } from "../message.js";
import type { Finding, Lang } from "../rule.js";
import type { ReportSink, ReportWriter } from "./report-writer.js";

const columns: Readonly<Record<Lang, readonly string[]>> = {
  en: ["file", "line", "column", "record", "record id", "rule", "severity", "field", "message", "guidance"],
  zh: ["文件", "行", "列", "记录序号", "记录标识", "规则", "严重程度", "字段", "说明", "处理建议"],
};

/**
 * A cell as RFC 4180 has it (quoted when it holds a comma, quote or line break). A text
 * that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a
 * leading apostrophe: a report of hostile data must not compute anything when opened.
 */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "number") return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The findings as a CSV table for spreadsheets: UTF-8 with a byte-order mark (so Excel
 * reads Chinese right), CRLF line ends, one header row in the report language, one row per
 * finding with its message and the rule's guidance. The summary is not a row: the table
 * stays one kind of row, sortable and filterable as it is.
 */
export function createCsvReportWriter(lang: Lang, write: ReportSink): ReportWriter {
  write(`\ufeff${columns[lang].map(csvCell).join(",")}\r\n`);
  return {
    finding(f: Finding) {
      const row = [
        f.file,
        f.line,
        f.column || undefined,
        f.recordIndex >= 0 ? f.recordIndex + 1 : undefined,
        f.recordId,
        f.ruleId,
        f.severity,
        f.pointer || undefined,
        renderMessage(f, lang),
        ruleById(f.ruleId)?.guidance[lang],
      ];
      write(`${row.map(csvCell).join(",")}\r\n`);
    },
    end() {},
  };
}
