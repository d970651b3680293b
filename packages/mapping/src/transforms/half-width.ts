/**
 * Full-width ASCII (U+FF01–U+FF5E: `１２３`, `ＡＢＣ`, `－`) as half-width, and the ideographic
 * space U+3000 as a space; every other character (Chinese text included) is kept.
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (c) => (c === "\u3000" ? " " : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Trims white space, the ideographic space and no-break spaces included (String.prototype.trim covers both). */
export function trimText(text: string): string {
  return text.trim();
}
