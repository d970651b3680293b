import { AsciiColumn } from "./ascii-column.js";

/**
 * An open-addressing hash table from the strings of a column to the first slot that
 * holds each, stored in one Int32Array of slots (probes compare the packed bytes): a
 * million ids cost 8 MB against ~50 MB for a Map, and lookups compare bytes without
 * building strings.
 */
export class StringSlotTable {
  private readonly slots: Int32Array;
  /** The low 8 bits of each held string's hash (the cell comes from the high bits): most probes of another string stop there, without comparing bytes. */
  private readonly tags: Uint8Array;
  private readonly capacity: number;

  /**
   * Indexes the slots of `column` that `include` accepts among the first `count` (those
   * holding a value; at most `expected` of them), so that the caller needs no list of
   * them: at a million records such a list was 4 MB more at the peak. `onRepeat` learns
   * each slot whose string an earlier indexed slot holds, with that first slot.
   */
  constructor(
    private readonly column: AsciiColumn,
    expected: number,
    count: number,
    include: (slot: number) => boolean,
    onRepeat?: (slot: number, first: number) => void,
  ) {
    // Sized by the slots actually indexed, at most 60 % full (a power of two was up to 75 %
    // larger: 42 MB instead of 33 at 4 M records); the tags keep the longer probes cheap.
    const capacity = Math.max(16, Math.ceil(expected / 0.6));
    const slots = new Int32Array(capacity).fill(-1);
    const tags = new Uint8Array(capacity);
    this.slots = slots;
    this.tags = tags;
    this.capacity = capacity;
    column.forEachHashed(count, include, (slot, h) => {
      const tag = h & 255;
      let i = cellOf(h, capacity);
      for (;;) {
        const held = slots[i]!;
        if (held < 0) {
          slots[i] = slot;
          tags[i] = tag;
          return;
        }
        if (tags[i] === tag && column.equalsSlot(held, column, slot)) {
          onRepeat?.(slot, held);
          return;
        }
        i = i + 1 === capacity ? 0 : i + 1;
      }
    });
  }

  /** The first indexed slot holding `key`, or -1. */
  get(key: string): number {
    const h = AsciiColumn.hashValue(key);
    const tag = h & 255;
    let i = cellOf(h, this.capacity);
    for (;;) {
      const held = this.slots[i]!;
      if (held < 0 || (this.tags[i] === tag && this.column.equalsString(held, key))) return held;
      i = i + 1 === this.capacity ? 0 : i + 1;
    }
  }

  /** The first indexed slot holding the same string as `slot` of `other`, or -1. */
  getSlot(other: AsciiColumn, slot: number): number {
    if (!other.has(slot)) return -1;
    return this.getHashed(other, slot, other.hashOf(slot));
  }

  /** `getSlot` with the slot's hash known (from `AsciiColumn.forEachHashed`). */
  getHashed(other: AsciiColumn, slot: number, h: number): number {
    const tag = h & 255;
    let i = cellOf(h, this.capacity);
    for (;;) {
      const held = this.slots[i]!;
      if (held < 0 || (this.tags[i] === tag && this.column.equalsSlot(held, other, slot))) return held;
      i = i + 1 === this.capacity ? 0 : i + 1;
    }
  }
}

/** The first cell to probe for a hash: its 32 bits scaled to the capacity (any capacity, not only powers of two). */
function cellOf(h: number, capacity: number): number {
  return Math.floor(((h >>> 0) * capacity) / 4294967296);
}
