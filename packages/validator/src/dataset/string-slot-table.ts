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
   * Indexes the given slots of `column` (ascending, each holding a value). With `firsts`,
   * each indexed slot's entry receives the first indexed slot with the same string (itself
   * if first), without hashing again; other entries are left alone.
   */
  constructor(
    private readonly column: AsciiColumn,
    indexed: Int32Array,
    firsts?: Int32Array,
  ) {
    // Sized by the slots actually indexed (e.g. persons only), at most half full.
    let capacity = 16;
    while (capacity < indexed.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    for (let n = 0; n < indexed.length; n++) {
      const slot = indexed[n]!;
      const h = column.hashOf(slot);
      let i = h & this.mask;
      for (;;) {
        const held = this.slots[i]!;
        if (held < 0) {
          this.slots[i] = slot;
          if (firsts) firsts[slot] = slot;
          break;
        }
        if (column.hashOf(held) === h && column.equalsSlot(held, column, slot)) {
          if (firsts) firsts[slot] = held;
          break;
        }
        i = (i + 1) & this.mask;
      }
    }
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
