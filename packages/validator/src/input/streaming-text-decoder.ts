import { findInvalidUtf8 } from "./find-invalid-utf8.js";
import type { Encoding } from "./input-item.js";

/** A chunk's text. */
export interface DecodedText {
  text: string;
  /**
   * Offsets in `text` of the U+FFFD that stand for bytes invalid in the file's encoding,
   * ascending (a U+FFFD written in the file is not among them). Each replaces one invalid
   * sequence as the WHATWG decoders do, never an ASCII byte: the JSON structure around it
   * reads as written.
   */
  bad: number[];
  /** Offset in `text` from which the file is read as GB18030 (`--encoding auto`), when it was found to be in this chunk. */
  gb18030At?: number;
}

const empty = new Uint8Array(0);
const replacement = "\uFFFD";

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/** A UTF-8 lead byte's sequence length (0: no lead byte) and the range its second byte must be in. */
function utf8Lead(lead: number): { size: number; low: number; high: number } {
  if (lead >= 0xc2 && lead <= 0xdf) return { size: 2, low: 0x80, high: 0xbf };
  if (lead >= 0xe0 && lead <= 0xef) return { size: 3, low: lead === 0xe0 ? 0xa0 : 0x80, high: lead === 0xed ? 0x9f : 0xbf };
  if (lead >= 0xf0 && lead <= 0xf4) return { size: 4, low: lead === 0xf0 ? 0x90 : 0x80, high: lead === 0xf4 ? 0x8f : 0xbf };
  return { size: 0, low: 0, high: 0 };
}

/** Where a UTF-8 character that more bytes may still complete starts (a well-formed start at `end`), else `end`. */
function utf8Cut(bytes: Uint8Array, from: number, end: number): number {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator: a bound for speed only: past three continuation bytes any lead byte is complete, and before `from` is nothing (undefined) or a byte-order mark's EF BB BF: the cut is `end` either way
  for (let k = 1; k <= 3 && end - k >= from; k++) {
    const byte = bytes[end - k]!;
    if (byte < 0x80) return end;
    if (byte < 0xc0) continue; // a continuation byte: its lead is further back
    const { size, low, high } = utf8Lead(byte);
    if (size <= k) return end;
    // Stryker disable next-line ConditionalExpression: for k = 1 the second byte is past the end (undefined), which passes both comparisons
    if (k >= 2) {
      const second = bytes[end - k + 1]!;
      if (second < low || second > high) return end;
    }
    return end - k;
  }
  return end;
}

/**
 * How many bytes the invalid UTF-8 sequence at `at` takes: its longest well-formed start, at
 * least one byte. Being invalid, it has a byte short of its size that is out of range, or it
 * is cut: the byte after the decoded ones is then none (undefined, in no range) or the lead
 * byte of a character kept for the next chunk (in no continuation range).
 */
function utf8InvalidLength(bytes: Uint8Array, at: number): number {
  const { size, low, high } = utf8Lead(bytes[at]!);
  if (size === 0) return 1;
  const second = bytes[at + 1]!;
  if (!(second >= low && second <= high)) return 1;
  let length = 2;
  while (bytes[at + length]! >= 0x80 && bytes[at + length]! <= 0xbf) length++;
  return length;
}

/**
 * The GB18030 sequence at `at` as the WHATWG decoder reads it: its length when it is a
 * character; minus the bytes it drops when it is invalid (an ASCII byte after a lead
 * byte is read again, on its own); 0 when `end` cuts it short.
 */
function gb18030Step(bytes: Uint8Array, at: number, end: number): number {
  const first = bytes[at]!;
  if (first <= 0x80) return 1; // ASCII, and 0x80 (€)
  if (first === 0xff) return -1;
  if (at + 1 >= end) return 0;
  const second = bytes[at + 1]!;
  if (second >= 0x30 && second <= 0x39) {
    // A third byte past `end` is none (undefined, in neither range): the fourth is cut short too.
    const third = bytes[at + 2]!;
    if (third < 0x81 || third > 0xfe) return -1;
    if (at + 3 >= end) return 0;
    const fourth = bytes[at + 3]!;
    if (fourth < 0x30 || fourth > 0x39) return -1;
    const pointer = (first - 0x81) * 12600 + (second - 0x30) * 1260 + (third - 0x81) * 10 + (fourth - 0x30);
    return (pointer > 39419 && pointer < 189000) || pointer > 1237575 ? -4 : 4;
  }
  if ((second >= 0x40 && second <= 0x7e) || (second >= 0x80 && second <= 0xfe)) return 2;
  return second === 0xff ? -2 : -1; // 0xFF is dropped with the lead byte, any other byte is read again
}

