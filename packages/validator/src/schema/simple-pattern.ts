/**
 * Matchers for the patterns of the standard that are a plain sequence of ASCII
 * character classes — `^[1-8][0-9]{5}$`, `^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$` — which
 * test a string with a loop over its characters instead of a call into the regular
 * expression engine: the quick validators run several of them on every record. Any
 * other pattern gets a `RegExp`. The generated quick validators call this at load time.
 */

export interface PatternTest {
  test(text: string): boolean;
}

/** One step of a sequence: a character from `allowed` (by ASCII code), `min` to `max` times. */
interface Step {
  readonly allowed: Uint8Array;
  readonly min: number;
  readonly max: number;
}

class SequenceMatcher implements PatternTest {
  private readonly count: number;
  /** Step `s` allows ASCII code `c` when `allowed[s * 128 + c]` is 1. */
  private readonly allowed: Uint8Array;
  private readonly min: Int32Array;
  private readonly max: Int32Array;
  private readonly minLength: number;
  private readonly maxLength: number;

  constructor(
    steps: readonly Step[],
    private readonly source: string,
  ) {
    this.count = steps.length;
    this.allowed = new Uint8Array(steps.length * 128);
    steps.forEach((step, s) => {
      this.allowed.set(step.allowed, s * 128);
    });
    this.min = Int32Array.from(steps, (step) => step.min);
    this.max = Int32Array.from(steps, (step) => step.max);
    this.minLength = steps.reduce((sum, step) => sum + step.min, 0);
    this.maxLength = steps.reduce((sum, step) => sum + step.max, 0);
  }

  test(text: string): boolean {
    const length = text.length;
    if (length < this.minLength || length > this.maxLength) return false;
    const { count, allowed, min, max } = this;
    let position = 0;
    for (let s = 0; s < count; s++) {
      const start = position;
      const end = Math.min(length, position + max[s]!);
      const table = s << 7;
      // Greedy, never backtracking: patterns are accepted only where that is exact (see `parseSteps`).
      while (position < end) {
        const code = text.charCodeAt(position);
        if (code >= 128 || allowed[table + code] === 0) break;
        position++;
      }
      if (position - start < min[s]!) return false;
    }
    return position === length;
  }

  /** As `RegExp#toString`: ajv keys compiled patterns by it, so it must differ between patterns. */
  toString(): string {
    return this.source;
  }
}

/** `[...]` at `at` (just after `[`): the set of ASCII characters, and where the class ends. */
function parseClass(pattern: string, at: number): { allowed: Uint8Array; next: number } | undefined {
  const allowed = new Uint8Array(128);
  let i = at;
  if (pattern[i] === "^" || pattern[i] === "]") return undefined;
  while (i < pattern.length && pattern[i] !== "]") {
    const first = literalCode(pattern[i]!, true);
    if (first === undefined) return undefined;
    if (pattern[i + 1] === "-" && pattern[i + 2] !== undefined && pattern[i + 2] !== "]") {
      const last = literalCode(pattern[i + 2]!, true);
      if (last === undefined || last < first) return undefined;
      for (let code = first; code <= last; code++) allowed[code] = 1;
      i += 3;
    } else {
      allowed[first] = 1;
      i++;
    }
  }
  return i < pattern.length ? { allowed, next: i + 1 } : undefined;
}

/** The code of a character that stands for itself (a trailing `-` in a class does). */
function literalCode(char: string, inClass: boolean): number | undefined {
  const code = char.charCodeAt(0);
  if (code < 32 || code >= 127) return undefined;
  if (inClass ? "\\[]^".includes(char) : "\\^$.|?*+()[]{}".includes(char)) return undefined;
  return code;
}

/** `{n}`, `{n,m}` or nothing at `at`: the repetition of the step before, and where it ends. */
function parseQuantifier(pattern: string, at: number): { min: number; max: number; next: number } | undefined {
  if (pattern[at] !== "{") return { min: 1, max: 1, next: at };
  const match = /^\{(\d+)(?:,(\d+))?\}/.exec(pattern.slice(at));
  if (!match) return undefined;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : Number(match[2]);
  return max >= min ? { min, max, next: at + match[0].length } : undefined;
}

function disjoint(a: Uint8Array, b: Uint8Array): boolean {
  for (let code = 0; code < 128; code++) if (a[code] === 1 && b[code] === 1) return false;
  return true;
}

/**
 * The steps of `^step…$`, or undefined when the pattern is anything else. A step of
 * varying length must share no character with any step after it: then no later step
 * can take a character it could take, so matching greedily never has to give one back.
 */
function parseSteps(pattern: string): Step[] | undefined {
  if (!pattern.startsWith("^") || !pattern.endsWith("$") || pattern.endsWith("\\$")) return undefined;
  const body = pattern.slice(1, -1);
  const steps: Step[] = [];
  let i = 0;
  while (i < body.length) {
    let allowed: Uint8Array;
    if (body[i] === "[") {
      const parsed = parseClass(body, i + 1);
      if (!parsed) return undefined;
      allowed = parsed.allowed;
      i = parsed.next;
    } else {
      const code = literalCode(body[i]!, false);
      if (code === undefined) return undefined;
      allowed = new Uint8Array(128);
      allowed[code] = 1;
      i++;
    }
    const quantifier = parseQuantifier(body, i);
    if (!quantifier) return undefined;
    i = quantifier.next;
    steps.push({ allowed, min: quantifier.min, max: quantifier.max });
  }
  for (let k = 0; k < steps.length; k++) {
    const step = steps[k]!;
    if (step.min === step.max) continue;
    for (let later = k + 1; later < steps.length; later++) if (!disjoint(step.allowed, steps[later]!.allowed)) return undefined;
  }
  return steps;
}

/**
 * A tester with `RegExp#test`'s answer for `new RegExp(pattern, flags)`; a loop over
 * ASCII classes when the pattern is a simple sequence, else the `RegExp` itself.
 * With or without the `u` flag the answer is the same for these patterns: their classes
 * hold ASCII characters only, which a surrogate (alone or in a pair) never matches.
 */
export function compileSimplePattern(pattern: string, flags: string): PatternTest {
  const steps = flags === "" || flags === "u" ? parseSteps(pattern) : undefined;
  const regExp = new RegExp(pattern, flags);
  return steps ? new SequenceMatcher(steps, regExp.toString()) : regExp;
}
