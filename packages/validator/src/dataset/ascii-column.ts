/**
 * A column of short strings (record ids, person ids, identity numbers) packed in one
 * growing store of fixed-size byte chunks, with a length per slot (slots are appended in
 * order, so a slot's start is the start of its block of 16 plus the lengths before it).
 * Ids of the standard are digits and hyphens but for a letter or two
 * (`430100-P-000001`, an identity number's X): each such character takes half a byte
 * (`nibbleOf`), any other ASCII character one and a half, so a 15-character id takes 8
 * bytes, plus 5 for its length and hash, against about 40 for a JavaScript string and
 * its pointer, and nothing for the garbage collector to trace. The store grows by whole
 * chunks (a value may straddle two), never by copying: no slack of half the column and
 * no old copy alive beside the new one while it grows. Any other string (non-ASCII, or
 * too long to pack) is kept aside as a string. Each slot's hash, of the string itself,
 * is computed while it is packed (one pass) and kept (4 bytes), so the lookup tables of
 * pass 2 never re-read the strings to hash them.
 */
const absent = 255;
const wideMarker = 254;
/** Slots per stored start offset. */
const blockShift = 4;
const blockMask = (1 << blockShift) - 1;
/** Bytes per chunk of the store. */
const chunkShift = 16;
const chunkSize = 1 << chunkShift;
const chunkMask = chunkSize - 1;

/** Nibbles 0–14 stand for these characters; 15 escapes (the next two nibbles are the ASCII code) or, last, pads. */
const nibbleChars = "0123456789-PEAX";
const escapeNibble = 15;
const nibbleOfCode = new Int8Array(128).fill(-1);
for (let i = 0; i < nibbleChars.length; i++) nibbleOfCode[nibbleChars.charCodeAt(i)] = i;

/** Writes up to this many bytes go byte by byte (a packed value is at most 253). */
const smallWrite = 256;

/** Scratch for one packed value (a packable value is under 254 bytes). */
const packed = new Uint8Array(256);

/**
 * Packs `value` into `packed` and returns its byte length, or -1 when it cannot be
 * packed (a non-ASCII character, or 254 bytes or more). Canonical: equal strings give
 * equal bytes, different strings different bytes.
 */
function pack(value: string): number {
  const length = value.length;
  if (length >= wideMarker) return -1;
  packedBytes = 0;
  pendingHigh = -1;
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    if (code > 127) return -1;
    const nibble = nibbleOfCode[code]!;
    if (nibble >= 0) putNibble(nibble);
    else {
      putNibble(escapeNibble);
      putNibble(code >> 4);
      putNibble(code & 15);
    }
    if (packedBytes >= wideMarker - 1) return -1;
  }
  if (pendingHigh >= 0) packed[packedBytes++] = (pendingHigh << 4) | escapeNibble;
  return packedBytes;
}

/** `pack`'s state: bytes written, and the high half of the next byte (-1: none yet). */
let packedBytes = 0;
let pendingHigh = -1;

function putNibble(nibble: number): void {
  if (pendingHigh < 0) pendingHigh = nibble;
  else {
    packed[packedBytes++] = (pendingHigh << 4) | nibble;
    pendingHigh = -1;
  }
}

/** The string of packed bytes (`byteAt(0 … length − 1)`). */
function unpack(byteAt: (i: number) => number, length: number): string {
  const nibbles = length * 2;
  const nibbleAt = (i: number): number => (i & 1) === 0 ? byteAt(i >> 1) >> 4 : byteAt(i >> 1) & 15;
  let text = "";
  for (let i = 0; i < nibbles; ) {
    const nibble = nibbleAt(i);
    if (nibble !== escapeNibble) {
      text += nibbleChars[nibble];
      i++;
    } else if (i === nibbles - 1) break; // padding
    else {
      text += String.fromCharCode((nibbleAt(i + 1) << 4) | nibbleAt(i + 2));
      i += 3;
    }
  }
  return text;
}

/**
 * The first `count` slots of a column as plain data a worker thread can transfer:
 * packed bytes (contiguous), lengths (a typed array), and the rare other strings by slot.
 */
export interface AsciiColumnBatch {
  count: number;
  bytes: Uint8Array<ArrayBuffer>;
  lengths: Uint8Array<ArrayBuffer>;
  wide: [slot: number, value: string][];
}

export class AsciiColumn {
  private readonly chunks: Uint8Array[] = [];
  /** Bytes used in the store (the offset of the next value). */
  private used = 0;
  /** Byte offset of the first slot of each block of 16 slots. */
  private blockStarts = new Uint32Array((1024 >> blockShift) + 1);
  /** Packed byte length per slot, or `absent`, or `wideMarker`. */
  private lengths = new Uint8Array(1024);
  private readonly wide = new Map<number, string>();

