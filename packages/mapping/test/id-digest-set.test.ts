import { describe, expect, it } from "vitest";
import { digest64, IdDigestSet } from "../src/id-digest-set.js";

/** FNV-1a 64 the slow, obviously right way (BigInt), for one byte per character. */
function fnv1a64(text: string): bigint {
  let hash = 0xcbf29ce484222325n;
  for (const char of text) hash = ((hash ^ BigInt(char.charCodeAt(0))) * 0x100000001b3n) & 0xffffffffffffffffn;
  return hash;
}

const asBigInt = ({ hi, lo }: { hi: number; lo: number }) => (BigInt(hi) << 32n) | BigInt(lo);

describe("digest64", () => {
  it("is FNV-1a 64 (published vectors, and a BigInt reference on ids)", () => {
    expect(asBigInt(digest64(""))).toBe(0xcbf29ce484222325n);
    expect(asBigInt(digest64("a"))).toBe(0xaf63dc4c8601ec8cn);
    expect(asBigInt(digest64("foobar"))).toBe(0x85944171f73967e8n);
    for (const id of ["430100-P-0000001", "430100-H-98765", "43010219750418031X"]) expect(asBigInt(digest64(id))).toBe(fnv1a64(id));
  });

  it("tells apart ids that differ in one character, and Chinese text", () => {
    expect(digest64("430100-P-0000001")).not.toEqual(digest64("430100-P-0000002"));
    expect(digest64("长沙")).not.toEqual(digest64("株洲"));
  });
});

describe("IdDigestSet", () => {
  it("keeps a million sequential ids apart, through its growth, and knows each one again", () => {
    const set = new IdDigestSet();
    const ids = Array.from({ length: 1_000_000 }, (_, i) => `430100-P-${String(i).padStart(7, "0")}`);
    const firstTime = ids.map((id) => set.add(id));
    expect(firstTime.every((added) => added === "new")).toBe(true);
    expect(set.size).toBe(1_000_000);
    expect(ids.filter((_, i) => i % 997 === 0).map((id) => set.add(id))).toEqual(ids.filter((_, i) => i % 997 === 0).map(() => "duplicate"));
    expect(set.size).toBe(1_000_000);
  });

  it("a record that may repeat: the same content again is the same record, other content with its id a duplicate", () => {
    const set = new IdDigestSet();
    expect(set.add("430100-H-1", '{"id":"430100-H-1","size":3}')).toBe("new");
    for (let i = 0; i < 10_000; i++) set.add(`430100-P-${i}`);
    expect(set.add("430100-H-1", '{"id":"430100-H-1","size":3}')).toBe("same");
    expect(set.add("430100-H-1", '{"id":"430100-H-1","size":4}')).toBe("duplicate");
    expect(set.add("430100-H-1")).toBe("duplicate");
  });

  it("an id first seen on a record that does not repeat is a duplicate when a repeating record brings it again", () => {
    const set = new IdDigestSet();
    expect(set.add("430100-P-1")).toBe("new");
    expect(set.add("430100-H-2", "{}")).toBe("new");
    expect(set.add("430100-P-1", "{}")).toBe("duplicate");
  });
});
