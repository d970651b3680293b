import type { Finding } from "../rule.js";
import type { Summary } from "../summary.js";

/** Where a report writer puts its text, piece by piece, in order. */
export type ReportSink = (chunk: string) => void;

/**
 * A report written as findings come: `finding` for each finding to list (in the order they
 * are given), then `end` once with the summary of the whole run. Nothing is kept per
 * finding, so a report of any size takes constant memory.
 */
export interface ReportWriter {
  finding(finding: Finding): void;
  end(summary: Summary): void;
}
