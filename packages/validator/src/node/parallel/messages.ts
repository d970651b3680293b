import type { IndexEntry } from "../../dataset/index-entry.js";
import type { ReaderLimits } from "../../input/input-item.js";
import type { Finding } from "../../rule.js";
import type { ValidatorOptions } from "../../validator.js";

/** What a worker is started with. */
export interface WorkerSetup {
  options: Omit<ValidatorOptions, "schemaSet" | "maxFindings">;
  limits: ReaderLimits;
}

/** A slice of a JSON Lines file, cut at a line boundary. */
export interface ChunkTask {
  seq: number;
  file: string;
  bytes: Uint8Array;
  /** The export's header, read by the main thread before the slices are sent. */
  asOf?: string;
  city?: string;
}

/** What a worker found in a slice; lines and record indexes are relative to the slice (1-based / 0-based). */
export interface ChunkResult {
  seq: number;
  /** Per item: relative line, column (0 = none). */
  lines: Uint32Array;
  columns: Uint32Array;
  /** Per item: 0 a record, 1 a record lost to an input problem, 2 a finding tied to no record. */
  kinds: Uint8Array;
  /** Record ids of items without an index entry (an entry has its own id). */
  ids: (string | undefined)[];
  entries: (IndexEntry | undefined)[];
  /** Findings with the item number they belong to. */
  findings: Finding[];
  findingItems: number[];
}
