import { toHalfWidth } from "./half-width.js";
import { type Converted, converted, refused } from "./result.js";

/** A whole number from text or a spreadsheet number (`12`, `０１２`, `12.0`); fractions are refused. */
export function toInteger(input: string | number): Converted<number> {
  const text = typeof input === "number" ? String(input) : toHalfWidth(input).trim();
  const match = /^([+-]?\d+)(?:\.0+)?$/.exec(text);
  const value = match ? Number(match[1]) : Number.NaN;
  return Number.isSafeInteger(value) ? converted(value) : refused(`{value} 不是整数`, `{value} is not a whole number`);
}
