/**
 * A 64-bit digest of a string: FNV-1a over its UTF-16 code units, in two 32-bit halves
 * (exact integer arithmetic, no BigInt). Not cryptographic: the ids it digests come from
 * the mapped data, and for n distinct ids the chance that any two share a digest is about
 * n² / 2⁶⁵ (4 × 10⁻⁹ for 400 000 ids, 3 × 10⁻⁶ for 10 million).
 */
export function digest64(text: string): { hi: number; lo: number } {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    lo ^= text.charCodeAt(i);
    // h × 0x100000001b3 mod 2⁶⁴ = h × 0x1b3 + (h << 40); lo × 0x1b3 < 2⁴¹ is exact in a double.
    const low = (lo >>> 0) * 0x1b3;
    const carry = Math.floor(low / 0x100000000);
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0;
    lo = low >>> 0;
  }
  return { hi, lo };
}

/** What `add` found: a new id, the same record again (same content), or another record with an id already taken. */
export type IdAddition = "new" | "same" | "duplicate";

/** Fullest the table gets before it doubles: linear probing stays short, and a slot costs 8 bytes. */
const maxLoad = 0.8;

/**
 * The record ids seen so far, kept as 64-bit digests in typed arrays (8 bytes a slot, 10–20
 * bytes an id), not as strings (about 60 bytes an id in a Map): the per-row state of a
 * mapping run, so memory stays flat as an export grows. A digest shared by two different
 * ids (see `digest64`) makes the second one a duplicate: its row is reported
 * (`map.duplicate-id`, located, with the id) and not written — never lost silently.
 * For records that may repeat (a household on each member row), the digest of the record's
 * content is kept too, so the same record again is recognised and a different one with the
 * same id is a duplicate.
 */
export class IdDigestSet {
  private capacity = 1 << 12;
  /** Per slot: the id digest's high and low halves; 0/0 is an empty slot. */
  private slots = new Uint32Array(this.capacity * 2);
  /** Per slot, only once a repeating record is added: its content digest; 0/0 is none. */
  private contents: Uint32Array | undefined;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds an id; `content` (a record's canonical text) for records that may repeat. */
  add(id: string, content?: string): IdAddition {
    const { hi, lo: rawLo } = digest64(id);
    // 0/0 marks an empty slot: that one digest is folded onto 0/1.
    const lo = hi === 0 && rawLo === 0 ? 1 : rawLo;
    const mask = this.capacity - 1;
    let slot = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    for (;;) {
      const slotHi = this.slots[slot * 2]!;
      const slotLo = this.slots[slot * 2 + 1]!;
      if (slotHi === 0 && slotLo === 0) break;
      if (slotHi === hi && slotLo === lo) {
        if (content === undefined || !this.contents) return "duplicate";
        const seen = digest64(content);
        const seenLo = seen.lo === 0 ? 1 : seen.lo;
        return this.contents[slot * 2] === seen.hi && this.contents[slot * 2 + 1] === seenLo ? "same" : "duplicate";
      }
      slot = (slot + 1) & mask;
    }
    this.slots[slot * 2] = hi;
    this.slots[slot * 2 + 1] = lo;
    if (content !== undefined) {
      this.contents ??= new Uint32Array(this.capacity * 2);
      const seen = digest64(content);
      this.contents[slot * 2] = seen.hi;
      this.contents[slot * 2 + 1] = seen.lo === 0 ? 1 : seen.lo;
    }
    this.count++;
    if (this.count > this.capacity * maxLoad) this.grow();
    return "new";
  }

  private grow(): void {
    const oldSlots = this.slots;
    const oldContents = this.contents;
    this.capacity *= 2;
    this.slots = new Uint32Array(this.capacity * 2);
    this.contents = oldContents ? new Uint32Array(this.capacity * 2) : undefined;
    const mask = this.capacity - 1;
    for (let old = 0; old < oldSlots.length / 2; old++) {
      const hi = oldSlots[old * 2]!;
      const lo = oldSlots[old * 2 + 1]!;
      if (hi === 0 && lo === 0) continue;
      let slot = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
      while (this.slots[slot * 2] !== 0 || this.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
      this.slots[slot * 2] = hi;
      this.slots[slot * 2 + 1] = lo;
      if (oldContents && this.contents) {
        this.contents[slot * 2] = oldContents[old * 2]!;
        this.contents[slot * 2 + 1] = oldContents[old * 2 + 1]!;
      }
    }
  }
}
