import type { InputItem } from "../../input/input-item.js";
import type { Session } from "../../session.js";
import type { SliceResult } from "./messages.js";

/** A slice sent to a worker: its file, and what comes first in the file's numbering. */
export interface SliceInfo {
  file: string;
  /** Line of the file's first line to check (2 after a header). */
  firstLine: number;
  /** True for the file's first slice: numbering starts afresh. */
  startsFile: boolean;
  /** Where the slice ends in its file, for progress. */
  end: number;
  /** The file's header, for the session before the file's first slice (after the previous file's last). */
  header?: InputItem;
}

/**
 * Puts slice results back in input order and hands them to the session: a slice's first
 * line is the previous slice's plus its newlines, its first record index the previous
 * slice's plus its records. Only the few findings are touched one by one.
 */
export class Reassembler {
  private readonly pending = new Map<number, SliceResult>();
  private readonly slices = new Map<number, SliceInfo>();
  private nextSeq = 0;
  private line = 1;
  private recordIndex = 0;

  constructor(
    private readonly session: Session,
    private readonly onBytes?: (bytes: number) => void,
  ) {}

  expect(seq: number, info: SliceInfo): void {
    this.slices.set(seq, info);
  }

  accept(result: SliceResult): void {
    this.pending.set(result.seq, result);
    for (let ready = this.pending.get(this.nextSeq); ready; ready = this.pending.get(this.nextSeq)) {
      this.pending.delete(this.nextSeq);
      this.apply(ready, this.slices.get(this.nextSeq)!);
      this.slices.delete(this.nextSeq);
      this.nextSeq++;
    }
  }

  private apply(result: SliceResult, slice: SliceInfo): void {
    if (slice.startsFile) {
      this.line = slice.firstLine;
      this.recordIndex = 0;
    }
    if (slice.header) this.session.add(slice.header);
    const lineBase = this.line;
    const firstRecordIndex = this.recordIndex;
    for (const finding of result.findings) {
      finding.line += lineBase;
      if (finding.recordIndex >= 0) finding.recordIndex += firstRecordIndex;
    }
    this.session.addCheckedSlice({
      file: slice.file,
      firstRecordIndex,
      lines: result.lines,
      lineBase,
      columns: result.columns,
      invalid: result.invalid,
      findings: result.findings,
      findingRecords: result.findingRecords,
      index: result.index,
    });
    this.line += result.newlines;
    this.recordIndex += result.lines.length;
    this.onBytes?.(slice.end);
  }
}
