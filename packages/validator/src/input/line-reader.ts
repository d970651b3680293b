import type { Params, Severity } from "../rule.js";
import { findInvalidUtf8 } from "./find-invalid-utf8.js";
import { type Detail, detailParams } from "./json-problems.js";
import type { Encoding, ReaderLimits } from "./input-item.js";
import type { TextPlatform } from "./text-platform.js";

/** `isBytes`: the text is a bytes string of valid UTF-8 (see utf8-bytes-string.ts), not decoded. */
export type LineSink = (text: string, line: number, lastWithoutNewline: boolean, isBytes: boolean) => void;

export type ProblemSink = (ruleId: string, params: Params, line: number, severity?: Severity, lostRecord?: boolean) => void;

const newline = 10;
/** How much of the file start is looked at for NUL bytes to call it binary. */
const binarySniffBytes = 8192;
const nonAsciiByte = /[\x80-\xff]/;

function nonAsciiByteIn(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return true;
  return false;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one 4-byte character: 2 for each half.
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xe000 ? 2 : 3;
  }
  return bytes;
}

function concat(parts: readonly Uint8Array[], extra: Uint8Array): Uint8Array {
  if (parts.length === 0) return extra;
  let length = extra.length;
  for (const part of parts) length += part.length;
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  joined.set(extra, offset);
  return joined;
}

/**
 * Turns byte chunks into numbered lines: decodes (UTF-8, or GB18030 when detected or
 * asked for, never silently wrong), strips the BOM, tolerates CRLF, and skips lines
 * longer than the limit without ever buffering more than the limit. Works on large
 * chunks: one decode and one split per chunk, no per-byte JavaScript loop.
 */
export class LineReader {
  private encoding: "utf-8" | "gb18030";
  private decoder: InstanceType<typeof TextDecoder>;
  private readonly utf8Decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  // No ignoreBOM: it applies to UTF-8 and UTF-16 only.
  private readonly gb18030Decoder = new TextDecoder("gb18030", { fatal: true });
  private readonly auto: boolean;
  /** The file was found to be GB18030 (`--encoding auto`): every later line is checked for UTF-8. */
  private switched = false;
  private sawNonAscii = false;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private skipping = false;
  private started = false;
  /** The first bytes, held until there are enough to judge the file's start. */
  private head: Uint8Array[] = [];
  private headBytes = 0;
  private binary = false;
  /** Number of the next line to hand out. */
  private line = 1;

  constructor(
    encoding: Encoding,
    private readonly limits: ReaderLimits,
    private readonly onLine: LineSink,
    private readonly onProblem: ProblemSink,
    /** Faster platform text functions (Node's), else TextDecoder. */
    private readonly text?: TextPlatform,
    /** Hand out valid UTF-8 lines as bytes strings when the platform can make them (the JSON Lines reader's fast path). */
    private readonly bytesStrings = false,
  ) {
    this.auto = encoding === "auto";
    this.encoding = encoding === "gb18030" ? "gb18030" : "utf-8";
    this.decoder = new TextDecoder(this.encoding, { fatal: true, ignoreBOM: true });
  }

  /** True once the input was found to be binary: the caller may stop feeding it. */
  get isBinary(): boolean {
    return this.binary;
  }

  push(given: Uint8Array): void {
    if (this.binary || given.length === 0) return;
    if (!this.started) {
      // The file's start is judged (UTF-16, binary, byte-order mark) on its first bytes
      // however they are chunked: small chunks are held (copied) until there are enough.
      if (this.headBytes + given.length < binarySniffBytes) {
        this.head.push(Uint8Array.prototype.slice.call(given));
        this.headBytes += given.length;
      } else this.start(this.takeHead(given));
      return;
    }
    this.read(given);
  }

