import { detailParams } from "./json-problems.js";
import { countNameColons, type ParseOutcome, parseJsonText } from "./parse-json-text.js";
import { countMembers, unaccountedBytes } from "./member-walk.js";
import { countNonAscii, decodeBytesString, hasNonAscii } from "./utf8-bytes-string.js";

export type { ParseOutcome } from "./parse-json-text.js";

/**
 * The length of `text` without the JSON whitespace (space, tab, CR, LF) it ends with. Not
 * `trimEnd`, which also drops a no-break or ideographic space: those are no JSON whitespace
 * but a wrong character, where a record is malformed, not cut short.
 */
function endBeforeJsonWhitespace(text: string): number {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a) break;
    end--;
  }
  return end;
}

/**
 * Parses the text of one record with the checks of `parseJsonText`. When the text may
 * have been cut off (the last line of a file without a newline), a syntax error at its
 * very end means the record was cut short, not mistyped: `input.truncated`. (Only a syntax
 * error lies there: every other problem points at a character of a name or value.)
 */
export function parseRecordText(text: string, maxDepth: number, mayBeTruncated: boolean): ParseOutcome {
  const outcome = parseJsonText(text, { maxDepth });
  if (!outcome.ok && mayBeTruncated && (outcome.offset ?? 0) >= endBeforeJsonWhitespace(text)) {
    return { ...outcome, ruleId: "input.truncated", params: detailParams("cut-short") };
  }
  return outcome;
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
  if (maxDepth > maxCountedDepth) return careful();
  // Stryker disable next-line StringLiteral: every line would take the exact path, which gives the same outcome
  if (bytes.includes("\\u")) return careful();
  let value: unknown;
  try {
    value = JSON.parse(bytes);
  } catch {
    return careful();
  }
  if (mayHideProblemBytes.test(bytes)) return careful();
  if (typeof value === "string") return { ok: true, value: hasNonAscii(value) ? decodeBytesString(value) : value };
  // Numbers, booleans and null: no members and no name colons, so they pass the checks below.
  const members = countMembers(value, maxDepth, countBytes(bytes));
  // A value too deep counts -1, which is never a count of colons.
  if (unaccountedBytes() !== 0 || members !== countNameColons(bytes)) return careful();
  return { ok: true, value };
}
