import { detailParams } from "./json-problems.js";
import { countNameColons, type ParseOutcome, parseJsonText } from "./parse-json-text.js";
import { countNonAscii, decodeBytesString, hasNonAscii } from "./utf8-bytes-string.js";

export type { ParseOutcome } from "./parse-json-text.js";

/**
 * Parses the text of one record with the checks of `parseJsonText`. When the text may
 * have been cut off (the last line of a file without a newline), a syntax error at its
 * very end means the record was cut short, not mistyped: `input.truncated`.
 */
export function parseRecordText(text: string, maxDepth: number, mayBeTruncated: boolean): ParseOutcome {
  const outcome = parseJsonText(text, { maxDepth });
  if (!outcome.ok && mayBeTruncated && outcome.ruleId === "input.malformed-json" && (outcome.offset ?? 0) >= text.trimEnd().length) {
    return { ...outcome, ruleId: "input.truncated", params: detailParams("cut-short") };
  }
  return outcome;
}

/** Non-ASCII bytes of the line not yet accounted for by decoded strings (see `decodeAndCount`). */
let unaccounted = 0;

/**
 * One walk over a value parsed from a bytes string: counts the members of its objects
 * (-1 when it nests deeper than `maxDepth`) and decodes in place its non-ASCII strings
 * while `unaccounted` says some are left (most records hold their few non-ASCII
 * strings, names, near the start). `unaccounted` above 0 afterwards means non-ASCII
 * bytes in names.
 */
function decodeAndCount(node: object, depth: number, maxDepth: number): number {
  if (depth > maxDepth) return -1;
  let count = 0;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const child: unknown = node[i];
      if (typeof child === "string") {
        if (unaccounted > 0) {
          const bytes = countNonAscii(child);
          if (bytes > 0) {
            node[i] = decodeBytesString(child);
            unaccounted -= bytes;
          }
        }
      } else if (typeof child === "object" && child !== null) {
        const inner = decodeAndCount(child, depth + 1, maxDepth);
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
      if (unaccounted > 0) {
        const bytes = countNonAscii(child);
        if (bytes > 0) {
          record[key] = decodeBytesString(child);
          unaccounted -= bytes;
        }
      }
    } else if (typeof child === "object" && child !== null) {
      const inner = decodeAndCount(child, depth + 1, maxDepth);
      if (inner < 0) return -1;
      count += inner;
    }
  }
  return count;
}

/** In a bytes string: a reserved name, or U+FFFE/U+FFFF as UTF-8 (EF BF BE/BF). Raw surrogates are not valid UTF-8. */
const mayHideProblemBytes = /__proto__|constructor|prototype|\xef\xbf[\xbe\xbf]/;

/** Deeper limits than this are left to the exact scanner (the member count recurses). */
const maxCountedDepth = 512;

/**
 * `parseRecordText` for a line given as a bytes string of valid UTF-8 (see
 * utf8-bytes-string.ts): the same outcome, faster. Whatever this path cannot read
 * exactly — `\u` escapes (they would mix with raw bytes), JSON errors (their columns
 * count characters), reserved or non-ASCII names, deep nesting, members JSON.parse
 * merged (a name written twice) — is decoded and read by `parseRecordText`, so every
 * problem is found and reported as it always was.
 */
export function parseRecordBytes(bytes: string, maxDepth: number, mayBeTruncated: boolean, countBytes: (text: string) => number = countNonAscii): ParseOutcome {
  const careful = () => parseRecordText(decodeBytesString(bytes), maxDepth, mayBeTruncated);
  if (maxDepth > maxCountedDepth || bytes.includes("\\u")) return careful();
  let value: unknown;
  try {
    value = JSON.parse(bytes);
  } catch {
    return careful();
  }
  if (mayHideProblemBytes.test(bytes)) return careful();
  if (typeof value === "string") return { ok: true, value: hasNonAscii(value) ? decodeBytesString(value) : value };
  if (typeof value !== "object" || value === null) return { ok: true, value };
  unaccounted = countBytes(bytes);
  const members = decodeAndCount(value, 1, maxDepth);
  if (members < 0 || unaccounted !== 0 || members !== countNameColons(bytes)) return careful();
  return { ok: true, value };
}
