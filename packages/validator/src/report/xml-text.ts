/**
 * Text for an XML 1.0 attribute or element (JUnit reports of the validator, the
 * conformance harness and the API runner share it): the five special characters
 * escaped, and the control characters XML 1.0 cannot carry even escaped dropped.
 */
export function escapeXml(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) continue;
    out += XML_ENTITIES[char] ?? char;
  }
  return out;
}

const XML_ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