  /** The bytes held so far, followed by `more` (no copy when nothing is held). */
  private takeHead(more: Uint8Array = new Uint8Array(0)): Uint8Array {
    const head = concat(this.head, more);
    // Stryker disable next-line ArrayDeclaration: the head is taken once (on start); emptying it only lets its chunks be collected
    this.head = [];
    this.headBytes = 0;
    return head;
  }

  /** Judges the file's start and reads on. */
  private start(first: Uint8Array): void {
    let chunk = first;
    this.started = true;
    if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
      this.binary = true;
      this.onProblem("input.encoding", detailParams("utf-16"), 1);
      return;
    }
    if (chunk.subarray(0, binarySniffBytes).indexOf(0) !== -1) {
      this.binary = true;
      this.onProblem("input.binary", {}, 1);
      return;
    }
    if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    this.read(chunk);
  }

  private read(chunk: Uint8Array): void {
    let start = 0;
    if (this.skipping) {
      const end = chunk.indexOf(newline);
      if (end === -1) return;
      this.skipping = false;
      this.line++;
      start = end + 1;
    }
    const firstNewline = chunk.indexOf(newline, start);
    if (firstNewline === -1) {
      this.hold(chunk.subarray(start));
      return;
    }
    // The line that straddles the previous chunk and this one.
    const head = concat(this.pending, chunk.subarray(start, firstNewline));
    this.pending = [];
    this.pendingBytes = 0;
    if (head.length > this.limits.maxRecordBytes) this.tooLong();
    else this.emitLines(head, false);
    const lastNewline = chunk.lastIndexOf(newline);
    if (lastNewline > firstNewline) this.emitLines(chunk.subarray(firstNewline + 1, lastNewline), false);
    this.hold(chunk.subarray(lastNewline + 1));
  }

  end(): void {
    if (!this.started && this.headBytes > 0) this.start(this.takeHead());
    // Nothing is pending in a binary file, nor while a long line is skipped.
    if (this.pendingBytes === 0) return;
    const rest = concat(this.pending, new Uint8Array(0));
    this.pendingBytes = 0;
    this.emitLines(rest, true);
  }

  private hold(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    if (this.pendingBytes + bytes.length > this.limits.maxRecordBytes) {
      this.pending = [];
      this.pendingBytes = 0;
      this.skipping = true;
      this.onProblem("input.line-too-long", { limit: this.limits.maxRecordBytes }, this.line);
      return;
    }
    // Copy: the chunk's buffer may be reused by whoever produced it (a worker's read
    // buffer is). Not `bytes.slice()`: on a Node Buffer that is a view, not a copy.
    this.pending.push(Uint8Array.prototype.slice.call(bytes));
    this.pendingBytes += bytes.length;
  }

  private tooLong(): void {
    this.onProblem("input.line-too-long", { limit: this.limits.maxRecordBytes }, this.line);
    this.line++;
  }

  /** The bytes decoded whole in the file's encoding, or undefined when they must be read line by line. */
  private decode(bytes: Uint8Array): string | undefined {
    // Once the file was found to be GB18030, each line is checked for UTF-8 on its own.
    if (this.switched) return undefined;
    if (this.text && this.encoding === "utf-8" && this.text.isUtf8(bytes)) {
      const text = this.text.utf8(bytes);
      if (!this.sawNonAscii && text.length !== bytes.length) this.sawNonAscii = true;
      return text;
    }
    // Stryker disable next-line BlockStatement: without the whole-block decode every line is decoded on its own, to the same text
    try {
      const text = this.decoder.decode(bytes);
      if (!this.sawNonAscii && text.length !== bytes.length) this.sawNonAscii = true;
      return text;
    } catch {
      // Not in the file's encoding: the caller reads the bytes line by line.
    }
    return undefined;
  }

  private isUtf8(bytes: Uint8Array): boolean {
    return this.text ? this.text.isUtf8(bytes) : findInvalidUtf8(bytes) === -1;
  }

  /**
   * One line's text, or why it has none. With `--encoding auto`, the first line that is not
   * UTF-8 before any non-ASCII text was seen makes the file GB18030 (a warning); after
   * that, a line with non-ASCII bytes that is valid UTF-8 is a second encoding in the
   * file: an error on its line, never decoded into mojibake.
   */
  private decodeLine(bytes: Uint8Array): string | { problem: Detail } {
    if (this.encoding === "utf-8") {
      if (this.isUtf8(bytes)) {
        const text = this.utf8Decoder.decode(bytes);
        if (text.length !== bytes.length) this.sawNonAscii = true;
        return text;
      }
      if (!this.auto || this.sawNonAscii) return { problem: "line-not-utf-8" };
      try {
        const text = this.gb18030Decoder.decode(bytes);
        // Stryker disable next-line StringLiteral: every check of the encoding compares it with "utf-8"
        this.encoding = "gb18030";
        this.decoder = this.gb18030Decoder;
        this.switched = true;
        this.onProblem("input.encoding", detailParams("decoded-as-gb18030", { encoding: "gb18030" }), this.line, "warning", false);
        return text;
      } catch {
        return { problem: "line-not-utf-8" };
      }
    }
    if (this.switched && nonAsciiByteIn(bytes) && this.isUtf8(bytes)) return { problem: "mixed-encodings" };
    try {
      return this.gb18030Decoder.decode(bytes);
    } catch {
      return { problem: "line-not-gb18030" };
    }
  }

  /** Decodes bytes holding whole lines (no trailing newline) and hands them out. */
  private emitLines(bytes: Uint8Array, last: boolean): void {
    if (this.bytesStrings && this.text && this.encoding === "utf-8" && this.text.isUtf8(bytes)) {
      this.emitBytesLines(bytes, this.text.latin1Slicer(bytes), last);
      return;
    }
    const text = this.decode(bytes);
    if (text === undefined) {
      this.emitLinesOneByOne(bytes, last);
      return;
    }
    const lines = text.split("\n");
    const count = lines.length;
    const limit = this.limits.maxRecordBytes;
    for (let i = 0; i < count; i++) {
      const line = lines[i]!;
      if (line.length * 3 > limit && utf8Length(line) > limit) this.onProblem("input.line-too-long", { limit }, this.line);
      else this.onLine(line, this.line, last && i === count - 1, false);
      this.line++;
    }
  }

  /**
   * `emitLines` for valid UTF-8, each line as a bytes string of its own: cut from the bytes
   * (no decoding of the chunk, no split), and a line's length is its size in bytes.
   */
  private emitBytesLines(bytes: Uint8Array, slice: (start: number, end: number) => string, last: boolean): void {
    const limit = this.limits.maxRecordBytes;
    const length = bytes.length;
    for (let start = 0; start <= length; ) {
      let end = bytes.indexOf(newline, start);
      if (end === -1) end = length;
      if (end - start > limit) this.onProblem("input.line-too-long", { limit }, this.line);
      else {
        const line = slice(start, end);
        if (!this.sawNonAscii && nonAsciiByte.test(line)) this.sawNonAscii = true;
        this.onLine(line, this.line, last && end === length, true);
      }
      this.line++;
      start = end + 1;
    }
  }

  /** The slow path after a decoding failure (and for a file found to be GB18030): each line on its own, so one bad line costs only itself. */
  private emitLinesOneByOne(bytes: Uint8Array, last: boolean): void {
    const limit = this.limits.maxRecordBytes;
    let start = 0;
    while (start <= bytes.length) {
      let end = bytes.indexOf(newline, start);
      if (end === -1) end = bytes.length;
      if (end - start > limit) this.onProblem("input.line-too-long", { limit }, this.line);
      else {
        const text = this.decodeLine(bytes.subarray(start, end));
        if (typeof text !== "string") this.onProblem("input.encoding", detailParams(text.problem), this.line);
        else this.onLine(text, this.line, last && end === bytes.length, false);
      }
      this.line++;
      start = end + 1;
    }
  }
}
