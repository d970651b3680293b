/**
 * A column of short strings (record ids, person ids, identity numbers) packed as bytes
 * in one growing buffer, with a start offset and a length per slot: about 20 bytes for a
 * 16-character id against about 40 for a JavaScript string and its pointer, and nothing
 * for the garbage collector to trace. Ids of the standard are ASCII by their pattern;
 * any other string (or one over 254 characters) is kept aside as a string.
 */
const absent = 255;
const wideMarker = 254;

export class AsciiColumn {
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  private starts = new Uint32Array(1024);
  private lengths = new Uint8Array(1024);
  private readonly wide = new Map<number, string>();

  /** Stores the value of `slot` (slots are appended in order: 0, 1, 2, …). */
  set(slot: number, value: string | undefined): void {
    if (slot >= this.starts.length) this.growSlots(slot + 1);
    if (value === undefined) {
      this.lengths[slot] = absent;
      return;
    }
    const length = value.length;
    let ascii = length < wideMarker;
    for (let i = 0; i < length && ascii; i++) if (value.charCodeAt(i) > 127) ascii = false;
    if (!ascii) {
      this.lengths[slot] = wideMarker;
      this.wide.set(slot, value);
      return;
    }
    if (this.used + length > this.bytes.length) this.growBytes(this.used + length);
    for (let i = 0; i < length; i++) this.bytes[this.used + i] = value.charCodeAt(i);
    this.starts[slot] = this.used;
    this.lengths[slot] = length;
    this.used += length;
  }

  has(slot: number): boolean {
    return this.lengths[slot] !== absent;
  }

  /** The string of a slot (allocates: for messages and rare paths). */
  get(slot: number): string | undefined {
    const length = this.lengths[slot]!;
    if (length === absent) return undefined;
    if (length === wideMarker) return this.wide.get(slot);
    const start = this.starts[slot]!;
    return String.fromCharCode(...this.bytes.subarray(start, start + length));
  }

  /** Hash of a slot's string, equal to `hashString` of the same string. */
  hashOf(slot: number): number {
    const length = this.lengths[slot]!;
    if (length === wideMarker) return hashString(this.wide.get(slot)!);
    let h = 0x811c9dc5;
    const start = this.starts[slot]!;
    for (let i = start; i < start + length; i++) {
      h ^= this.bytes[i]!;
      h = Math.imul(h, 0x01000193);
    }
    return finish(h);
  }

  /** Whether two slots (of this column or another) hold the same string. */
  equalsSlot(slot: number, other: AsciiColumn, otherSlot: number): boolean {
    const length = this.lengths[slot]!;
    if (length !== other.lengths[otherSlot] || length === absent) return false;
    if (length === wideMarker) return this.wide.get(slot) === other.wide.get(otherSlot);
    const a = this.starts[slot]!;
    const b = other.starts[otherSlot]!;
    for (let i = 0; i < length; i++) if (this.bytes[a + i] !== other.bytes[b + i]) return false;
    return true;
  }

  /** Whether a slot holds `value`. */
  equalsString(slot: number, value: string): boolean {
    const length = this.lengths[slot]!;
    if (length === wideMarker) return this.wide.get(slot) === value;
    if (length !== value.length) return false;
    const start = this.starts[slot]!;
    for (let i = 0; i < length; i++) if (this.bytes[start + i] !== value.charCodeAt(i)) return false;
    return true;
  }

  /** Bytes held (for measurements). */
  get byteLength(): number {
    return this.bytes.byteLength + this.starts.byteLength + this.lengths.byteLength;
  }

  private growSlots(needed: number): void {
    let capacity = this.starts.length;
    while (capacity < needed) capacity = Math.ceil(capacity * 1.5);
    const starts = new Uint32Array(capacity);
    starts.set(this.starts);
    const lengths = new Uint8Array(capacity);
    lengths.set(this.lengths);
    this.starts = starts;
    this.lengths = lengths;
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
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return finish(h);
}
