/**
 * Masking of personal data for display and reports: the CZT-SS rule for the
 * sensitivity classes `identifier` and `personal` (docs/model-contract.md; cf. the
 * de-identification guidance of GB/T 35273-2020).
 * Lengths are counted in code points; the masked string keeps the original length.
 */

const maskCharacter = "*";

/**
 * Masks an identifier (identity, document or credit number): for 18 characters keeps
 * the first 6 (the issuing division) and the last 4, `430102********1234`. For any
 * other length keeps at most half the characters (rounded down), split between the
 * start and the end with the start getting the extra one: `E12345678` → `E1*****78`.
 * Surrounding white space is trimmed first.
 */
export function maskIdentifier(s: string): string {
  const chars = [...s.trim()];
  const [head, tail] = chars.length === 18 ? [6, 4] : revealedSplit(chars.length);
  return chars.map((c, i) => (i < head || i >= chars.length - tail ? c : maskCharacter)).join("");
}

function revealedSplit(length: number): [number, number] {
  const kept = Math.floor(length / 2);
  const tail = Math.floor(kept / 2);
  return [kept - tail, tail];
}

/**
 * Masks a personal name, keeping only its first code point: 张三 → 张*, 欧阳娜娜 → 欧***.
 * A one-character name is fully masked, so it is never shown whole.
 */
export function maskName(s: string): string {
  const chars = [...s.trim()];
  if (chars.length <= 1) return maskCharacter.repeat(chars.length);
  return chars[0] + maskCharacter.repeat(chars.length - 1);
}

/**
 * Masks a mobile number, keeping the first 3 and last 4 of its 11 digits:
 * `13800138000` → `138****8000`. Other strings are masked as identifiers.
 */
export function maskMobile(s: string): string {
  const trimmed = s.trim();
  if (!/^\d{11}$/.test(trimmed)) return maskIdentifier(trimmed);
  return trimmed.slice(0, 3) + maskCharacter.repeat(4) + trimmed.slice(7);
}
