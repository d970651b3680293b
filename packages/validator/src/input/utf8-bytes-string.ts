/**
 * A "bytes string" holds the UTF-8 bytes of a text one per character (a one-byte
 * string, as a latin1 decoding makes it). JSON.parse reads such a string about twice as
 * fast as the decoded text, and every JSON delimiter is ASCII, so a JSON Lines record can
 * be parsed from it and only the few strings with non-ASCII characters decoded after.
 */

/** True when a character is not ASCII (in a bytes string: part of a multi-byte character). */
export function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** How many characters are not ASCII (in a bytes string: bytes of multi-byte characters). */
export function countNonAscii(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) count++;
  return count;
}

/** Characters per `String.fromCharCode` call: far below any engine's argument limit. */
const batchUnits = 4096;

/** Decodes a bytes string known to hold valid UTF-8 (checked on the bytes before). */
export function decodeBytesString(bytes: string): string {
  const units: number[] = [];
  let text = "";
  const length = bytes.length;
  for (let i = 0; i < length; ) {
    const lead = bytes.charCodeAt(i);
    if (lead < 0x80) {
      units.push(lead);
      i += 1;
    } else if (lead < 0xe0) {
      units.push(((lead & 0x1f) << 6) | (bytes.charCodeAt(i + 1) & 0x3f));
      i += 2;
    } else if (lead < 0xf0) {
      units.push(((lead & 0x0f) << 12) | ((bytes.charCodeAt(i + 1) & 0x3f) << 6) | (bytes.charCodeAt(i + 2) & 0x3f));
      i += 3;
    } else {
      const astral =
        (((lead & 0x07) << 18) | ((bytes.charCodeAt(i + 1) & 0x3f) << 12) | ((bytes.charCodeAt(i + 2) & 0x3f) << 6) | (bytes.charCodeAt(i + 3) & 0x3f)) -
        0x10000;
      units.push(0xd800 + (astral >> 10), 0xdc00 + (astral & 0x3ff));
      i += 4;
    }
    // Stryker disable next-line EqualityOperator: flushing a unit earlier or later gives the same text
    if (units.length >= batchUnits) {
      text += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  return text + String.fromCharCode(...units);
}
