/**
 * A column of short strings (record ids, person ids, identity numbers) packed as bytes
 * in one growing buffer, with a length per slot (slots are appended in order, so a
 * slot's start is the start of its block of 16 plus the lengths before it): about 22
 * bytes for a 16-character id, hash included, against about 40 for a JavaScript string
 * and its pointer, and nothing for the garbage collector to trace. Ids of the standard are ASCII by their pattern;
 * any other string (or one over 254 characters) is kept aside as a string.
 * Each slot's hash is computed while its bytes are copied (one pass) and kept (4 bytes),
 * so the lookup tables of pass 2 never re-read the strings to hash them.
 */
const absent = 255;
const wideMarker = 254;
/** Slots per stored start offset. */
const blockShift = 4;
const blockMask = (1 << blockShift) - 1;

/**
 * The first `count` slots of a column as plain data a worker thread can transfer:
 * packed bytes, lengths and hashes (typed arrays), and the rare other strings by slot.
 */
export interface AsciiColumnBatch {
  count: number;
  bytes: Uint8Array;
  lengths: Uint8Array;
  hashes: Int32Array;
  wide: [slot: number, value: string][];
}

export class AsciiColumn {
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  /** Byte offset of the first slot of each block of 16 slots. */
  private blockStarts = new Uint32Array((1024 >> blockShift) + 1);
  private lengths = new Uint8Array(1024);
  private hashes = new Int32Array(1024);
  private readonly wide = new Map<number, string>();

  /** Stores the value of `slot` (slots are appended in order: 0, 1, 2, …). */
  set(slot: number, value: string | undefined): void {
    if (slot >= this.lengths.length) this.growSlots(slot + 1);
    if ((slot & blockMask) === 0) this.blockStarts[slot >> blockShift] = this.used;
    if (value === undefined) {
      this.lengths[slot] = absent;
      return;
    }
    const length = value.length;
    if (length < wideMarker) {
      // One pass: copy, hash, and note any non-ASCII code (then the copy is dropped).
      if (this.used + length > this.bytes.length) this.growBytes(this.used + length);
      const bytes = this.bytes;
      const used = this.used;
      // As an int32 from the start (the literal is above 2^31): the loop then stays in integers.
      let h = 0x811c9dc5 | 0;
      let codes = 0;
      for (let i = 0; i < length; i++) {
        const code = value.charCodeAt(i);
        codes |= code;
        bytes[used + i] = code;
        h = Math.imul(h ^ code, 0x01000193);
      }
      if (codes <= 127) {
        this.hashes[slot] = finish(h);
        this.lengths[slot] = length;
        this.used = used + length;
        return;
      }
    }
    this.lengths[slot] = wideMarker;
    this.wide.set(slot, value);
    this.hashes[slot] = hashString(value);
  }

  /** Byte offset of an ASCII slot: its block's start plus the packed lengths before it. */
  private startOf(slot: number): number {
    let start = this.blockStarts[slot >> blockShift]!;
    for (let i = slot & ~blockMask; i < slot; i++) {
      const length = this.lengths[i]!;
      if (length < wideMarker) start += length;
    }
    return start;
  }

  has(slot: number): boolean {
    return this.lengths[slot] !== absent;
  }

  /** The string of a slot (allocates: for messages and rare paths). */
  get(slot: number): string | undefined {
    const length = this.lengths[slot]!;
    if (length === absent) return undefined;
    if (length === wideMarker) return this.wide.get(slot);
    const start = this.startOf(slot);
    return String.fromCharCode(...this.bytes.subarray(start, start + length));
  }

  /** Hash of a slot's string, equal to `hashString` of the same string. */
  hashOf(slot: number): number {
    return this.hashes[slot]!;
  }

