/**
 * Text functions of the platform that the line-based readers use when given them: Node
 * has fast native ones (SIMD UTF-8 check, one-byte strings); without them the readers
 * use TextDecoder, which is all a browser needs.
 */
export interface TextPlatform {
  /** True when the bytes are valid UTF-8. */
  isUtf8(bytes: Uint8Array): boolean;
  /** Bytes known to be valid UTF-8, decoded. */
  utf8(bytes: Uint8Array): string;
  /**
   * Cuts strings of one character per byte (ISO-8859-1) out of `bytes`: one-byte
   * strings, which JSON.parse reads fastest.
   */
  latin1Slicer(bytes: Uint8Array): (start: number, end: number) => string;
  /** How many characters of a one-byte string are not ASCII (a native count is far faster than a loop). */
  countNonAscii(text: string): number;
}
