/** Every single-character substitution and adjacent transposition of a string. */

/** Every string that differs from `s` in exactly one position, using `alphabet`. */
export function singleSubstitutions(s: string, alphabet: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    for (const c of alphabet) {
      if (c !== s[i]) out.push(s.slice(0, i) + c + s.slice(i + 1));
    }
  }
  return out;
}

/** Every string obtained by swapping two adjacent, different characters of `s`. */
export function adjacentTranspositions(s: string): { position: number; value: string }[] {
  const out: { position: number; value: string }[] = [];
  for (let i = 0; i + 1 < s.length; i++) {
    if (s[i] !== s[i + 1]) out.push({ position: i, value: s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2) });
  }
  return out;
}