  /** Whether two slots (of this column or another) hold the same string. */
  equalsSlot(slot: number, other: AsciiColumn, otherSlot: number): boolean {
    const length = this.lengths[slot]!;
    if (length !== other.lengths[otherSlot] || length === absent) return false;
    if (length === wideMarker) return this.wide.get(slot) === other.wide.get(otherSlot);
    const a = this.startOf(slot);
    const b = other.startOf(otherSlot);
    for (let i = 0; i < length; i++) if (this.bytes[a + i] !== other.bytes[b + i]) return false;
    return true;
  }

  /** Whether a slot holds `value`. */
  equalsString(slot: number, value: string): boolean {
    const length = this.lengths[slot]!;
    if (length === wideMarker) return this.wide.get(slot) === value;
    if (length !== value.length) return false;
    const start = this.startOf(slot);
    for (let i = 0; i < length; i++) if (this.bytes[start + i] !== value.charCodeAt(i)) return false;
    return true;
  }

  /** The first `count` slots as a batch (copies, trimmed: the buffers can be transferred). */
  exportBatch(count: number): AsciiColumnBatch {
    const used = count === 0 ? 0 : this.endOf(count - 1);
    return {
      count,
      bytes: this.bytes.slice(0, used),
      lengths: this.lengths.slice(0, count),
      hashes: this.hashes.slice(0, count),
      wide: [...this.wide].filter(([slot]) => slot < count),
    };
  }

  /**
   * Appends a batch as slots `slotBase…` (`slotBase` must be the next slot to set): the
   * same column as setting each value in turn, with copies instead of a pass per string.
   */
  appendBatch(batch: AsciiColumnBatch, slotBase: number): void {
    const count = batch.count;
    if (count === 0) return;
    if (slotBase + count > this.lengths.length) this.growSlots(slotBase + count);
    if (this.used + batch.bytes.length > this.bytes.length) this.growBytes(this.used + batch.bytes.length);
    this.bytes.set(batch.bytes, this.used);
    this.lengths.set(batch.lengths, slotBase);
    this.hashes.set(batch.hashes, slotBase);
    // Block starts are byte offsets in this column: recomputed from the lengths.
    const lengths = batch.lengths;
    const blockStarts = this.blockStarts;
    let used = this.used;
    for (let i = 0; i < count; i++) {
      const slot = slotBase + i;
      if ((slot & blockMask) === 0) blockStarts[slot >> blockShift] = used;
      const length = lengths[i]!;
      if (length < wideMarker) used += length;
    }
    this.used = used;
    for (const [slot, value] of batch.wide) this.wide.set(slotBase + slot, value);
  }

  /** Byte offset just past an ASCII-or-not slot's bytes (its start plus its packed length). */
  private endOf(slot: number): number {
    const length = this.lengths[slot]!;
    return this.startOf(slot) + (length < wideMarker ? length : 0);
  }

  /** Bytes held (for measurements). */
  get byteLength(): number {
    return this.bytes.byteLength + this.blockStarts.byteLength + this.lengths.byteLength + this.hashes.byteLength;
  }

  private growSlots(needed: number): void {
    let capacity = this.lengths.length;
    while (capacity < needed) capacity = Math.ceil(capacity * 1.5);
    const blockStarts = new Uint32Array((capacity >> blockShift) + 1);
    blockStarts.set(this.blockStarts);
    const lengths = new Uint8Array(capacity);
    lengths.set(this.lengths);
    const hashes = new Int32Array(capacity);
    hashes.set(this.hashes);
    this.blockStarts = blockStarts;
    this.lengths = lengths;
    this.hashes = hashes;
  }

  private growBytes(needed: number): void {
    let capacity = this.bytes.length;
    while (capacity < needed) capacity = Math.ceil(capacity * 1.5);
    const bytes = new Uint8Array(capacity);
    bytes.set(this.bytes.subarray(0, this.used));
    this.bytes = bytes;
  }
}

function finish(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  return x | 0;
}

/** FNV-1a over UTF-16 code units (ASCII: the bytes), with a final avalanche so low bits spread. */
export function hashString(value: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return finish(h);
}
