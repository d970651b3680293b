import { stat } from "node:fs/promises";
import type { ValidationSession } from "../session.js";
import { expandPaths } from "./expand-paths.js";

/** The total size in bytes of the text files the paths name (nothing for standard input, workbooks, a missing or unreadable file). */
export async function inputBytes(paths: readonly string[], cwd: string): Promise<number> {
  let total = 0;
  for (const source of await expandPaths(paths, cwd)) {
    // A workbook's bytes are compressed: no measure of its records (and no `onBytes` counts them).
    if (source.kind !== "file" || source.path.toLowerCase().endsWith(".xlsx")) continue;
    try {
      total += (await stat(source.path)).size;
    } catch {
      // Reported when the file is read.
    }
  }
  return total;
}

/**
 * Estimates how many records a whole input holds from the records read so far, and
 * says so twice (at 4 MiB and at a quarter of the input): the dataset index and the
 * record locations are then allocated once at about their final size instead of growing
 * by half with a copy each time (at 4 M records the last growth held 170 MB of old and
 * new columns at once, and left a quarter of the new ones unused).
 */
export class RecordCountEstimate {
  private done = 0;
  private fileBytes = 0;
  private nextAt: number;

  constructor(
    private readonly totalBytes: number,
    private readonly reserve: (records: number) => void,
  ) {
    this.nextAt = Math.min(4 * 1024 * 1024, totalBytes / 4);
  }

  /** `bytes`: read so far in the current file (as `onBytes` reports it); `records`: read so far in all. */
  update(bytes: number, records: number): void {
    // A smaller count than before: a new file started.
    if (bytes < this.fileBytes) this.done += this.fileBytes;
    this.fileBytes = bytes;
    const read = this.done + bytes;
    if (this.nextAt === Number.POSITIVE_INFINITY || read < this.nextAt || records < 1000) return;
    // 2 % over: a little slack is cheaper than one more growth. Never more than one record per 32 bytes.
    this.reserve(Math.min(Math.ceil(((records * this.totalBytes) / read) * 1.02), Math.ceil(this.totalBytes / 32)));
    this.nextAt = this.nextAt < this.totalBytes / 4 ? this.totalBytes / 4 : Number.POSITIVE_INFINITY;
  }
}

/**
 * An `onBytes` callback that also reserves room in `session` for the records the input
 * will hold (see `RecordCountEstimate`), then calls `onBytes`.
 */
export async function reservingOnBytes(
  paths: readonly string[],
  cwd: string,
  session: Pick<ValidationSession, "recordCount" | "reserve">,
  onBytes: ((bytes: number) => void) | undefined,
): Promise<(bytes: number) => void> {
  const estimate = new RecordCountEstimate(await inputBytes(paths, cwd), (records) => session.reserve(records));
  return (bytes) => {
    estimate.update(bytes, session.recordCount);
    onBytes?.(bytes);
  };
}
