const quote = 0x22;
const backslash = 0x5c;
const newline = 0x0a;

/** Where an element of the `records` array starts in the file (line and column count from 1). */
export interface ElementPosition {
  line: number;
  column: number;
  /** Its index in the array. */
  index: number;
}

export interface TopLevelRewriterOptions {
  /** The top-level member whose value is replaced (`schemaVersion`). */
  member: string;
  /** Its new value as JSON text; undefined to keep it (a read-only pass). */
  replacement?: Uint8Array;
  write: (bytes: Uint8Array) => void;
  /**
   * Each element of the top-level `records` array, whole: returns the bytes to write
   * instead, or undefined to keep them. Without it records are copied as they stream by.
   */
  rewriteRecord?: (bytes: Uint8Array, position: ElementPosition) => Uint8Array | undefined;
  /** Line number of the first byte (a JSON Lines header's line). */
  firstLine?: number;
}

type SpanKind = "string" | "container" | "literal";

/** Bytes held back from the output: the member's value being replaced or a record being captured. */
interface Span {
  purpose: "member" | "record";
  kind: SpanKind;
  parts: Uint8Array[];
  position: ElementPosition;
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === newline || byte === 0x0d || byte === 0x09;
}

/** A member name as JSON.parse reads it (`\u0073chemaVersion` is `schemaVersion`). */
function keyText(raw: string): string {
  if (!raw.includes("\\")) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * A streaming pass over a JSON document's bytes that copies them to `write` unchanged
 * except the value of one member of the top-level object (every occurrence) and,
 * when asked, the elements of its `records` array. A structural scan (strings, depth),
 * not a parse: memory holds one record at most, and bytes nobody rewrites are written
 * as they came. UTF-8 (or ASCII) input: in it `"` and `\` are never part of another character.
 */
export class TopLevelRewriter {
  /** `object`, `array` or `other` once the top-level value has started. */
  topKind: "object" | "array" | "other" | undefined;
  /** The top-level object's member names, in order. */
  readonly memberNames: string[] = [];
  /** The original text of each value of `member`, and the line it starts on. */
  readonly memberValues: { text: string; line: number }[] = [];
  /** Text after the top-level value, or a value left open at the end. */
  malformed: { line: number; column: number; reason: string } | undefined;

  private depth = 0;
  private inString = false;
  private escaped = false;
  private finished = false;
  private expectingKey = false;
  private keyBytes: number[] | undefined;
  private currentKey = "";
  private valuePending = false;
  private inRecords = false;
  private elementPending = false;
  private elementIndex = 0;
  private span: Span | undefined;
  private spanFrom = 0;
  private line: number;
  /** Offset (in the whole input) just after the last newline. */
  private lineStart = 0;
  private offset = 0;
  private readonly decoder = new TextDecoder("utf-8");

  constructor(private readonly options: TopLevelRewriterOptions) {
    this.line = options.firstLine ?? 1;
  }

  /** Elements of the `records` array seen so far. */
  get recordCount(): number {
    return this.elementIndex;
  }

  /** Line of the next byte. */
  get currentLine(): number {
    return this.line;
  }

  push(chunk: Uint8Array): void {
    let flushFrom = 0;
    const n = chunk.length;
    for (let i = 0; i < n; i++) {
      const byte = chunk[i]!;
      if (byte === newline) {
        this.line++;
        this.lineStart = this.offset + i + 1;
      }
      if (this.inString) {
        if (this.keyBytes && byte !== quote && this.keyBytes.length < 1024) this.keyBytes.push(byte);
        if (this.escaped) this.escaped = false;
        else if (byte === backslash) this.escaped = true;
        else if (byte === quote) {
          this.inString = false;
          if (this.keyBytes) {
            this.currentKey = keyText(this.decoder.decode(new Uint8Array(this.keyBytes)));
            this.memberNames.push(this.currentKey);
            this.keyBytes = undefined;
            this.expectingKey = false;
          } else if (this.span?.kind === "string" && this.depth === this.spanDepth()) {
            flushFrom = this.closeSpan(chunk, i + 1);
          }
        }
        continue;
      }
      if (this.span?.kind === "literal" && (byte === 0x2c || byte === 0x5d || byte === 0x7d || isSpace(byte))) {
        flushFrom = this.closeSpan(chunk, i);
      }
      if (isSpace(byte)) continue;
      if (this.finished) {
        this.malformed ??= { line: this.line, column: this.offset + i - this.lineStart + 1, reason: "text after the end of the JSON document" };
        continue;
      }
      if (this.depth === 0 && this.topKind === undefined && (byte === 0xef || byte === 0xbb || byte === 0xbf)) continue; // a byte-order mark
      switch (byte) {
        case quote:
          if (this.depth === 1 && this.topKind === "object" && this.expectingKey) this.keyBytes = [];
          else flushFrom = this.valueStarts(chunk, i, "string", flushFrom);
          this.inString = true;
          break;
        case 0x7b: // {
        case 0x5b: // [
          flushFrom = this.valueStarts(chunk, i, "container", flushFrom);
          this.depth++;
          if (this.depth === 1) this.expectingKey = byte === 0x7b;
          break;
        case 0x7d: // }
        case 0x5d: // ]
          this.depth--;
          if (this.span?.kind === "container" && this.depth === this.spanDepth()) flushFrom = this.closeSpan(chunk, i + 1);
          if (this.depth === 1 && this.inRecords) this.inRecords = false;
          if (this.depth <= 0) this.finished = true;
          break;
        case 0x3a: // :
          if (this.depth === 1 && this.topKind === "object") this.valuePending = true;
          break;
        case 0x2c: // ,
          if (this.depth === 1 && this.topKind === "object") this.expectingKey = true;
          else if (this.depth === 2 && this.inRecords) this.elementPending = true;
          break;
        default:
          flushFrom = this.valueStarts(chunk, i, "literal", flushFrom);
      }
    }
    if (this.span) this.span.parts.push(chunk.slice(this.spanFrom));
    else if (flushFrom < n) this.options.write(chunk.subarray(flushFrom));
    this.spanFrom = 0;
    this.offset += n;
  }

  /** Ends the input: a value still open is reported, and anything held back is written as it came. */
  end(): void {
    if (this.span) this.options.write(concat(this.span.parts));
    this.span = undefined;
    if (!this.finished) this.malformed ??= { line: this.line, column: this.offset - this.lineStart + 1, reason: this.topKind === undefined ? "no JSON value" : "the JSON document ends before it is complete" };
  }

  private spanDepth(): number {
    return this.span?.purpose === "member" ? 1 : 2;
  }

  /** A value starts at byte i: the top-level one, a member's value or a record. */
  private valueStarts(chunk: Uint8Array, i: number, kind: SpanKind, flushFrom: number): number {
    if (this.depth === 0 && this.topKind === undefined) {
      this.topKind = chunk[i] === 0x7b ? "object" : chunk[i] === 0x5b ? "array" : "other";
      return flushFrom;
    }
    if (this.depth === 1 && this.valuePending) {
      this.valuePending = false;
      if (this.currentKey === "records" && chunk[i] === 0x5b) {
        this.inRecords = true;
        this.elementPending = true;
        this.elementIndex = 0;
        return flushFrom;
      }
      if (this.currentKey === this.options.member) return this.openSpan(chunk, i, "member", kind, flushFrom);
      return flushFrom;
    }
    if (this.depth === 2 && this.inRecords && this.elementPending) {
      this.elementPending = false;
      if (this.options.rewriteRecord) return this.openSpan(chunk, i, "record", kind, flushFrom);
      this.elementIndex++;
    }
    return flushFrom;
  }

  private openSpan(chunk: Uint8Array, i: number, purpose: Span["purpose"], kind: SpanKind, flushFrom: number): number {
    if (i > flushFrom) this.options.write(chunk.subarray(flushFrom, i));
    const position = { line: this.line, column: this.offset + i - this.lineStart + 1, index: purpose === "record" ? this.elementIndex++ : -1 };
    this.span = { purpose, kind, parts: [], position };
    this.spanFrom = i;
    return i;
  }

  /** The held-back value ends before byte `end`: writes its replacement; returns where copying resumes. */
  private closeSpan(chunk: Uint8Array, end: number): number {
    const span = this.span!;
    this.span = undefined;
    span.parts.push(chunk.subarray(this.spanFrom, end));
    const original = concat(span.parts);
    if (span.purpose === "member") {
      this.memberValues.push({ text: this.decoder.decode(original), line: span.position.line });
      this.options.write(this.options.replacement ?? original);
    } else {
      this.options.write(this.options.rewriteRecord?.(original, span.position) ?? original);
    }
    return end;
  }
}
