import type { ValidationReport } from "../session.js";
import { formatGithubReport } from "./github-report.js";
import { formatJsonReport } from "./json-report.js";
import { formatJunitReport } from "./junit-report.js";
import type { ReportOptions } from "./report-options.js";
import { formatSarifReport } from "./sarif-report.js";
import { formatTextReport } from "./text-report.js";

/**
 * Renders a report. Findings' params are already masked by the validator unless it was
 * created with `reveal`, so every format shows personal data the same way.
 */
export function formatReport(report: ValidationReport, options: ReportOptions): string {
  switch (options.format) {
    case "text":
      return formatTextReport(report, options.lang);
    case "json":
      return formatJsonReport(report, options.lang);
    case "sarif":
      return formatSarifReport(report, options.lang, options.toolVersion);
    case "junit":
      return formatJunitReport(report, options.lang);
    case "github":
      return formatGithubReport(report, options.lang);
  }
}
