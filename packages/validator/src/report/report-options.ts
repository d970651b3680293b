import type { Lang } from "../rule.js";

export type ReportFormat = "text" | "json" | "sarif" | "junit" | "github" | "csv";

export interface ReportOptions {
  format: ReportFormat;
  lang: Lang;
  /** Tool version for SARIF. */
  toolVersion?: string;
  /** The text format prints the summary alone (`--quiet`): no finding lines, no "shown" count. */
  summaryOnly?: boolean;
}