  /** Stores the value of `slot` (slots are appended in order: 0, 1, 2, …). */
  set(slot: number, value: string | undefined): void {
    if (slot >= this.lengths.length) this.growSlots(slot + 1);
    if ((slot & blockMask) === 0) this.blockStarts[slot >> blockShift] = this.used;
    if (value === undefined) {
      this.lengths[slot] = absent;
      return;
    }
    const length = pack(value);
    if (length < 0) {
      this.lengths[slot] = wideMarker;
      this.wide.set(slot, value);
      return;
    }
    this.lengths[slot] = length;
    this.write(packed, length);
  }

  /** Appends `length` bytes of `source` to the store. */
  private write(source: Uint8Array, length: number): void {
    // A value is a few bytes: a loop copies it faster than a subarray view and `set`.
    if (length <= smallWrite) {
      for (let i = 0; i < length; i++) {
        const at = this.used + i;
        this.chunkAt(at >> chunkShift)[at & chunkMask] = source[i]!;
      }
    } else {
      // A batch of another index (`appendBatch`): whole runs of a chunk at a time.
      let done = 0;
      while (done < length) {
        const at = this.used + done;
        const chunk = this.chunkAt(at >> chunkShift);
        const offset = at & chunkMask;
        const n = Math.min(length - done, chunkSize - offset);
        chunk.set(source.subarray(done, done + n), offset);
        done += n;
      }
    }
    this.used += length;
  }

  private chunkAt(index: number): Uint8Array {
    while (this.chunks.length <= index) this.chunks.push(new Uint8Array(chunkSize));
    return this.chunks[index]!;
  }

  private byteAt(at: number): number {
    return this.chunks[at >> chunkShift]![at & chunkMask]!;
  }

