import { renderMessage } from "../message.js";
import type { Lang } from "../rule.js";
import type { Summary } from "../summary.js";
import type { ReportSink, ReportWriter } from "./report-writer.js";

/** A value pretty-printed as JSON, every line after the first indented by `indent`. */
export function indentedJson(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}

/** The summary as `schemas/report.schema.json` has it (the per-rule record counts are for the text report). */
export function reportSummary(summary: Summary): Omit<Summary, "recordsByRule"> {
  const { recordsByRule: _recordsByRule, ...rest } = summary;
  return rest;
}

/**
 * The machine report, `schemas/report.schema.json`: every finding as it comes (message in
 * the report language), then the summary. JSON members have no order, so the summary,
 * known only at the end, comes last.
 */
export function createJsonReportWriter(lang: Lang, write: ReportSink): ReportWriter {
  let count = 0;
  write('{\n  "findings": [');
  return {
    finding(finding) {
      // Stryker disable next-line UpdateOperator: only whether a finding was written matters, and count-- is as non-zero as count++
      write(`${count++ === 0 ? "\n    " : ",\n    "}${indentedJson({ ...finding, message: renderMessage(finding, lang) }, "    ")}`);
    },
    end(summary) {
      write(`${count === 0 ? "]" : "\n  ]"},\n  "summary": ${indentedJson(reportSummary(summary), "  ")}\n}\n`);
    },
  };
}
