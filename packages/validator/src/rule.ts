/**
 * The contract between the validation engine and its rules.
 *
 * A rule never formats text: it reports a pointer and parameters, and the message is
 * rendered later from the rule's zh/en templates (an error is data, its text is a view).
 */
import type { CodeListId } from "@czt/schemas";

export type Severity = "error" | "warning" | "info";
export type Lang = "zh" | "en";
/** Every record type; those after assistance were added in 1.1, so a 1.0 schema set has no schema for them. */
export type RecordType =
  | "person"
  | "enrolment"
  | "transfer"
  | "assistance"
  | "benefit"
  | "medicalRegistration"
  | "medicalSettlement"
  | "organisation"
  | "donation"
  | "consent";
export type Sensitivity = "identifier" | "personal" | "special";

export type RuleCategory =
  | "input"
  | "schema"
  | "identifier"
  | "code"
  | "text"
  | "date"
  | "amount"
  | "workflow"
  | "review"
  | "reference"
  | "duplicate";

/** Bilingual text. Templates use `{name}` placeholders filled from a finding's params. */
export interface Bilingual {
  zh: string;
  en: string;
}

export interface RuleMeta {
  /** Stable id, e.g. `id-number.check-character`. Never reused for another meaning. */
  id: string;
  severity: Severity;
  category: RuleCategory;
  /** Record types the rule looks at; empty for input rules that apply to any line. */
  appliesTo: readonly RecordType[];
  /** Standard versions (package `schemaVersion`) the rule applies to. */
  versions: readonly string[];
  title: Bilingual;
  message: Bilingual;
  guidance: Bilingual;
  /**
   * Where the params come from. A param holding a field's value, or a figure computed
   * from fields, is masked as the schemas' `x-czt-sensitivity` says (`param-sources.ts`);
   * a param holding a code is shown with the code list's title.
   */
  paramSources?: Readonly<Record<string, ParamSource>>;
  /** Params that carry personal data but come from no schema field, masked unless `reveal` is set. */
  sensitiveParams?: Readonly<Record<string, Sensitivity>>;
  /** The severity may be changed by the publisher (`severityOverrides`). */
  configurableSeverity?: boolean;
}

/**
 * Where one param of a rule comes from. Pointers are templates (`*` for array items)
 * into records of the rule's `appliesTo` types, or of `recordType` when given.
 */
export interface ParamSource {
  /** The param is the value of this field (several: of whichever the finding is about). */
  field?: string | readonly string[];
  /** The param is the value of the field the finding points at (a rule over many fields): masked as that field is. */
  fieldAtPointer?: boolean;
  /**
   * The param is a figure computed from these fields. When any of them is sensitive it is
   * masked whole: a figure left in clear would let the masked value be recomputed.
   */
  derivedFrom?: readonly string[];
  recordType?: RecordType;
  /** The param is a code of this list: messages show the code's title, params keep the code. */
  codeList?: CodeListId;
}

export type Params = Readonly<Record<string, string | number | boolean | null>>;

/** What a rule reports; the engine adds location, severity and message. */
export interface RawFinding {
  ruleId: string;
  /** JSON Pointer (RFC 6901) into the record. */
  pointer: string;
  params: Params;
  /** Only for rules with `configurableSeverity`, or to downgrade. */
  severity?: Severity;
}

/** Where a record came from. */
export interface RecordLocation {
  file: string;
  /** 1-based line of the record's first character (JSON Lines and CSV: its line/row). */
  line: number;
  column?: number;
  /** 0-based index of the record within its file. */
  recordIndex: number;
  recordId?: string;
}

export interface Finding extends RecordLocation {
  ruleId: string;
  severity: Severity;
  pointer: string;
  message: string;
  params: Params;
}

/** Dated parameter tables supplied by an agency (see `parameters.ts`). */
export interface RuleContext {
  /** The reference date for "as of" rules, `YYYY-MM-DD`. */
  asOf: string;
  /** Standard version of the input, e.g. "1.0". */
  schemaVersion: string;
  parameters: import("./parameters.js").Parameters;
  /** References that do not resolve are reported as "info: external" instead of errors. */
  lenientReferences?: boolean;
}

export type Emit = (pointer: string, params: Params, severity?: Severity) => void;

/** A rule on one record that has already passed schema validation. */
export interface RecordRule extends RuleMeta {
  kind: "record";
  check(record: Readonly<Record<string, unknown>>, context: RuleContext, emit: Emit): void;
  /**
   * The same check on the export's envelope (a JSON Lines header line or a JSON package's
   * members), for rules whose fields occur there too (the publisher is an agency): pointers
   * are relative to the envelope. Absent: the rule has no field in the envelope.
   */
  checkHeader?(header: Readonly<Record<string, unknown>>, context: RuleContext, emit: Emit): void;
}

/** A global record number assigned by the engine in input order; the engine maps it back to a location. */
export type RecordHandle = number;

export type DatasetEmit = (handle: RecordHandle, pointer: string, params: Params, severity?: Severity) => void;

/** A rule across records, run once over the compact dataset index after all input is read. */
export interface DatasetRule extends RuleMeta {
  kind: "dataset";
  check(index: import("./dataset/dataset-index.js").DatasetIndex, context: RuleContext, emit: DatasetEmit): void;
}

/** Rules the engine itself reports (input and schema layers). */
export interface EngineRule extends RuleMeta {
  kind: "input" | "schema";
}

export type Rule = RecordRule | DatasetRule | EngineRule;
