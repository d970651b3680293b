import { convertLegacyIdNumber } from "@czt/domain";
import { toHalfWidth } from "./half-width.js";
import { type Converted, converted, refused } from "./result.js";

/**
 * An identity number as the standard writes it: half-width, trimmed, a lowercase check
 * character `x` upper-cased, and a 15-digit number of GB 11643-1989 converted to 18
 * (century 19, check character added, by @czt/domain). Anything else that is not 18
 * characters is refused here; the validator checks the check character of the rest.
 */
export function idNumber18(input: string): Converted<string> {
  const text = toHalfWidth(input).trim().replace(/x$/, "X");
  if (/^\d{15}$/.test(text)) return converted(convertLegacyIdNumber(text));
  if (/^\d{17}[\dX]$/.test(text)) return converted(text);
  return refused(`{value} 不是 15 位或 18 位公民身份号码`, `{value} is not a 15- or 18-character identity number`);
}
