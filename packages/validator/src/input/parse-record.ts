import type { Params } from "../rule.js";

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
