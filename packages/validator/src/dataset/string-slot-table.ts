import { type AsciiColumn, hashString } from "./ascii-column.js";

/**
 * An open-addressing hash table from the strings of a column to the first slot that
 * holds each, stored in two Int32Arrays (slot, hash): a million ids cost 16 MB against
 * ~50 MB for a Map, and lookups compare bytes without building strings.
 */
export class StringSlotTable {
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly mask: number;

  /** Indexes the slots 0…count−1 of `column` for which `include(slot)` holds and a value is present. */
  constructor(
    private readonly column: AsciiColumn,
    count: number,
    include: (slot: number) => boolean,
  ) {
    // Sized by the slots actually indexed (e.g. persons only), at most half full.
    let indexed = 0;
    for (let slot = 0; slot < count; slot++) if (column.has(slot) && include(slot)) indexed++;
    let capacity = 16;
    while (capacity < indexed * 2) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(-1);
    this.hashes = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let slot = 0; slot < count; slot++) {
      if (!column.has(slot) || !include(slot)) continue;
      const h = column.hashOf(slot);
      let i = h & this.mask;
      for (;;) {
        const held = this.slots[i]!;
        if (held < 0) {
          this.slots[i] = slot;
          this.hashes[i] = h;
          break;
        }
        if (this.hashes[i] === h && column.equalsSlot(held, column, slot)) break;
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
      if (held < 0 || (this.hashes[i] === h && this.column.equalsString(held, key))) return held;
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
      if (held < 0 || (this.hashes[i] === h && this.column.equalsSlot(held, other, slot))) return held;
      i = (i + 1) & this.mask;
    }
  }
}
