/**
 * Text for an XML 1.0 attribute or element (JUnit reports of the validator, the
 * conformance harness and the API runner share it): the five special characters
 * escaped, and the characters XML 1.0 cannot carry even escaped dropped (controls other
 * than tab, LF and CR; lone surrogates; U+FFFE and U+FFFF). Data shown to people goes
 * through `displayText` first, which makes those characters visible instead.
 */
export function escapeXml(text: string): string {
  // Most text has nothing to escape or drop: return it without walking it character by character.
  if (!needsEscaping.test(text)) return text;
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 ? code !== 0x09 && code !== 0x0a && code !== 0x0d : (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) continue;
    out += XML_ENTITIES[char] ?? char;
  }
  return out;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const needsEscaping = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

const XML_ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
