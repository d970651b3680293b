/** The messages between the page and its validation worker. */
import type { MappingFileProblem } from "@czt/mapping";
import type { Summary } from "@czt/validator";

export type Lang = "zh" | "en";
export type Severity = "error" | "warning" | "info";
export type DownloadFormat = "json" | "sarif" | "junit" | "csv";

export interface ValidateRequest {
  type: "validate";
  files: File[];
  reveal: boolean;
  /** As `czt validate --as-of`: the reference date, `YYYY-MM-DD`. */
  asOf?: string;
  /** As `czt validate --params`: the parameter tables file. */
  parameters?: File;
  /** As `czt map --mapping … --validate`: the mapping file; the files its sources read are mapped, then validated with the rest. */
  mapping?: File;
  lang: Lang;
}

export interface RecordRequest {
  type: "record";
  id: number;
  file: string;
  recordIndex: number;
}

export interface ReportRequest {
  type: "report";
  id: number;
  format: DownloadFormat;
  lang: Lang;
}

export type WorkerRequest = ValidateRequest | RecordRequest | ReportRequest;

/** A finding as the page shows it: both languages' messages, rendered in the worker. */
export interface PageFinding {
  ruleId: string;
  severity: Severity;
  file: string;
  line: number;
  column?: number;
  recordIndex: number;
  recordId?: string;
  pointer: string;
  message: Record<Lang, string>;
}

export interface RuleInfo {
  title: Record<Lang, string>;
  guidance: Record<Lang, string>;
}

/** The validator's summary, with the counts the page always shows made required and findings per file added. */
export interface PageSummary extends Pick<Summary, "records" | "valid" | "invalid" | "errors" | "warnings" | "infos" | "byRule"> {
  recordsByRule: Record<string, number>;
  /** Findings per file. */
  byFile: Record<string, number>;
  elapsedMs: number;
}

export type WorkerMessage =
  | { type: "started"; totalBytes: number; files: string[] }
  | { type: "progress"; bytes: number; totalBytes: number; records: number; phase: "reading" | "dataset" }
  | { type: "findings"; findings: PageFinding[]; rules: Record<string, RuleInfo> }
  | { type: "done"; summary: PageSummary }
  | { type: "failed"; message: string }
  | { type: "mapping-invalid"; file: string; problems: MappingFileProblem[] }
  | { type: "record"; id: number; record: unknown; found: boolean }
  | { type: "report"; id: number; text: string; format: DownloadFormat };
