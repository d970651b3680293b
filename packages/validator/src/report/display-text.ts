/**
 * Characters that must not reach a terminal, a CI log or an XML report as they are: C0
 * and C1 controls and DEL (ESC starts colour and OSC 8 link sequences, CR and LF forge
 * lines), the Unicode line and paragraph separators, the bidirectional controls that
 * reorder what a reader sees (U+202E), lone surrogates and the noncharacters U+FFFE/U+FFFF.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const anyUnsafe = new RegExp(unsafe.source);

const named: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * Text from data (values, keys, file names, messages built from them) as it may be shown in
 * a human-readable report: every unsafe character becomes a visible escape (`\n`, `\u001b`,
 * `\u202e`), so data can neither forge report lines, colour a terminal nor print a
 * workflow command, and what is shown still says what the data held.
 * The one place every human-readable format (text, github, junit) escapes data.
 */
export function displayText(text: string): string {
  if (!anyUnsafe.test(text)) return text;
  return text.replace(unsafe, (char) => named[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
