import { createHash } from "node:crypto";

/**
 * A record id that is the same on every run over the same data: the prefix and the first
 * 16 hex digits (64 bits) of SHA-256 over the source values, separated so that ("ab","c")
 * and ("a","bc") differ. The values are not readable from the id (an identity number
 * does not leak into it).
 */
export function mintId(prefix: string, values: readonly string[]): string {
  const hash = createHash("sha256");
  for (const value of values) hash.update(`${value.length}:${value}\u0000`);
  return `${prefix}${hash.digest("hex").slice(0, 16)}`;
}
