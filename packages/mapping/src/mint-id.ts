import { sha256 } from "@noble/hashes/sha2.js";

const encoder = new TextEncoder();

/** The first `bytes` bytes of a digest as hex. */
function hexPrefix(digest: Uint8Array, bytes: number): string {
  let hex = "";
  for (let i = 0; i < bytes; i++) hex += digest[i]!.toString(16).padStart(2, "0");
  return hex;
}

/**
 * A record id that is the same on every run over the same data: the prefix and the first
 * 16 hex digits (64 bits) of SHA-256 over the source values, separated so that ("ab","c")
 * and ("a","bc") differ. The values are not readable from the id (an identity number
 * does not leak into it). A synchronous SHA-256 of plain JavaScript, so that the page maps
 * as the CLI does (a browser's crypto.subtle is asynchronous only); hashed in one call,
 * which is as fast as Node's crypto on such short input (an update per value was 4× slower).
 */
export function mintId(prefix: string, values: readonly string[]): string {
  let text = "";
  for (const value of values) text += `${value.length}:${value}\u0000`;
  return `${prefix}${hexPrefix(sha256(encoder.encode(text)), 8)}`;
}
