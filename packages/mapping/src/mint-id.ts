import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";

const encoder = new TextEncoder();

/**
 * A record id that is the same on every run over the same data: the prefix and the first
 * 16 hex digits (64 bits) of SHA-256 over the source values, separated so that ("ab","c")
 * and ("a","bc") differ. The values are not readable from the id (an identity number
 * does not leak into it). A synchronous SHA-256 of plain JavaScript, so that the page maps
 * as the CLI does (a browser's crypto.subtle is asynchronous only).
 */
export function mintId(prefix: string, values: readonly string[]): string {
  const hash = sha256.create();
  for (const value of values) hash.update(encoder.encode(`${value.length}:${value}\u0000`));
  return `${prefix}${bytesToHex(hash.digest()).slice(0, 16)}`;
}
