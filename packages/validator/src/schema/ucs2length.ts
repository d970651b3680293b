/**
 * String length in Unicode code points, as JSON Schema's minLength/maxLength count it
 * (a surrogate pair is one character). The same function as ajv's runtime `ucs2length`,
 * local so that generated validators import nothing from ajv.
 */
export function ucs2length(text: string): number {
  const units = text.length;
  let length = 0;
  let position = 0;
  while (position < units) {
    length++;
    const code = text.charCodeAt(position++);
    if (code >= 0xd800 && code <= 0xdbff && position < units && (text.charCodeAt(position) & 0xfc00) === 0xdc00) position++;
  }
  return length;
}
