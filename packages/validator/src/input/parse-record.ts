import type { Params } from "../rule.js";
import { countNonAscii, decodeBytesString, hasNonAscii } from "./utf8-bytes-string.js";

export type ParseOutcome =
  | { ok: true; value: unknown }
  | { ok: false; ruleId: string; params: Params; column?: number };

const forbiddenKeys = ["__proto__", "constructor", "prototype"];
/** One pass over the text: a forbidden name, or a `\u` escape that could spell one. */
const mayHideForbiddenKey = /__proto__|constructor|prototype|\\u/;

/** Up to this depth limit the walk recurses (no allocation); deeper limits use the explicit stack. */
const maxRecursiveDepth = 1000;

/**
 * The same walk as `inspect`, recursive: children in reverse order, as the explicit
 * stack pops them, so the same problem is found first. The recursion stops at the
 * depth limit, so it cannot overflow the stack.
 */
function inspectRecursive(node: unknown, depth: number, maxDepth: number): ParseOutcome | undefined {
  if (typeof node !== "object" || node === null) return undefined;
  if (depth > maxDepth) return { ok: false, ruleId: "input.too-deep", params: { limit: maxDepth } };
  if (Array.isArray(node)) {
    for (let i = node.length - 1; i >= 0; i--) {
      const problem = inspectRecursive(node[i], depth + 1, maxDepth);
      if (problem) return problem;
    }
    return undefined;
  }
  const keys = Object.keys(node);
  for (const key of keys) if (forbiddenKeys.includes(key)) return { ok: false, ruleId: "input.forbidden-key", params: { key } };
  for (let i = keys.length - 1; i >= 0; i--) {
    const problem = inspectRecursive((node as Record<string, unknown>)[keys[i]!], depth + 1, maxDepth);
    if (problem) return problem;
  }
  return undefined;
}

/** Finds the first forbidden key or excess depth without recursion, so hostile input cannot overflow the stack. */
function inspect(value: unknown, maxDepth: number): ParseOutcome | undefined {
  if (maxDepth <= maxRecursiveDepth) return inspectRecursive(value, 1, maxDepth);
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== "object" || node === null) continue;
    if (depth > maxDepth) return { ok: false, ruleId: "input.too-deep", params: { limit: maxDepth } };
    if (Array.isArray(node)) {
      for (const item of node) stack.push([item, depth + 1]);
      continue;
    }
    for (const key of Object.keys(node)) {
      if (forbiddenKeys.includes(key)) return { ok: false, ruleId: "input.forbidden-key", params: { key } };
      stack.push([(node as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return undefined;
}

/** 1-based column from a JSON.parse message ("... at position 12" or "(line 1 column 13)"). */
function columnOf(message: string, text: string): number | undefined {
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  const offset = Number(position[1]);
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return offset - lineStart + 1;
}

/** True when JSON.parse ran off the end of the text: the record was cut short, not mistyped. */
function endsInsideValue(message: string, text: string): boolean {
  if (message.includes("end of JSON input")) return true;
  const position = /position (\d+)/.exec(message);
  return position !== null && Number(position[1]) >= text.trimEnd().length;
}

/**
 * Parses the text of one record. JSON.parse already makes `__proto__` an own property
 * (no pollution), but the key is still refused because downstream tools merging records
 * would be polluted. The full walk runs only when a cheap text search says it might matter.
 */
export function parseRecordText(text: string, maxDepth: number, mayBeTruncated: boolean): ParseOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, ruleId: "input.too-deep", params: { limit: maxDepth } };
    const message = error instanceof Error ? error.message : String(error);
    if (mayBeTruncated && endsInsideValue(message, text)) {
      return { ok: false, ruleId: "input.truncated", params: { detail: message } };
    }
    const column = columnOf(message, text);
    const outcome: ParseOutcome = { ok: false, ruleId: "input.malformed-json", params: { detail: message } };
    if (column !== undefined) outcome.column = column;
    return outcome;
  }
  // A text shorter than twice the depth limit cannot nest deeper than it, so ordinary
  // records skip the walk; the walk is iterative, so hostile nesting cannot overflow the stack.
  if (text.length > 2 * maxDepth || mayHideForbiddenKey.test(text)) {
    const problem = inspect(value, maxDepth);
    if (problem) return problem;
  }
  return { ok: true, value };
}

