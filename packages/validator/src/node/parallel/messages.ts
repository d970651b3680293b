import type { IndexBatch } from "../../dataset/dataset-index.js";
import type { DatasetFindingsByRule, DatasetPhaseSettings } from "../../dataset-phase.js";
import type { ReaderLimits } from "../../input/input-item.js";
import type { Finding } from "../../rule.js";
import type { ValidatorOptions } from "../../validator.js";

/** What a worker is started with. */
export interface WorkerSetup {
  options: Omit<ValidatorOptions, "schemaSet" | "maxFindings" | "onFinding">;
  limits: ReaderLimits;
  /** Bytes per positioned read. */
  readBytes: number;
}

/**
 * A byte range of a JSON Lines file: the worker reads it itself and checks the lines
 * whose first byte lies in [start, end) (the last one may run past `end`).
 */
export interface SliceTask {
  type: "slice";
  seq: number;
  /** The path to open, and the name findings carry. */
  path: string;
  file: string;
  start: number;
  end: number;
  /** The export's header, read by the main thread, replayed into each slice's session (asOf, version, city). */
  header?: unknown;
}

/** Asks a worker to close the files it holds open, before it is terminated. */
export interface CloseTask {
  type: "close";
}

/** Asks a worker to run dataset rules over the whole index beside the main thread, taking them from a shared counter. */
export interface DatasetTask {
  type: "dataset";
  index: IndexBatch;
  /** Every dataset rule that runs, by id, in the order the main thread records their findings. */
  ruleIds: string[];
  /** The index in `ruleIds` of the next rule to run, shared with the main thread (each takes one with `Atomics.add`). */
  next: Int32Array;
  settings: DatasetPhaseSettings;
}

export type WorkerTask = SliceTask | CloseTask | DatasetTask;

/** What a worker found in a slice; lines and record numbers are relative to the slice. */
export interface SliceResult {
  type: "slice";
  seq: number;
  /** Newlines in the lines taken: the next slice's first line is this slice's first line plus this. */
  newlines: number;
  /** Per record: its line within the slice, 0-based. */
  lines: Uint32Array;
  /** Per record: its column (0 = none); absent when no record has one. */
  columns: Uint32Array | undefined;
  /** Record numbers (within the slice) of the invalid records. */
  invalid: Uint32Array;
  /** Findings (line relative, 0-based; record index relative), with their record number (-1: none). */
  findings: Finding[];
  findingRecords: Int32Array;
  index: IndexBatch | undefined;
}

export interface ClosedResult {
  type: "closed";
}

/** The findings of a `DatasetTask`'s rules, by rule id. */
export interface DatasetResult {
  type: "dataset";
  findings: DatasetFindingsByRule;
}

export type WorkerResult = SliceResult | ClosedResult | DatasetResult;
