/**
 * Personal names as registered (户口登记): Han characters, including those outside the
 * Basic Multilingual Plane (GB 18030-2022 repertoire, hence `\p{Script=Han}` and
 * code-point counting rather than `[\u4e00-\u9fa5]`), minority names joined by the
 * middle dot `·` (GB 2312/GB 18030 A1A4, Unicode U+00B7), and Latin-script names of
 * foreign nationals.
 */

/** The middle dot that separates the parts of transliterated names. */
export const nameMiddleDot = "\u00B7";

/**
 * Look-alikes of the middle dot typed by input methods: bullet U+2022, katakana middle
 * dot U+30FB and its half-width U+FF65, full-width full stop U+FF0E, hyphenation point
 * U+2027, dot operator U+22C5, bullet operator U+2219, Greek ano teleia U+0387, word
 * separator middle dot U+2E31, small circle-less dots U+02D9 (dot above) and U+FE52.
 */
const middleDotLookAlikes = /[\u2022\u30FB\uFF65\uFF0E\u2027\u22C5\u2219\u0387\u2E31\u02D9\uFE52]/gu;
const han = /\p{Script=Han}/u;
const latinLetter = /\p{Script=Latin}/u;
/** Longest name accepted, in code points (generous: long transliterated names exist). */
const maxNameLength = 100;

export type NameInvalidReason = "empty" | "length" | "characters" | "middleDot" | "mixedScripts";

export type NameValidation = { valid: true; normalised: string } | { valid: false; reason: NameInvalidReason };

/**
 * Normalises a name as typed: Unicode NFC, trims, folds middle-dot look-alikes (and an
 * ASCII full stop between two Han characters) to U+00B7, collapses runs of white space
 * (including the ideographic space U+3000) to one space, and removes spaces next to a
 * middle dot or between two Han characters (Chinese names have no spaces).
 */
export function normaliseName(s: string): string {
  const folded = s
    .normalize("NFC")
    .replace(middleDotLookAlikes, nameMiddleDot)
    .replace(/(\p{Script=Han})\s*\.\s*(?=\p{Script=Han})/gu, `$1${nameMiddleDot}`)
    .replace(/\s+/gu, " ")
    .trim();
  return folded.replace(/ ?\u00B7 ?/gu, nameMiddleDot).replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, "$1");
}

/**
 * Validates a name after {@link normaliseName}. A name is either Chinese — Han
 * characters (`\p{Script=Han}`, counted by code point, so characters outside the BMP
 * such as 𣵦 are accepted) with optional middle dots — or Latin-script (letters, spaces,
 * hyphens, apostrophes, full stops and middle dots). Middle dots may not begin or end a
 * name or follow each other. Reasons: `empty`, `length` (over 100 code points),
 * `characters`, `middleDot`, `mixedScripts` (Han and Latin letters in one name).
 */
export function validateName(s: string): NameValidation {
  const normalised = normaliseName(s);
  const codePoints = [...normalised];
  if (codePoints.length === 0) return { valid: false, reason: "empty" };
  if (codePoints.length > maxNameLength) return { valid: false, reason: "length" };
  let hasHan = false;
  let hasLatin = false;
  for (const c of codePoints) {
    if (han.test(c)) hasHan = true;
    else if (latinLetter.test(c)) hasLatin = true;
    else if (c !== nameMiddleDot && !/^[ \-'.]$/.test(c)) return { valid: false, reason: "characters" };
  }
  if (!hasHan && !hasLatin) return { valid: false, reason: "characters" };
  if (hasHan && hasLatin) return { valid: false, reason: "mixedScripts" };
  if (hasHan && /[ \-'.]/.test(normalised)) return { valid: false, reason: "characters" };
  if (codePoints[0] === nameMiddleDot || codePoints.at(-1) === nameMiddleDot || normalised.includes(nameMiddleDot + nameMiddleDot)) {
    return { valid: false, reason: "middleDot" };
  }
  return { valid: true, normalised };
}
