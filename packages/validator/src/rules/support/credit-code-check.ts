import { validateCreditCode } from "@czt/domain";

/**
 * `@czt/domain`'s GB 32100 check, cached per code: the same agency and employer codes
 * appear on most records. `undefined` when the check character is right (or the code
 * fails for another reason the schema reports), else the expected check character.
 */
const cache = new Map<string, string>();
const maxCachedCodes = 200_000;
const valid = "";

export function creditCodeExpectedCheck(code: string): string | undefined {
  let answer = cache.get(code);
  if (answer === undefined) {
    const result = validateCreditCode(code);
    answer = !result.valid && result.reason === "checkCharacter" ? (result.expected ?? valid) : valid;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound only caps the cache's memory; clearing it sooner, later or never gives the same answers
    if (cache.size >= maxCachedCodes) cache.clear();
    cache.set(code, answer);
  }
  return answer === valid ? undefined : answer;
}
