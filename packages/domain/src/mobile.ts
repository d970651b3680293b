/**
 * Mainland China mobile numbers: 11 digits, `1` then `3`–`9`, as allocated under the
 * national numbering plan (电信网编号计划, MIIT). Carrier prefix tables go stale, so only
 * the shape is checked.
 */

const mobilePattern = /^1[3-9]\d{9}$/;

/**
 * Normalises a mainland mobile number to its 11 digits: removes spaces, hyphens and
 * dots, parentheses around the country code, and a `+86` or `0086` country code.
 * Returns `undefined` when what remains is not `^1[3-9]\d{9}$`.
 */
export function normaliseMobile(s: string): string | undefined {
  const compact = s.replace(/[\s\-.()]/g, "");
  const national = compact.replace(/^(?:\+86|0086)/, "");
  return mobilePattern.test(national) ? national : undefined;
}
