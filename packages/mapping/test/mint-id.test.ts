import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { mintId } from "../src/index.js";

/** The ids czt map minted with Node's SHA-256 before the page could map: they must not change. */
function nodeMinted(prefix: string, values: readonly string[]): string {
  const hash = createHash("sha256");
  for (const value of values) hash.update(`${value.length}:${value}\u0000`);
  return `${prefix}${hash.digest("hex").slice(0, 16)}`;
}

describe("mintId", () => {
  it("mints the ids Node's SHA-256 gives, for ASCII, Chinese and astral text, in the browser-safe implementation", () => {
    for (const values of [["430102199003071234"], ["张三", "1990-03-07"], ["ab", "c"], ["a", "bc"], [""], ["𠀀字"]]) {
      expect(mintId("430100-P-", values), values.join("|")).toBe(nodeMinted("430100-P-", values));
    }
    expect(mintId("X-", ["ab", "c"])).not.toBe(mintId("X-", ["a", "bc"]));
  });
});
