import { type Converted, converted, refused } from "./result.js";

const yuanPattern = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/**
 * An amount in 元 (`1234.5`, `1,234.56`, `-3`, or a spreadsheet number) as integer 分,
 * computed on the decimal digits, never through binary floating point: `0.29` is 29
 * (`0.29 * 100` is 28.999999999999996). More than two decimals is refused, not rounded:
 * a third decimal means the source is not in 元 (or holds a fraction of a 分).
 */
export function yuanToFen(input: string | number): Converted<number> {
  // A spreadsheet number's shortest round-trip text is the decimal the cell displays (12.34 → "12.34").
  const text = (typeof input === "number" ? String(input) : input).trim().replace(/^[¥￥]/, "").replace(/元$/, "");
  const match = yuanPattern.exec(text);
  if (!match) {
    return /^[+-]?[\d,]*\.\d{3,}$/.test(text)
      ? refused(`金额 {value} 的小数超过两位（元只到分）`, `the amount {value} has more than two decimals (元 stop at 分)`)
      : refused(`{value} 不是以元为单位的金额`, `{value} is not an amount in 元`);
  }
  const [, sign, whole, decimals = ""] = match;
  const fen = Number((whole ?? "").replaceAll(",", "")) * 100 + Number(decimals.padEnd(2, "0"));
  if (!Number.isSafeInteger(fen)) return refused(`金额 {value} 过大`, `the amount {value} is too large`);
  return converted(sign === "-" && fen !== 0 ? -fen : fen);
}
