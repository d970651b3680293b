import type { RecordLocation } from "./rule.js";

/**
 * Where each record came from, by handle, in a few bytes per record (typed arrays
 * that grow by half), so dataset findings can be located after the input is gone.
 * Record ids are not kept: the dataset index holds them (a million id strings would
 * cost ~50 MB and GC time), and the session adds them to dataset findings. The file and
 * the record index are kept as runs (a file's records number consecutively), not per
 * record. So are the lines while they step with the handles (JSON Lines, CSV: one run a
 * file, not 4 bytes a record, 16 MB at 4 M records); once runs stop paying (JSON
 * documents: records span several lines), a line number per record.
 */
const initialCapacity = 64;

export class RecordLocations {
  private files: string[] = [];
  private fileIds = new Map<string, number>();
  /** Runs of handles with one `line − handle`: first handle, offset (until `lineOf`). */
  private readonly lineRunStarts: number[] = [];
  private readonly lineRunOffsets: number[] = [];
  /** The line of each record, once the runs would cost more (see `noteLine`). */
  private lineOf: Uint32Array | undefined;
  /** Runs of handles with one file and one `recordIndex − handle`: first handle, file, offset. */
  private readonly runStarts: number[] = [];
  private readonly runFiles: number[] = [];
  private readonly runOffsets: number[] = [];
  /** Only JSON documents have columns: allocated when the first one arrives. */
  private columnOf: Uint32Array | undefined;
  private invalid = new Uint8Array(initialCapacity);
  size = 0;
  private lastFile: string | undefined;
  private lastFileId = 0;

  private grow(): void {
    // By half: less slack than doubling at a million records.
    this.resize(Math.ceil(this.invalid.length * 1.5));
  }

  /** Makes room for `records` records at once (see `Session.reserve`). */
  reserve(records: number): void {
    if (records > this.invalid.length) this.resize(records);
  }

  private resize(capacity: number): void {
    const invalid = new Uint8Array(capacity);
    invalid.set(this.invalid);
    this.invalid = invalid;
    if (!this.keep) return;
    const grown = (old: Uint32Array) => {
      const next = new Uint32Array(capacity);
      next.set(old);
      return next;
    };
    if (this.lineOf) this.lineOf = grown(this.lineOf);
    if (this.columnOf) this.columnOf = grown(this.columnOf);
  }

  /** @param keep false when no dataset rule will ask for locations later: only validity is kept. */
  constructor(private readonly keep = true) {}

  add(location: RecordLocation): number {
    const handle = this.size++;
    if (handle >= this.invalid.length) this.grow();
    if (!this.keep) {
      if (location.file !== this.lastFile && !this.fileIds.has(location.file)) {
        this.fileIds.set(location.file, this.files.length);
        this.files.push(location.file);
      }
      this.lastFile = location.file;
      return handle;
    }
    let file = location.file === this.lastFile ? this.lastFileId : this.fileIds.get(location.file);
    if (file === undefined) {
      file = this.files.length;
      this.files.push(location.file);
      this.fileIds.set(location.file, file);
    }
    this.lastFile = location.file;
    this.lastFileId = file;
    const offset = location.recordIndex - handle;
    const runs = this.runStarts.length;
    if (runs === 0 || this.runFiles[runs - 1] !== file || this.runOffsets[runs - 1] !== offset) {
      this.runStarts.push(handle);
      this.runFiles.push(file);
      this.runOffsets.push(offset);
    }
    this.noteLine(handle, location.line);
    if (location.column !== undefined) {
      this.columnOf ??= new Uint32Array(this.invalid.length);
      this.columnOf[handle] = location.column;
    }
    return handle;
  }

