import type { RecordLocation } from "./rule.js";

/**
 * Where each record came from, by handle, in a few bytes per record (typed arrays
 * that grow by doubling), so dataset findings can be located after the input is gone.
 */
export class RecordLocations {
  private files: string[] = [];
  private fileIds = new Map<string, number>();
  private fileOf = new Uint32Array(1024);
  private lineOf = new Uint32Array(1024);
  private indexOf = new Uint32Array(1024);
  /** Only JSON documents have columns: allocated when the first one arrives. */
  private columnOf: Uint32Array | undefined;
  private ids: (string | undefined)[] = [];
  private invalid = new Uint8Array(1024);
  size = 0;
  private lastFile: string | undefined;
  private lastFileId = 0;

  private grow(): void {
    const capacity = this.invalid.length * 2;
    const invalid = new Uint8Array(capacity);
    invalid.set(this.invalid);
    this.invalid = invalid;
    if (!this.keep) return;
    const grown = (old: Uint32Array) => {
      const next = new Uint32Array(capacity);
      next.set(old);
      return next;
    };
    this.fileOf = grown(this.fileOf);
    this.lineOf = grown(this.lineOf);
    this.indexOf = grown(this.indexOf);
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
    this.fileOf[handle] = file;
    this.lineOf[handle] = location.line;
    this.indexOf[handle] = location.recordIndex;
    if (location.column !== undefined) {
      this.columnOf ??= new Uint32Array(this.fileOf.length);
      this.columnOf[handle] = location.column;
    }
    this.ids[handle] = location.recordId;
    return handle;
  }

  get(handle: number): RecordLocation {
    const location: RecordLocation = {
      file: this.files[this.fileOf[handle]!] ?? "",
      line: this.lineOf[handle]!,
      recordIndex: this.indexOf[handle]!,
    };
    const column = this.columnOf?.[handle] ?? 0;
    if (column > 0) location.column = column;
    const id = this.ids[handle];
    if (id !== undefined) location.recordId = id;
    return location;
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
