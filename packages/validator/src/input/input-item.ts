import type { Params, RecordLocation, Severity } from "../rule.js";

/** One thing a reader found in the input: a record, a header, or a located problem (`input.*`). */
export type InputItem =
  | { kind: "record"; value: unknown; location: RecordLocation }
  | {
      kind: "header";
      value: unknown;
      location: RecordLocation;
      /**
       * The envelope as far as it was read (a package streamed from standard input, at its
       * records): it gives the records their context (asOf, version, city) but is checked
       * only when the whole envelope follows, so its findings are not reported twice.
       */
      contextOnly?: true;
    }
  | {
      kind: "error";
      ruleId: string;
      params: Params;
      location: RecordLocation;
      /** A downgrade of the rule's severity (e.g. a file decoded as GB18030 is a warning). */
      severity?: Severity;
      /** False when the problem did not cost a record (e.g. the encoding notice); default true. */
      lostRecord?: boolean;
    };

/** Limits that protect the reader from hostile or broken input. */
export interface ReaderLimits {
  /** Longest line (JSON Lines, CSV) or record (JSON) in bytes; longer ones are skipped with `input.line-too-long`. */
  maxRecordBytes: number;
  /** Deepest JSON nesting accepted; deeper is `input.too-deep`. */
  maxDepth: number;
}

/**
 * The standard's nesting limit: a record (the record object itself is level 1) nests
 * at most this many arrays and objects; deeper is `input.too-deep` in every
 * implementation. 64 is far above any record of the standard and within what common
 * parsers accept by default (serde_json stops at 128), so all can agree.
 */
export const standardMaxDepth = 64;

export const defaultLimits: ReaderLimits = { maxRecordBytes: 64 * 1024 * 1024, maxDepth: standardMaxDepth };

export type Encoding = "auto" | "utf-8" | "gb18030";