  /** Byte offset of a packed slot: its block's start plus the packed lengths before it. */
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
    return unpack((i) => this.byteAt(start + i), length);
  }

  /**
   * Hash of a slot's string, equal to `hashValue` of the same string: computed from the
   * packed bytes when asked (the lookup tables of pass 2 ask once per slot), not kept —
   * 4 bytes per record, 16 MB at 4 M records, for a few hashings.
   */
  hashOf(slot: number): number {
    const length = this.lengths[slot]!;
    if (length === wideMarker) return hashString(this.wide.get(slot)!);
    if (length === absent) return 0;
    const start = this.startOf(slot);
    let h = 0x811c9dc5 | 0;
    const offset = start & chunkMask;
    if (offset + length <= chunkSize) {
      // Within one chunk (all but one value in 6 000 or so).
      const chunk = this.chunks[start >> chunkShift]!;
      for (let i = 0; i < length; i++) h = Math.imul(h ^ chunk[offset + i]!, 0x01000193);
    } else for (let i = 0; i < length; i++) h = Math.imul(h ^ this.byteAt(start + i), 0x01000193);
    return finish(h);
  }

  /**
   * Calls `visit` with the hash (as `hashOf`) of each of the first `count` slots that
   * holds a value and that `include` accepts, in slot order: one pass over the bytes,
   * without finding each slot's start again (the lookup tables of pass 2 hash every id).
   */
  forEachHashed(count: number, include: (slot: number) => boolean, visit: (slot: number, hash: number) => void): void {
    const lengths = this.lengths;
    let at = 0;
    for (let slot = 0; slot < count; slot++) {
      const length = lengths[slot]!;
      if (length >= wideMarker) {
        if (length === wideMarker && include(slot)) visit(slot, hashString(this.wide.get(slot)!));
        continue;
      }
      if (include(slot)) {
        let h = 0x811c9dc5 | 0;
        const offset = at & chunkMask;
        if (offset + length <= chunkSize) {
          const chunk = this.chunks[at >> chunkShift]!;
          for (let i = 0; i < length; i++) h = Math.imul(h ^ chunk[offset + i]!, 0x01000193);
        } else for (let i = 0; i < length; i++) h = Math.imul(h ^ this.byteAt(at + i), 0x01000193);
        visit(slot, finish(h));
      }
      at += length;
    }
  }

  /** The hash `hashOf` gives a slot holding `value`. */
  static hashValue(value: string): number {
    const length = pack(value);
    if (length < 0) return hashString(value);
    let h = 0x811c9dc5 | 0;
    for (let i = 0; i < length; i++) h = Math.imul(h ^ packed[i]!, 0x01000193);
    return finish(h);
  }

  /** Whether two slots (of this column or another) hold the same string. */
  equalsSlot(slot: number, other: AsciiColumn, otherSlot: number): boolean {
    const length = this.lengths[slot]!;
    if (length !== other.lengths[otherSlot] || length === absent) return false;
    if (length === wideMarker) return this.wide.get(slot) === other.wide.get(otherSlot);
    const a = this.startOf(slot);
    const b = other.startOf(otherSlot);
    const offsetA = a & chunkMask;
    const offsetB = b & chunkMask;
    if (offsetA + length <= chunkSize && offsetB + length <= chunkSize) {
      const chunkA = this.chunks[a >> chunkShift]!;
      const chunkB = other.chunks[b >> chunkShift]!;
      for (let i = 0; i < length; i++) if (chunkA[offsetA + i] !== chunkB[offsetB + i]) return false;
      return true;
    }
    for (let i = 0; i < length; i++) if (this.byteAt(a + i) !== other.byteAt(b + i)) return false;
    return true;
  }

  /** Whether a slot holds `value`. */
  equalsString(slot: number, value: string): boolean {
    const length = this.lengths[slot]!;
    if (length === absent) return false;
    if (length === wideMarker) return this.wide.get(slot) === value;
    if (pack(value) !== length) return false;
    const start = this.startOf(slot);
    for (let i = 0; i < length; i++) if (this.byteAt(start + i) !== packed[i]) return false;
    return true;
  }

  /** The first `count` slots as a batch (copies, trimmed: the buffers can be transferred). */
  exportBatch(count: number): AsciiColumnBatch {
    const used = count === 0 ? 0 : this.endOf(count - 1);
    const bytes = new Uint8Array(used);
    for (let at = 0; at < used; at += chunkSize) bytes.set(this.chunks[at >> chunkShift]!.subarray(0, Math.min(chunkSize, used - at)), at);
    return {
      count,
      bytes,
      lengths: this.lengths.slice(0, count),
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
    const first = this.used;
    this.write(batch.bytes, batch.bytes.length);
    this.lengths.set(batch.lengths, slotBase);
    this.noteBlockStarts(batch.lengths, count, slotBase, first);
    for (const [slot, value] of batch.wide) this.wide.set(slotBase + slot, value);
  }

  /** Byte offset just past a slot's packed bytes (its start plus its packed length, if any). */
  private endOf(slot: number): number {
    const length = this.lengths[slot]!;
    return this.startOf(slot) + (length < wideMarker ? length : 0);
  }

  /** Bytes held (for measurements). */
  get byteLength(): number {
    return this.chunks.length * chunkSize + this.blockStarts.byteLength + this.lengths.byteLength;
  }

  /**
   * A column holding a batch's slots, its buffers taken over rather than copied (a worker
   * thread rebuilding a whole index: the batch was transferred to it and nothing else
   * holds it). The store's chunks are views of the batch's bytes but for the last,
   * copied into a whole chunk so that later writes have room.
   */
  static fromBatch(batch: AsciiColumnBatch): AsciiColumn {
    const column = new AsciiColumn();
    const bytes = batch.bytes;
    const whole = bytes.length >> chunkShift;
    for (let chunk = 0; chunk < whole; chunk++) column.chunks.push(bytes.subarray(chunk << chunkShift, (chunk + 1) << chunkShift));
    if ((bytes.length & chunkMask) !== 0) {
      const last = new Uint8Array(chunkSize);
      last.set(bytes.subarray(whole << chunkShift));
      column.chunks.push(last);
    }
    column.used = bytes.length;
    column.lengths = batch.lengths;
    column.blockStarts = new Uint32Array((batch.lengths.length >> blockShift) + 1);
    column.noteBlockStarts(batch.lengths, batch.count, 0, 0);
    for (const [slot, value] of batch.wide) column.wide.set(slot, value);
    return column;
  }

  /** The block starts of `count` slots from `slotBase` on, given their packed `lengths` and the byte offset of the first. */
  private noteBlockStarts(lengths: Uint8Array, count: number, slotBase: number, firstByte: number): void {
    let used = firstByte;
    for (let i = 0; i < count; i++) {
      const slot = slotBase + i;
      if ((slot & blockMask) === 0) this.blockStarts[slot >> blockShift] = used;
      const length = lengths[i]!;
      if (length < wideMarker) used += length;
    }
  }

  /** Makes room for `slots` slots at once (see `DatasetIndex.reserve`). */
  reserve(slots: number): void {
    if (slots > this.lengths.length) this.resizeSlots(slots);
  }

  private growSlots(needed: number): void {
    let capacity = this.lengths.length;
    while (capacity < needed) capacity = Math.ceil(capacity * 1.5);
    this.resizeSlots(capacity);
  }

  private resizeSlots(capacity: number): void {
    const blockStarts = new Uint32Array((capacity >> blockShift) + 1);
    blockStarts.set(this.blockStarts);
    const lengths = new Uint8Array(capacity);
    lengths.set(this.lengths);
    this.blockStarts = blockStarts;
    this.lengths = lengths;
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