/** Keys seen to be ASCII and allowed (bounded: a hostile file cannot grow it without end). */
const checkedKeys = new Set<string>();
const maxCheckedKeys = 4096;

function isPlainKey(key: string): boolean {
  if (checkedKeys.has(key)) return true;
  if (forbiddenKeys.includes(key) || hasNonAscii(key)) return false;
  if (checkedKeys.size < maxCheckedKeys) checkedKeys.add(key);
  return true;
}

/**
 * Decodes in place the non-ASCII strings of a value parsed from a bytes string. False
 * when the value needs the careful path instead: a forbidden or non-ASCII key, or nesting
 * deeper than the limit (`inspect` then finds the same problem it always did).
 */
function decodeInPlace(node: object, depth: number, maxDepth: number): boolean {
  if (depth > maxDepth) return false;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const child: unknown = node[i];
      if (typeof child === "string") {
        if (hasNonAscii(child)) node[i] = decodeBytesString(child);
      } else if (typeof child === "object" && child !== null && !decodeInPlace(child, depth + 1, maxDepth)) return false;
    }
    return true;
  }
  const record = node as Record<string, unknown>;
  for (const key in record) {
    if (!isPlainKey(key)) return false;
    const child = record[key];
    if (typeof child === "string") {
      if (hasNonAscii(child)) record[key] = decodeBytesString(child);
    } else if (typeof child === "object" && child !== null && !decodeInPlace(child, depth + 1, maxDepth)) return false;
  }
  return true;
}

/** A name that is refused as a key appears somewhere in the line (`\\u` escapes take the careful path before). */
const mayHoldForbiddenKey = /__proto__|constructor|prototype/;

/**
 * Decodes in place the non-ASCII strings of a value parsed from a bytes string, and stops
 * as soon as they account for every non-ASCII byte of the line (`remaining`): most records
 * hold their few non-ASCII strings (names) near the start. Returns what is left: more
 * than 0 after the whole value means non-ASCII bytes in keys. Keys are not looked at (the
 * caller searched the line for forbidden names) and neither is depth (the caller makes
 * sure the line is too short to nest too deep).
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

/**
 * `parseRecordText` for a line given as a bytes string of valid UTF-8 (see
 * utf8-bytes-string.ts): the same outcome, faster. Whatever this path cannot read
 * exactly — `\u` escapes (they would mix with raw bytes), JSON errors (their columns
 * count characters), forbidden or non-ASCII keys, deep nesting — is decoded and read by
 * `parseRecordText`, so every problem is found and reported as it always was.
 */
export function parseRecordBytes(bytes: string, maxDepth: number, mayBeTruncated: boolean, countBytes: (text: string) => number = countNonAscii): ParseOutcome {
  const careful = () => parseRecordText(decodeBytesString(bytes), maxDepth, mayBeTruncated);
  if (maxDepth > maxRecursiveDepth || bytes.includes("\\u")) return careful();
  let value: unknown;
  try {
    value = JSON.parse(bytes);
  } catch {
    return careful();
  }
  if (typeof value === "string") return { ok: true, value: hasNonAscii(value) ? decodeBytesString(value) : value };
  if (typeof value !== "object" || value === null) return { ok: true, value };
  // A line shorter than twice the depth limit cannot nest deeper than it (as in parseRecordText).
  if (bytes.length <= 2 * maxDepth) {
    if (mayHoldForbiddenKey.test(bytes)) return careful();
    const nonAscii = countBytes(bytes);
    if (nonAscii > 0 && decodeUntilAccounted(value, nonAscii) !== 0) return careful();
    return { ok: true, value };
  }
  if (!decodeInPlace(value, 1, maxDepth)) return careful();
  return { ok: true, value };
}
