import { type AsciiColumn, hashString } from "./ascii-column.js";

/**
 * An open-addressing hash table from the strings of a column to the first slot that
 * holds each, stored in one Int32Array of slots (the column keeps each slot's hash): a
 * million ids cost 8 MB against ~50 MB for a Map, and lookups compare bytes without
 * building strings.
 */
export class StringSlotTable {
  private readonly slots: Int32Array;
  private readonly mask: number;

  /**
   * Indexes the slots of `column` that `fill` adds (ascending, each holding a value; at
   * most `expected` of them), so that the caller needs no list of them: at a million
   * records such a list was 4 MB more at the peak. `onRepeat` learns each slot whose
   * string an earlier indexed slot holds, with that first slot (without hashing again).
   */
  constructor(
    private readonly column: AsciiColumn,
    expected: number,
    fill: (add: (slot: number) => void) => void,
    onRepeat?: (slot: number, first: number) => void,
  ) {
    // Sized by the slots actually indexed (e.g. persons only), at most half full.
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    const slots = new Int32Array(capacity).fill(-1);
    const mask = capacity - 1;
    this.slots = slots;
    this.mask = mask;
    fill((slot) => {
      const h = column.hashOf(slot);
      let i = h & mask;
      for (;;) {
        const held = slots[i]!;
        if (held < 0) {
          slots[i] = slot;
          return;
        }
        if (column.hashOf(held) === h && column.equalsSlot(held, column, slot)) {
          onRepeat?.(slot, held);
          return;
        }
        i = (i + 1) & mask;
      }
    });
  }

  /** The first indexed slot holding `key`, or -1. */
  get(key: string): number {
    const h = hashString(key);
    let i = h & this.mask;
    for (;;) {
      const held = this.slots[i]!;
      if (held < 0 || (this.column.hashOf(held) === h && this.column.equalsString(held, key))) return held;
      i = (i + 1) & this.mask;
    }
  }

  /** The first indexed slot holding the same string as `slot` of `other`, or -1. */
  getSlot(other: AsciiColumn, slot: number): number {
    if (!other.has(slot)) return -1;
    const h = other.hashOf(slot);
    let i = h & this.mask;
    for (;;) {
      const held = this.slots[i]!;
      if (held < 0 || (this.column.hashOf(held) === h && this.column.equalsSlot(held, other, slot))) return held;
      i = (i + 1) & this.mask;
    }
  }
}
