import { detailParams } from "./json-problems.js";
import { countMembers, countNameColons, type ParseOutcome, parseJsonText } from "./parse-json-text.js";
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

/**
 * Decodes in place the non-ASCII strings of a value parsed from a bytes string, and stops
 * as soon as they account for every non-ASCII byte of the line (`remaining`): most records
 * hold their few non-ASCII strings (names) near the start. Returns what is left: more
 * than 0 after the whole value means non-ASCII bytes in keys.
 */
function decodeUntilAccounted(node: object, remaining: number): number {
  let left = remaining;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length && left > 0; i++) {
      const child: unknown = node[i];
      if (typeof child === "string") {
        const count = countNonAscii(child);
        if (count > 0) {
          node[i] = decodeBytesString(child);
          left -= count;
        }
      } else if (typeof child === "object" && child !== null) left = decodeUntilAccounted(child, left);
    }
    return left;
  }
  const record = node as Record<string, unknown>;
  for (const key in record) {
    const child = record[key];
    if (typeof child === "string") {
      const count = countNonAscii(child);
      if (count > 0) {
        record[key] = decodeBytesString(child);
        left -= count;
      }
    } else if (typeof child === "object" && child !== null) left = decodeUntilAccounted(child, left);
    if (left <= 0) return left;
  }
  return left;
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
  const members = countMembers(value, 1, maxDepth);
  if (members < 0 || members !== countNameColons(bytes)) return careful();
  const nonAscii = countBytes(bytes);
  if (nonAscii > 0 && decodeUntilAccounted(value, nonAscii) !== 0) return careful();
  return { ok: true, value };
}
