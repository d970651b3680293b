import { countNonAscii, decodeBytesString } from "./utf8-bytes-string.js";

/** Non-ASCII bytes not yet accounted for by decoded strings (see `countMembers`). */
let unaccounted = 0;

/** A string of a bytes-string value, decoded when it holds non-ASCII bytes (they are then accounted for). */
function decoded(text: string): string {
  const bytes = countNonAscii(text);
  if (bytes === 0) return text;
  unaccounted -= bytes;
  return decodeBytesString(text);
}

function walk(node: object, depth: number, maxDepth: number): number {
  if (depth > maxDepth) return -1;
  let count = 0;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const child: unknown = node[i];
      if (typeof child === "string") {
        if (unaccounted > 0) node[i] = decoded(child);
      } else if (typeof child === "object" && child !== null) {
        const inner = walk(child, depth + 1, maxDepth);
        if (inner < 0) return -1;
        count += inner;
      }
    }
    return count;
  }
  const record = node as Record<string, unknown>;
  for (const key in record) {
    count++;
    const child = record[key];
    if (typeof child === "string") {
      if (unaccounted > 0) record[key] = decoded(child);
    } else if (typeof child === "object" && child !== null) {
      const inner = walk(child, depth + 1, maxDepth);
      if (inner < 0) return -1;
      count += inner;
    }
  }
  return count;
}

/**
 * One walk over a parsed value: how many members its objects hold in all, or -1 when it
 * nests deeper than `maxDepth` (the value itself at depth 1). For a value parsed from a
 * bytes string, `nonAsciiBytes` of the line are decoded in place on the way, string by
 * string, until all are accounted for (most records hold their few non-ASCII strings,
 * names, near the start); what is left (`unaccountedBytes()`) means non-ASCII names.
 */
export function countMembers(node: unknown, maxDepth: number, nonAsciiBytes = 0): number {
  unaccounted = nonAsciiBytes;
  if (typeof node !== "object" || node === null) return 0;
  return walk(node, 1, maxDepth);
}

/** Non-ASCII bytes of the last `countMembers` call that no decoded string accounted for. */
export function unaccountedBytes(): number {
  return unaccounted;
}
