import { describe, expect, it } from "vitest";
import { percentOf, pooledFundOf } from "../src/index.js";

/**
 * percentOf is the kit's general "p % of an amount in fen, rounded half up". At the rates
 * the standard uses (8, 12, 16 %) a whole-fen amount never lands on half a fen (amount × p
 * is then a multiple of 4, never ≡ 50 mod 100); at other rates it can, and a tie rounds up.
 */
describe("percentOf", () => {
  it("rounds a tie up, not to even", () => {
    expect(percentOf(5, 10)).toBe(1); // 0.5
    expect(percentOf(15, 10)).toBe(2); // 1.5
    expect(percentOf(25, 10)).toBe(3); // 2.5 (to even would give 2)
    expect(percentOf(1, 50)).toBe(1); // 0.5
  });

  it("rounds to the nearest fen otherwise, exactly on large amounts", () => {
    expect(percentOf(4, 12)).toBe(0); // 0.48
    expect(percentOf(21, 12)).toBe(3); // 2.52
    expect(percentOf(6_000_000 * 12, 12)).toBe(8_640_000);
    expect(percentOf(12_345_678_901, 8)).toBe(987_654_312); // 987 654 312.08
  });

  it("the pooled fund rounds each year since 1998 on its own", () => {
    const year = (y: number, monthlyBase: number) => ({ year: y, months: 1, monthlyBase, individualAmount: 0, employerAmount: 0 });
    expect(pooledFundOf([year(1997, 21), year(1998, 21), year(1999, 21)])).toBe(6);
  });
});