  /**
   * Adds a slice of consecutive records of one file at once (records checked in a worker
   * thread): the same as `add` for each, then `markInvalid` for the invalid ones.
   * `lines[i] + lineBase` is record i's line, `columns[i]` its column (0: none).
   * Returns the first record's handle.
   */
  appendSlice(file: string, firstRecordIndex: number, lines: Uint32Array, lineBase: number, columns: Uint32Array | undefined, invalid: ArrayLike<number>): number {
    const base = this.size;
    const count = lines.length;
    this.size = base + count;
    while (this.size > this.invalid.length) this.grow();
    for (let i = 0; i < invalid.length; i++) this.invalid[base + invalid[i]!] = 1;
    if (count === 0) return base;
    let fileId = this.fileIds.get(file);
    if (fileId === undefined) {
      fileId = this.files.length;
      this.files.push(file);
      this.fileIds.set(file, fileId);
    }
    this.lastFile = file;
    this.lastFileId = fileId;
    if (!this.keep) return base;
    const offset = firstRecordIndex - base;
    const runs = this.runStarts.length;
    if (runs === 0 || this.runFiles[runs - 1] !== fileId || this.runOffsets[runs - 1] !== offset) {
      this.runStarts.push(base);
      this.runFiles.push(fileId);
      this.runOffsets.push(offset);
    }
    for (let i = 0; i < count; i++) this.noteLine(base + i, lines[i]! + lineBase);
    if (columns) {
      let any = false;
      for (let i = 0; i < count && !any; i++) any = columns[i]! > 0;
      if (any) {
        this.columnOf ??= new Uint32Array(this.invalid.length);
        this.columnOf.set(columns.subarray(0, count), base);
      }
    }
    return base;
  }

  /**
   * Records the line of the latest handle: extends the last run when it steps with the
   * handles, else starts a run, unless the runs would then cost more than a line per
   * record (8 bytes a run in two arrays against 4 a record): then every line is written out.
   */
  private noteLine(handle: number, line: number): void {
    if (this.lineOf) {
      this.lineOf[handle] = line;
      return;
    }
    const runs = this.lineRunStarts.length;
    if (runs > 0 && this.lineRunOffsets[runs - 1] === line - handle) return;
    if (runs < 64 + (handle >> 3)) {
      this.lineRunStarts.push(handle);
      this.lineRunOffsets.push(line - handle);
      return;
    }
    const lineOf = new Uint32Array(this.invalid.length);
    for (let run = 0; run < runs; run++) {
      const end = run + 1 < runs ? this.lineRunStarts[run + 1]! : handle;
      const offset = this.lineRunOffsets[run]!;
      for (let h = this.lineRunStarts[run]!; h < end; h++) lineOf[h] = h + offset;
    }
    lineOf[handle] = line;
    this.lineOf = lineOf;
    this.lineRunStarts.length = 0;
    this.lineRunOffsets.length = 0;
  }

  private lineAt(handle: number): number {
    if (this.lineOf) return this.lineOf[handle]!;
    const starts = this.lineRunStarts;
    // Locations not kept (see the constructor): no line, as before.
    if (starts.length === 0) return 0;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (starts[middle]! <= handle) low = middle;
      else high = middle - 1;
    }
    return handle + (this.lineRunOffsets[low] ?? 0);
  }

  get(handle: number): RecordLocation {
    const run = this.runOf(handle);
    const location: RecordLocation = {
      file: this.files[this.runFiles[run] ?? -1] ?? "",
      line: this.lineAt(handle),
      recordIndex: handle + (this.runOffsets[run] ?? 0),
    };
    const column = this.columnOf?.[handle] ?? 0;
    if (column > 0) location.column = column;
    return location;
  }

  /** The last run starting at or before `handle` (binary search). */
  private runOf(handle: number): number {
    let low = 0;
    let high = this.runStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.runStarts[middle]! <= handle) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  markInvalid(handle: number): void {
    this.invalid[handle] = 1;
  }

  isInvalid(handle: number): boolean {
    return this.invalid[handle] === 1;
  }

  get fileCount(): number {
    return this.files.length;
  }
}
