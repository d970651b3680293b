/**
 * An append-only list of small plain-data values (the rare extra references of the
 * dataset index: a transfer's enrolments, a household's members, an organisation's
 * projects) kept as UTF-8 JSON, keys shortened, on 64 KiB pages added as the list grows
 * (never copied), with a start and end offset per value, and parsed back on demand. At a
 * million records the index held ~130 000 such values as objects, arrays and strings:
 * ~290 bytes each on the heap, for the garbage collector to trace on every major
 * collection; packed they cost their JSON's length (~70 bytes) plus 8. Values must
 * survive `JSON.stringify` (no `undefined` inside arrays, no NaN); an `undefined`
 * property is dropped, which reads back the same.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The first values of a list as plain data a worker thread can transfer. */
export interface PackedJsonBatch {
  count: number;
  bytes: Uint8Array;
  /** End offset (exclusive) in `bytes` of each value. */
  ends: Uint32Array;
}

/** Bytes per page of the store: values never straddle pages (a larger value has pages of its own). */
const pageShift = 16;
const pageSize = 1 << pageShift;
const pageMask = pageSize - 1;

/** Scratch for one encoded value, grown when a value needs more. */
let scratch = new Uint8Array(1024);

export class PackedJsonList<T extends object> {
  /** Short names of the values' own keys (one character each), and back. */
  private readonly shortKeys: ReadonlyMap<string, string>;
  private readonly longKeys: ReadonlyMap<string, string>;
  /** By page number; a value larger than a page has one buffer under its first page number. */
  private readonly pages: (Uint8Array | undefined)[] = [];
  /** Offset (page number × page size + offset in page) of the next byte. */
  private used = 0;
  /** Per value, its offset and the offset just past it. */
  private starts = new Uint32Array(64);
  private ends = new Uint32Array(64);
  private count = 0;
  /** The value read last: rules often read one record's references several times in a row. */
  private cachedAt = -1;
  private cached: T | undefined;

  /**
   * @param keys the keys values have, stored under one-character names (`a`, `b`, …) in
   * that order: `"fromEnrolmentId":` costs 18 bytes per value, `"a":` 4. Other keys are kept as they are.
   */
  constructor(keys: readonly string[] = []) {
    if (keys.length > 26) throw new Error("PackedJsonList shortens at most 26 keys");
    this.shortKeys = new Map(keys.map((key, i) => [key, String.fromCharCode(97 + i)]));
    this.longKeys = new Map(keys.map((key, i) => [String.fromCharCode(97 + i), key]));
  }

  get length(): number {
    return this.count;
  }

  /** Appends a value; returns its index. */
  push(value: T): number {
    const short: Record<string, unknown> = {};
    for (const key in value) short[this.shortKeys.get(key) ?? key] = value[key];
    const json = JSON.stringify(short);
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (json.length * 3 > scratch.length) scratch = new Uint8Array(json.length * 3);
    const length = encoder.encodeInto(json, scratch).written;
    return this.pushBytes(scratch, 0, length);
  }

  /** The value at `at` (a fresh copy but for repeated reads of the same one: treat it as read-only). */
  get(at: number): T {
    if (at === this.cachedAt) return this.cached as T;
    const start = this.starts[at]!;
    const page = this.pages[start >> pageShift]!;
    const offset = start & pageMask;
    const short = JSON.parse(decoder.decode(page.subarray(offset, offset + this.ends[at]! - start))) as Record<string, unknown>;
    const value: Record<string, unknown> = {};
    for (const key in short) value[this.longKeys.get(key) ?? key] = short[key];
    this.cachedAt = at;
    this.cached = value as T;
    return value as T;
  }

  /** Bytes held (for measurements). */
  get byteLength(): number {
    let pages = 0;
    for (const page of this.pages) pages += page?.byteLength ?? 0;
    return pages + this.starts.byteLength + this.ends.byteLength;
  }

  /** Every value as a batch (trimmed copies: the buffers can be transferred). */
  exportBatch(): PackedJsonBatch {
    let total = 0;
    for (let i = 0; i < this.count; i++) total += this.ends[i]! - this.starts[i]!;
    const bytes = new Uint8Array(total);
    const ends = new Uint32Array(this.count);
    let at = 0;
    for (let i = 0; i < this.count; i++) {
      const start = this.starts[i]!;
      const offset = start & pageMask;
      const length = this.ends[i]! - start;
      bytes.set(this.pages[start >> pageShift]!.subarray(offset, offset + length), at);
      at += length;
      ends[i] = at;
    }
    return { count: this.count, bytes, ends };
  }

  /** Appends a batch's values after this list's: the same list as pushing each in turn. */
  appendBatch(batch: PackedJsonBatch): void {
    for (let i = 0; i < batch.count; i++) {
      const start = i === 0 ? 0 : batch.ends[i - 1]!;
      this.pushBytes(batch.bytes, start, batch.ends[i]! - start);
    }
  }

  /** Stores a value's bytes on the current page, else on a new one (pages grow the store: nothing is copied). */
  private pushBytes(source: Uint8Array, from: number, length: number): number {
    let start = this.used;
    if ((start & pageMask) + length > pageSize || this.pages[start >> pageShift] === undefined) {
      // A new page (or, for a value larger than a page, a buffer of its own and the page numbers it covers).
      if ((start & pageMask) !== 0) start = ((start >> pageShift) + 1) << pageShift;
      this.pages[start >> pageShift] = new Uint8Array(Math.max(pageSize, length));
    }
    this.pages[start >> pageShift]!.set(source.subarray(from, from + length), start & pageMask);
    this.used = length > pageSize ? start + Math.ceil(length / pageSize) * pageSize : start + length;
    if (this.count === this.ends.length) {
      const capacity = Math.ceil(this.ends.length * 1.5);
      const starts = new Uint32Array(capacity);
      starts.set(this.starts);
      const ends = new Uint32Array(capacity);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    this.starts[this.count] = start;
    this.ends[this.count] = start + length;
    return this.count++;
  }
}
