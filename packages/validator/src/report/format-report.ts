import type { ValidationReport } from "../session.js";
import { createCsvReportWriter } from "./csv-report.js";
import { createGithubReportWriter } from "./github-report.js";
import { createJsonReportWriter } from "./json-report.js";
import { createJunitReportWriter } from "./junit-report.js";
import type { ReportOptions } from "./report-options.js";
import type { ReportSink, ReportWriter } from "./report-writer.js";
import { createSarifReportWriter } from "./sarif-report.js";
import { createTextReportWriter } from "./text-report.js";

/**
 * A writer of the chosen format that puts its text into `write` as findings come (the
 * header at once). Findings' params are already masked by the validator unless it was
 * created with `reveal`, so every format shows personal data the same way.
 */
export function createReportWriter(options: ReportOptions, write: ReportSink): ReportWriter {
  switch (options.format) {
    case "text":
      return createTextReportWriter(options.lang, write, options.summaryOnly ?? false);
    case "json":
      return createJsonReportWriter(options.lang, write);
    case "sarif":
      return createSarifReportWriter(options.lang, options.toolVersion ?? "0.1.0", write);
    case "junit":
      return createJunitReportWriter(options.lang, write);
    case "github":
      return createGithubReportWriter(options.lang, write);
    case "csv":
      return createCsvReportWriter(options.lang, write);
  }
}

/** A finished report as one string: for small reports (an API response); large ones stream through `createReportWriter`. */
export function formatReport(report: ValidationReport, options: ReportOptions): string {
  const chunks: string[] = [];
  const writer = createReportWriter(options, (chunk) => chunks.push(chunk));
  for (const finding of report.findings) writer.finding(finding);
  writer.end(report.summary);
  return chunks.join("");
}
