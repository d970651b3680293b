/**
 * How many distinct records each rule fired on: one bit per record handle and rule (only
 * for rules that fired), so the count stays exact even when a rule fires several times on
 * a record, or on it again later (dataset rules), and never exceeds the records read.
 */
export class RecordsByRule {
  private readonly seen = new Map<string, { bits: Uint8Array; count: number }>();

  add(ruleId: string, handle: number): void {
    let entry = this.seen.get(ruleId);
    if (!entry) {
      entry = { bits: new Uint8Array(Math.max(64, (handle >> 3) + 1)), count: 0 };
      this.seen.set(ruleId, entry);
    }
    const byte = handle >> 3;
    if (byte >= entry.bits.length) {
      const grown = new Uint8Array(Math.max(byte + 1, entry.bits.length * 2));
      grown.set(entry.bits);
      entry.bits = grown;
    }
    const mask = 1 << (handle & 7);
    if ((entry.bits[byte]! & mask) === 0) {
      entry.bits[byte]! |= mask;
      entry.count++;
    }
  }

  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [ruleId, entry] of this.seen) out[ruleId] = entry.count;
    return out;
  }
}
