/**
 * An append-only list of small plain-data values (the rare extra references of the
 * dataset index: a transfer's enrolments, a household's members, an organisation's
 * projects) kept as UTF-8 JSON in one growing byte buffer with an end offset per value,
 * and parsed back on demand. At a million records the index held ~130 000 such values
 * as objects, arrays and strings: ~290 bytes each on the heap, for the garbage
 * collector to trace on every major collection; packed they cost their JSON's length
 * (~70 bytes) plus 4. Values must survive `JSON.stringify` (no `undefined` inside
 * arrays, no NaN); an `undefined` property is dropped, which reads back the same.
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

export class PackedJsonList<T> {
  private bytes = new Uint8Array(1 << 12);
  private used = 0;
  private ends = new Uint32Array(64);
  private count = 0;
  /** The value read last: rules often read one record's references several times in a row. */
  private cachedAt = -1;
  private cached: T | undefined;

  get length(): number {
    return this.count;
  }

  /** Appends a value; returns its index. */
  push(value: T): number {
    const json = JSON.stringify(value);
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (this.used + json.length * 3 > this.bytes.length) this.growBytes(this.used + json.length * 3);
    this.used += encoder.encodeInto(json, this.bytes.subarray(this.used)).written;
    return this.pushEnd(this.used);
  }

  /** The value at `at` (a fresh copy but for repeated reads of the same one: treat it as read-only). */
  get(at: number): T {
    if (at === this.cachedAt) return this.cached as T;
    const start = at === 0 ? 0 : this.ends[at - 1]!;
    const value = JSON.parse(decoder.decode(this.bytes.subarray(start, this.ends[at]!))) as T;
    this.cachedAt = at;
    this.cached = value;
    return value;
  }

  /** Bytes held (for measurements). */
  get byteLength(): number {
    return this.bytes.byteLength + this.ends.byteLength;
  }

  /** Every value as a batch (trimmed copies: the buffers can be transferred). */
  exportBatch(): PackedJsonBatch {
    return { count: this.count, bytes: this.bytes.slice(0, this.used), ends: this.ends.slice(0, this.count) };
  }

  /** Appends a batch's values after this list's: the same list as pushing each in turn. */
  appendBatch(batch: PackedJsonBatch): void {
    if (this.used + batch.bytes.length > this.bytes.length) this.growBytes(this.used + batch.bytes.length);
    const base = this.used;
    this.bytes.set(batch.bytes, base);
    this.used = base + batch.bytes.length;
    for (let i = 0; i < batch.count; i++) this.pushEnd(base + batch.ends[i]!);
  }

  private pushEnd(end: number): number {
    if (this.count === this.ends.length) {
      const ends = new Uint32Array(Math.ceil(this.ends.length * 1.5));
      ends.set(this.ends);
      this.ends = ends;
    }
    this.ends[this.count] = end;
    return this.count++;
  }

  private growBytes(needed: number): void {
    let capacity = this.bytes.length;
    while (capacity < needed) capacity = Math.ceil(capacity * 1.5);
    const bytes = new Uint8Array(capacity);
    bytes.set(this.bytes.subarray(0, this.used));
    this.bytes = bytes;
  }
}