/**
 * Where a GB18030 character that more bytes may still complete starts, else `end`. After
 * any byte but a digit or a lead byte (0x81–0xFE) the decoder holds nothing, so the
 * sequences are followed from the last such byte only.
 */
function gb18030Cut(bytes: Uint8Array, from: number, end: number): number {
  let at = end;
  // Stryker disable next-line EqualityOperator: before `from` is nothing (undefined), or ASCII text read as UTF-8 (a digit is a character of its own)
  while (at > from) {
    const byte = bytes[at - 1]!;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: scanning back over more bytes (to `from` at worst) starts at an earlier character (a byte under 0x30 is one) and finds the same cut
    if ((byte >= 0x30 && byte <= 0x39) || (byte >= 0x81 && byte <= 0xfe)) at--;
    else break;
  }
  // Stryker disable next-line EqualityOperator: at `end` the step is 0 (cut short), which returns `end` too
  while (at < end) {
    const step = gb18030Step(bytes, at, end);
    if (step === 0) return at;
    at += Math.abs(step);
  }
  return end;
}

/**
 * Decodes a whole file as a stream of text (for JSON documents, which may be one long
 * line). UTF-8 unless GB18030 is asked for, or, with `--encoding auto`, the first bytes
 * that are not UTF-8 before any non-ASCII text was seen are a GB18030 character: then the
 * file is GB18030 from there (judged on that one character, so never on how the file is
 * cut into chunks). Bytes invalid in the file's encoding are never misread silently: each
 * invalid sequence becomes one U+FFFD whose offset the caller is given, and decoding goes
 * on after it. The caller gets whole characters only: the bytes of one that a chunk cuts
 * are kept (copied) for the next, so a bad byte is found at one place however the file is
 * chunked. The byte-order mark a file may start with is dropped (UTF-8's, or GB18030's in
 * a GB18030 file); a second one is text (U+FEFF).
 */
export class StreamingTextDecoder {
  private encoding: "utf-8" | "gb18030";
  private decoder: InstanceType<typeof TextDecoder>;
  private sawNonAscii = false;
  /** Bytes of a character the last chunk cut, kept for the next. */
  private carry: Uint8Array = empty;
  /** No byte of the file was decoded yet (where a byte-order mark may be). */
  private atStart = true;

  constructor(private readonly requested: Encoding) {
    this.encoding = requested === "gb18030" ? "gb18030" : "utf-8";
    this.decoder = this.newDecoder();
  }

  /**
   * A fatal decoder of the file's encoding. Never streaming: it is given whole characters
   * (the bytes of one cut by the chunk's end are kept here), and a character cut short at the
   * end of the bytes it is given is invalid, never held back.
   */
  private newDecoder(): InstanceType<typeof TextDecoder> {
    return new TextDecoder(this.encoding, { fatal: true, ignoreBOM: true });
  }

  /** True once the file is read as GB18030. */
  get isGb18030(): boolean {
    return this.encoding === "gb18030";
  }

  /** The text of a chunk (after the bytes kept from the one before); `last` ends the file. */
  decode(chunk: Uint8Array, last = false): DecodedText {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: joining an empty carry gives the same bytes, only copied
    const bytes = this.carry.length > 0 ? concat(this.carry, chunk) : chunk;
    let from = 0;
    if (this.atStart && this.encoding === "utf-8" && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      from = 3;
      this.sawNonAscii = true; // a UTF-8 byte-order mark says UTF-8
    }
    let end = last ? bytes.length : this.cut(bytes, from);
    const whole = this.decodeWhole(bytes, from, end);
    const result: DecodedText = whole === undefined ? { text: "", bad: [] } : { text: whole, bad: [] };
    if (whole === undefined) end = this.decodeInvalid(bytes, from, end, last, result);
    if (this.atStart && end > 0) {
      this.atStart = false;
      // GB18030 from the first byte on (a UTF-8 byte-order mark says UTF-8), so any gb18030At is 0.
      if (this.encoding === "gb18030" && result.text.charCodeAt(0) === 0xfeff) {
        result.text = result.text.slice(1);
        result.bad = result.bad.map((offset) => offset - 1);
      }
    }
    // A copy: the caller may reuse the chunk's buffer.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a slice from the end is empty too
    this.carry = end < bytes.length ? Uint8Array.prototype.slice.call(bytes, end) : empty;
    return result;
  }

