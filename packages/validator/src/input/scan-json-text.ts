import type { Params } from "../rule.js";
import { type Expectation, expectedParams } from "./json-problems.js";

/** A problem found in a JSON text, at a UTF-16 offset into it. */
export interface JsonProblem {
  ruleId: string;
  params: Params;
  offset: number;
}

/**
 * Member names a record may not use, by rule of the standard: JavaScript tools that
 * merge records read them as the object's prototype (prototype pollution).
 */
export const reservedNames: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

const quote = 0x22;
const backslash = 0x5c;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

function codePointName(unit: number): string {
  return `U+${unit.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** A member name as a message may show it: field-like names only, never data smuggled into a name. */
function shownName(name: string): Params {
  if (/^[A-Za-z_$][A-Za-z0-9_$-]{0,63}$/.test(name) && !/\d{4}/.test(name)) return { name };
  return { name: `(${name.length})`, "name.zh": `（一个 ${name.length} 个字符的名称）`, "name.en": `(a name of ${name.length} characters)` };
}

const syntax = (offset: number, expected: Expectation): JsonProblem => ({ ruleId: "input.malformed-json", params: expectedParams(expected), offset });
const invalidCharacter = (offset: number, unit: number): JsonProblem => ({ ruleId: "input.invalid-character", params: { codePoint: codePointName(unit) }, offset });

/** Where a string ends (after its closing quote), or the problem inside it. */
type StringScan = { end: number; escaped: boolean } | JsonProblem;

/**
 * Reads a string from its opening quote: control characters, escapes, surrogate pairs
 * (escaped or raw, a lone half is refused) and the noncharacters U+FFFE/U+FFFF.
 */
function scanString(text: string, start: number): StringScan {
  const n = text.length;
  let escaped = false;
  /** Offset of a high surrogate still waiting for its low half, else -1. */
  let pendingHigh = -1;
  let pendingUnit = 0;
  let i = start + 1;
  for (;;) {
    if (i >= n) return syntax(i, "closing-quote");
    const c = text.charCodeAt(i);
    if (c === quote) {
      if (pendingHigh >= 0) return invalidCharacter(pendingHigh, pendingUnit);
      return { end: i + 1, escaped };
    }
    let unit = c;
    const at = i;
    if (c === backslash) {
      escaped = true;
      const e = text.charCodeAt(i + 1);
      if (e === 0x75) {
        unit = 0;
        for (let k = 2; k < 6; k++) {
          const h = hexValue(text.charCodeAt(i + k));
          if (h < 0) return syntax(Math.min(i + k, n), "hex-digit");
          unit = unit * 16 + h;
        }
        i += 6;
      } else if (e === quote || e === backslash || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
        unit = 0x41; // an ordinary character as far as surrogates are concerned
        i += 2;
      } else return syntax(Math.min(i + 1, n), i + 1 >= n ? "closing-quote" : "escape");
    } else {
      if (c < 0x20) return syntax(i, "string-character");
      i += 1;
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) {
      if (pendingHigh < 0) return invalidCharacter(at, unit);
      pendingHigh = -1;
      continue;
    }
    if (pendingHigh >= 0) return invalidCharacter(pendingHigh, pendingUnit);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      pendingHigh = at;
      pendingUnit = unit;
    } else if (unit === 0xfffe || unit === 0xffff) return invalidCharacter(at, unit);
  }
}

/** Where a number ends, or where it stops being one. */
function scanNumber(text: string, start: number): number | JsonProblem {
  let i = start;
  if (text.charCodeAt(i) === 0x2d) i++;
  if (text.charCodeAt(i) === 0x30) i++;
  else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
  else return syntax(i, "digit");
  if (text.charCodeAt(i) === 0x2e) {
    i++;
    if (!isDigit(text.charCodeAt(i))) return syntax(i, "digit");
    while (isDigit(text.charCodeAt(i))) i++;
  }
  const e = text.charCodeAt(i);
  if (e === 0x65 || e === 0x45) {
    i++;
    const sign = text.charCodeAt(i);
    if (sign === 0x2b || sign === 0x2d) i++;
    if (!isDigit(text.charCodeAt(i))) return syntax(i, "digit");
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

const expectValue = 0;
const expectName = 1;
const afterValue = 2;

/**
 * Reads a JSON text exactly, as the standard requires every implementation to read a
 * record, and returns its first problem in text order: a syntax error (with the token
 * kind expected there), a duplicate or reserved member name at any depth, nesting
 * deeper than `maxDepth` arrays and objects, or a lone surrogate or U+FFFE/U+FFFF in a
 * string or name. Iterative (no recursion) and linear in the text; no value is built.
 */
export function scanJsonText(text: string, maxDepth: number): JsonProblem | undefined {
  const n = text.length;
  /** One entry per open container: the names of an object so far, undefined for an array. */
  const open: (Set<string> | undefined)[] = [];
  let state = expectValue;
  let i = 0;
  for (;;) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (state === expectValue) {
      if (i >= n) return syntax(i, "value");
      const c = text.charCodeAt(i);
      if (c === 0x7b || c === 0x5b) {
        if (open.length >= maxDepth) return { ruleId: "input.too-deep", params: { limit: maxDepth }, offset: i };
        i++;
        while (i < n && isSpace(text.charCodeAt(i))) i++;
        if (text.charCodeAt(i) === (c === 0x7b ? 0x7d : 0x5d)) {
          i++;
          state = afterValue;
        } else {
          open.push(c === 0x7b ? new Set() : undefined);
          state = c === 0x7b ? expectName : expectValue;
        }
        continue;
      }
      if (c === quote) {
        const scan = scanString(text, i);
        if ("ruleId" in scan) return scan;
        i = scan.end;
      } else if (c === 0x2d || isDigit(c)) {
        const end = scanNumber(text, i);
        if (typeof end !== "number") return end;
        i = end;
      } else if (text.startsWith("true", i) || text.startsWith("null", i)) i += 4;
      else if (text.startsWith("false", i)) i += 5;
      else return syntax(i, "value");
      state = afterValue;
      continue;
    }
    if (state === expectName) {
      if (text.charCodeAt(i) !== quote) return syntax(i, "name");
      const scan = scanString(text, i);
      if ("ruleId" in scan) return scan;
      const name = scan.escaped ? (JSON.parse(text.slice(i, scan.end)) as string) : text.slice(i + 1, scan.end - 1);
      if (reservedNames.has(name)) return { ruleId: "input.forbidden-key", params: { key: name }, offset: i };
      const names = open[open.length - 1]!;
      if (names.has(name)) return { ruleId: "input.duplicate-name", params: shownName(name), offset: i };
      names.add(name);
      i = scan.end;
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) !== 0x3a) return syntax(i, "colon");
      i++;
      state = expectValue;
      continue;
    }
    // After a value: the end of the text, or a comma or the end of the open container.
    if (open.length === 0) return i < n ? syntax(i, "end-of-text") : undefined;
    const isObject = open[open.length - 1] !== undefined;
    const c = text.charCodeAt(i);
    if (c === 0x2c) {
      i++;
      state = isObject ? expectName : expectValue;
    } else if (c === (isObject ? 0x7d : 0x5d)) {
      i++;
      open.pop();
    } else return syntax(i, isObject ? "comma-or-object-end" : "comma-or-array-end");
  }
}
