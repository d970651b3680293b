/**
 * One segment of a glob (`*`, `?`, `[abc]`, `[a-z]`, `[!…]`/`[^…]`), matched against one
 * name in time proportional to (name × pattern) length at worst: a star is retried only
 * from the last star, never by backtracking over every earlier one as a regular
 * expression would (`*_*_*_*_*.jsonl` against a long name took a minute).
 */

type Token = { kind: "star" } | { kind: "any" } | { kind: "char"; char: string } | { kind: "class"; negated: boolean; ranges: readonly (readonly [string, string])[] };

export interface SegmentMatcher {
  test(name: string): boolean;
}

/** A bracket expression from `chars[start]` (the `[`), or undefined when it is never closed (then `[` is literal). */
function parseClass(chars: readonly string[], start: number): { token: Token; end: number } | undefined {
  let i = start + 1;
  const negated = chars[i] === "!" || chars[i] === "^";
  if (negated) i++;
  const ranges: [string, string][] = [];
  let first = true;
  while (i < chars.length && (first || chars[i] !== "]")) {
    const low = chars[i]!;
    if (chars[i + 1] === "-" && i + 2 < chars.length && chars[i + 2] !== "]") {
      ranges.push([low, chars[i + 2]!]);
      i += 3;
    } else {
      ranges.push([low, low]);
      i++;
    }
    first = false;
  }
  if (i >= chars.length) return undefined;
  return { token: { kind: "class", negated, ranges }, end: i };
}

function tokenize(segment: string): Token[] {
  const chars = [...segment];
  const tokens: Token[] = [];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (char === "*") {
      if (tokens.at(-1)?.kind !== "star") tokens.push({ kind: "star" });
    } else if (char === "?") tokens.push({ kind: "any" });
    else if (char === "[") {
      const parsed = parseClass(chars, i);
      if (parsed) {
        tokens.push(parsed.token);
        i = parsed.end;
      } else tokens.push({ kind: "char", char });
    } else tokens.push({ kind: "char", char });
  }
  return tokens;
}

/** Whether a segment has a wildcard: `*`, `?` or a closed `[…]`. An unclosed `[` is a literal character. */
export function hasWildcard(segment: string): boolean {
  return tokenize(segment).some((token) => token.kind !== "char");
}

function matchesOne(token: Token, char: string): boolean {
  switch (token.kind) {
    case "any":
      return true;
    case "char":
      return token.char === char;
    case "class": {
      const inside = token.ranges.some(([low, high]) => char >= low && char <= high);
      return inside !== token.negated;
    }
    case "star":
      return false;
  }
}

export function compileSegment(segment: string): SegmentMatcher {
  const tokens = tokenize(segment);
  return {
    test(name: string): boolean {
      const chars = [...name];
      let t = 0;
      let c = 0;
      let star = -1;
      let resume = 0;
      while (c < chars.length) {
        const token = tokens[t];
        if (token?.kind === "star") {
          star = t++;
          resume = c;
        } else if (token && matchesOne(token, chars[c]!)) {
          t++;
          c++;
        } else if (star >= 0) {
          // Let the last star take one more character and retry what follows it.
          t = star + 1;
          c = ++resume;
        } else return false;
      }
      while (tokens[t]?.kind === "star") t++;
      return t === tokens.length;
    },
  };
}