  private cut(bytes: Uint8Array, from: number): number {
    return this.encoding === "utf-8" ? utf8Cut(bytes, from, bytes.length) : gb18030Cut(bytes, from, bytes.length);
  }

  /** The bytes' text when they are all valid, else undefined. */
  private decodeWhole(bytes: Uint8Array, from: number, end: number): string | undefined {
    try {
      const text = this.decoder.decode(bytes.subarray(from, end));
      if (!this.sawNonAscii && text.length !== end - from) this.sawNonAscii = true;
      return text;
    } catch {
      // invalid
    }
    return undefined;
  }

  /**
   * The slow path, for bytes with invalid sequences: the valid runs decoded, each invalid
   * sequence one U+FFFD, added to `result`. Returns where the decoded bytes end: earlier
   * than `end` when the file may turn out GB18030 at a character the next chunk completes,
   * later when it turned GB18030 (whose characters end elsewhere).
   */
  private decodeInvalid(bytes: Uint8Array, from: number, end: number, last: boolean, result: DecodedText): number {
    let runFrom = from;
    const invalid = (): void => {
      result.bad.push(result.text.length);
      result.text += replacement;
    };
    /** The valid bytes from `runFrom` to `runEnd`. */
    const flush = (runEnd: number): void => {
      const run = this.decodeWhole(bytes, runFrom, runEnd);
      // Stryker disable all: the rest is never run, as the tests comparing every two-byte pair and the four-byte ranges' ends with Node's decoder show
      if (run !== undefined) {
        result.text += run;
        return;
      }
      // The platform's decoder refuses what the WHATWG tables accept (it never did in Node 20): each character on its own.
      for (let at = runFrom; at < runEnd; ) {
        const length = Math.max(1, this.encoding === "utf-8" ? utf8Lead(bytes[at]!).size : gb18030Step(bytes, at, runEnd));
        const character = this.decodeWhole(bytes, at, at + length);
        if (character === undefined) invalid();
        else result.text += character;
        at += length;
      }
    };
    // Stryker restore all
    const skip = (at: number, length: number): void => {
      flush(at);
      invalid();
      runFrom = at + length;
    };
    if (this.encoding === "utf-8") {
      for (;;) {
        const found = findInvalidUtf8(bytes.subarray(runFrom, end));
        if (found === -1) break;
        const at = runFrom + found;
        flush(at);
        runFrom = at;
        if (this.requested === "auto" && !this.sawNonAscii) {
          const step = gb18030Step(bytes, at, bytes.length);
          if (step === 0 && !last) return at; // the next chunk completes the character that decides
          if (step > 0) {
            this.encoding = "gb18030";
            this.decoder = this.newDecoder();
            result.gb18030At = result.text.length;
            end = last ? bytes.length : gb18030Cut(bytes, at, bytes.length);
            const rest = this.decodeWhole(bytes, at, end);
            // Stryker disable next-line ConditionalExpression,BlockStatement: the GB18030 loop below decodes the same bytes to the same text, only slower
            if (rest !== undefined) {
              result.text += rest;
              return end;
            }
            break;
          }
        }
        skip(at, utf8InvalidLength(bytes, at));
      }
    }
    if (this.encoding === "gb18030") {
      for (let at = runFrom; at < end; ) {
        const step = gb18030Step(bytes, at, end);
        if (step > 0) at += step;
        else {
          // A sequence `end` cuts short is cut by the file's end (others wait for the next chunk).
          // Stryker disable next-line ArithmeticOperator: any longer length ends the loop the same way
          const length = step === 0 ? end - at : -step;
          skip(at, length);
          at += length;
        }
      }
    }
    flush(end);
    return end;
  }
}
