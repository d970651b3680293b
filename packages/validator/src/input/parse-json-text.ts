import type { Params } from "../rule.js";
import { standardMaxDepth } from "./input-item.js";
import { countMembers } from "./member-walk.js";
import { type JsonProblem, scanJsonText } from "./scan-json-text.js";

export type ParseOutcome =
  | { ok: true; value: unknown }
  | {
      ok: false;
      ruleId: string;
      params: Params;
      /** UTF-16 offset of the problem in the text, 1-based line and column (UTF-16 units) of it. */
      offset?: number;
      line?: number;
      column?: number;
    };

/**
 * Text that may hide what JSON.parse does not refuse: a reserved name, an escape that may
 * spell part of one (printable ASCII, `\u0020`–`\u007f`), an escaped surrogate or
 * U+FFFx, or a raw surrogate or noncharacter. Other escapes (`\u5f20`, exports that
 * escape all non-ASCII text) keep the fast path: the member count sees names written twice.
 */
const mayHideProblem = /__proto__|constructor|prototype|\\u(?:00[2-7]|[dD][89a-fA-F]|[fF]{3}[eEfF])|[\ud800-\udfff\ufffe\uffff]/;

/** Deeper limits than this are checked by the exact scanner only (the member count recurses). */
const maxCountedDepth = 512;

/**
 * An upper bound of the members written in a JSON text: the colons right after a quote
 * (spaces between allowed). Every member's name ends so; a string can only add to the
 * count (a value starting with a colon, an escaped quote before one). So when JSON.parse
 * kept as many members as this, no name was written twice.
 */
export function countNameColons(text: string): number {
  let count = 0;
  for (let i = text.indexOf(":"); i !== -1; i = text.indexOf(":", i + 1)) {
    let k = i - 1;
    let c = text.charCodeAt(k);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(--k);
    if (c === 0x22) count++;
  }
  return count;
}

/** 1-based line and column (UTF-16 units) of an offset. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return { line, column: offset - (text.lastIndexOf("\n", offset - 1) + 1) + 1 };
}

/** A problem as a parse outcome, located in the text. */
function locatedProblem(text: string, problem: JsonProblem): ParseOutcome {
  return { ok: false, ruleId: problem.ruleId, params: problem.params, offset: problem.offset, ...positionOf(text, problem.offset) };
}

/** When JSON.parse failed and the exact reader did not (it never should): a located-nowhere syntax error. */
const unexplained: JsonProblem = { ruleId: "input.malformed-json", params: {}, offset: 0 };

/**
 * True when a value JSON.parse made from the text may differ from what the standard
 * reads: then the exact scanner decides. Cheap for ordinary records (one native regex
 * search, a count of colons and of the parsed members).
 */
function needsExactScan(text: string, value: unknown, maxDepth: number): boolean {
  // A value that is not an object or array has no members: it is scanned when its text has colons after quotes.
  if (maxDepth > maxCountedDepth) return true;
  if (mayHideProblem.test(text)) return true;
  // Too deep counts -1, which is never a count of colons.
  return countMembers(value, maxDepth) !== countNameColons(text);
}

/**
 * Parses a JSON text with exactly the checks a record read by `czt validate` gets:
 * duplicate member names at any depth, the reserved names `__proto__`, `constructor`
 * and `prototype`, nesting deeper than `maxDepth` (the standard's limit by default),
 * lone surrogates and U+FFFE/U+FFFF in strings and names, and JSON syntax. A problem
 * comes as its rule id, params (no text of the record) and where it is (offset, line,
 * column); the first problem in text order wins.
 */
export function parseJsonText(text: string, options: { maxDepth?: number } = {}): ParseOutcome {
  const maxDepth = options.maxDepth ?? standardMaxDepth;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return locatedProblem(text, scanJsonText(text, maxDepth) ?? unexplained);
  }
  if (needsExactScan(text, value, maxDepth)) {
    const problem = scanJsonText(text, maxDepth);
    if (problem) return locatedProblem(text, problem);
  }
  return { ok: true, value };
}
