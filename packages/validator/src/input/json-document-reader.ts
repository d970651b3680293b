import type { Params } from "../rule.js";
import type { InputItem } from "./input-item.js";
import type { ChunkReader, ReaderOptions } from "./chunk-reader.js";
import { detailParams, expectedParams } from "./json-problems.js";
import { type ParseOutcome, parseRecordText } from "./parse-record.js";
import { type DecodedText, StreamingTextDecoder } from "./streaming-text-decoder.js";

const quote = 34;
const backslash = 92;
const newline = 10;

/** Text read from the file in parts, with the line and column of its first character. */
interface Segment {
  parts: string[];
  line: number;
  column: number;
}

/** Where in the file the character at `offset` of the segments' joined text is. */
function filePosition(segments: readonly Segment[], offset: number): { line: number; column: number } {
  const texts = segments.map((segment) => segment.parts.join(""));
  let index = 0;
  let rest = offset;
  // Stryker disable next-line EqualityOperator: a segment after the first starts at the `]` closing a records array, where JSON.parse never stops, so no offset is at a segment's end
  while (index < texts.length - 1 && rest >= texts[index]!.length) rest -= texts[index++]!.length;
  const segment = segments[index]!;
  const before = texts[index]!.slice(0, rest);
  const lastNewline = before.lastIndexOf("\n");
  if (lastNewline === -1) return { line: segment.line, column: segment.column + rest };
  return { line: segment.line + before.split("\n").length - 1, column: rest - lastNewline };
}

/**
 * JSON whitespace. Not U+FEFF: the decoder drops the one byte-order mark a file may open
 * with, and one anywhere else (a second one, two files joined) is a stray character, where
 * JSON.parse and the JSON Lines reader see malformed JSON too.
 */
function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/**
 * A JSON document: an export package `{ …, "records": [ … ] }`, an array of records, or
 * one record. A structural scanner finds where each record starts (line and column) and
 * hands its text to JSON.parse on its own, so a large file is streamed and one bad
 * record does not lose the others.
 *
 * Bytes invalid in the file's encoding (see StreamingTextDecoder) cost only what holds
 * them: the decoder stands one U+FFFD for each invalid sequence and never for an ASCII
 * byte, so the brackets, quotes and commas around it read as written and the scanner
 * goes on. A record holding one is not parsed but lost with one `input.encoding` error
 * at the first such byte's line and column (counted as read and invalid, as a malformed
 * record is); the records before and after it are read. One in the package's members
 * makes them unread (an error that costs no record; the records are read without the
 * header's context), in a document that is one record loses that record, and one before
 * or after the document is an error of its own. A byte-order mark before the document
 * that is not the file's first bytes (a second one) is an `input.encoding` error there,
 * then passed over: the document is read.
 */
/** Between the elements of a records array: just opened, after a record, after a comma. */
const Between = { Opened: 0, Record: 1, Comma: 2 } as const;
type Between = (typeof Between)[keyof typeof Between];

export function createJsonDocumentReader({ file, encoding, limits, emit: emitItem, packageMembers, membersOnly = false }: ReaderOptions): ChunkReader {
  // The first pass keeps quiet: the second reports every problem.
  const emit = membersOnly ? (item: InputItem) => item.kind === "header" && emitItem(item) : emitItem;
  let line = 1;
  let column = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let started = false;
  let finished = false; // the top-level value is complete
  let trailingReported = false;
  let done = false;
  let recordIndex = 0;
  /** Depth of the record elements (1 in a top-level array, 2 in a package's records); 0 when not known yet. */
  let recordsDepth = 0;
  // Stryker disable next-line BooleanLiteral: read only with depth === recordsDepth, which is 0 until the document starts
  let inRecords = false;
  /** What the records array last had, out of its elements: its `[`, a record, or a comma (each separator is checked). */
  let between: Between = Between.Opened;

  // The top-level object's text without the contents of its `records` arrays (each kept as
  // `[]`): the package's members, read whole at its end; or the whole object when it is one
  // record. Kept in segments, each with where it starts in the file, to locate problems.
  let segments: Segment[] = [];
  let capturing = false;
  // Stryker disable next-line UnaryOperator: set by startSegment before it is read
  let topFrom = -1;
  let topSize = 0;
  let topTooLong = false;
  let topIsArray = false;
  /** A `records` array of the package is open (its contents are records, not captured). */
  let inRecordsArray = false;
  // Stryker disable next-line BooleanLiteral: set when the document starts with { (and read only then)
  let expectKey = false;
  let keyParts: string[] = [];
  let keyFrom = -1;
  // Stryker disable next-line StringLiteral: set by the first name before it is read; only "records" would matter
  let lastKey = "";

  // The element being captured: each is set at the element's start, before it is read.
  // Stryker disable next-line ArrayDeclaration: set at the element's start
  let elParts: string[] = [];
  // Stryker disable next-line UnaryOperator: set at the element's start
  let elFrom = -1;
  let elSize = 0;
  let elActive = false;
  let elLine = 0;
  let elColumn = 0;
  // Stryker disable next-line BooleanLiteral: set at the element's start
  let elTooLong = false;
  // Stryker disable next-line BooleanLiteral: set at the element's start
  let elTooDeep = false;
  // Stryker disable next-line BooleanLiteral: set at the element's start
  let elIsScalar = false;

  const capture = (part: string): void => {
    topSize += part.length;
    if (topSize > limits.maxRecordBytes) {
      topTooLong = true;
      // Stryker disable next-line ArrayDeclaration: the segments of a document over the limit are never read; emptying them frees them
      segments = [];
    } else segments[segments.length - 1]!.parts.push(part);
  };
  const startSegment = (from: number): void => {
    segments.push({ parts: [], line, column });
    topFrom = from;
    capturing = true;
  };

  const problem = (ruleId: string, params: Params, at: number, col?: number, lost = true): void => {
    const location = { file, line: at, recordIndex: lost ? recordIndex++ : -1 };
    emit({ kind: "error", ruleId, params, location: col ? { ...location, column: col } : location, lostRecord: lost });
  };

  const decoder = new StreamingTextDecoder(encoding);
  /** Offset in the chunk's text from which it was read as GB18030, and where the warning that says so is still due (-1: none). */
  let gb18030From = Number.POSITIVE_INFINITY;
  let gb18030WarningAt: number;
  /** Where the first invalid bytes of the record being read are (line 0: none), and in which encoding. */
  let elBadLine = 0;
  let elBadColumn = 0;
  let elBadGb18030: boolean; // set with elBadLine
  /** Where the first invalid bytes in the captured members are (line 0: none), in which encoding, and whether that was reported. */
  let topBadLine = 0;
  let topBadColumn = 0;
  let topBadGb18030: boolean; // set with topBadLine
  let topBadReported = false;
  /** Something stray before the document's start (a second byte-order mark, invalid bytes) was reported. */
  let strayReported = false;

  const notDecoded = (where: "record" | "bytes", gb18030: boolean): Params => detailParams(gb18030 ? `${where}-not-gb18030` : `${where}-not-utf-8`);
  /** The members' invalid bytes, once: an error that costs no record (the document turned out a package, or never ended). */
  const reportTopBad = (): void => {
    if (topBadLine === 0 || topBadReported) return;
    topBadReported = true;
    problem("input.encoding", notDecoded("bytes", topBadGb18030), topBadLine, topBadColumn, false);
  };

  function finishElement(text: string): void {
    elActive = false;
    // Stryker disable next-line ConditionalExpression: the first pass emits headers only; this spares it reading records
    if (membersOnly) return;
    // Bytes invalid in the file's encoding first: the text is not what the file holds, so it is not parsed.
    if (elBadLine > 0) {
      problem("input.encoding", notDecoded("record", elBadGb18030), elBadLine, elBadColumn);
      return;
    }
    // Also a record over the limit read within one chunk (the carry-over checks only those that span chunks).
    if (elTooLong || text.length > limits.maxRecordBytes) {
      problem("input.line-too-long", { limit: limits.maxRecordBytes }, elLine, elColumn);
      return;
    }
    if (elTooDeep) {
      problem("input.too-deep", { limit: limits.maxDepth }, elLine, elColumn);
      return;
    }
    const outcome = parseRecordText(text, limits.maxDepth, false);
    if (!outcome.ok) {
      const at = filePosition([{ parts: [text], line: elLine, column: elColumn }], outcome.offset ?? 0);
      problem(outcome.ruleId, outcome.params, at.line, at.column);
      return;
    }
    emit({ kind: "record", value: outcome.value, location: { file, line: elLine, column: elColumn, recordIndex: recordIndex++ } });
  }

  /** The package's members read so far (`closing` ends the text: the records array and the object). */
  function readMembers(closing: string): ParseOutcome {
    // Stryker disable next-line BooleanLiteral: the members' text ends with the bracket closing them, so no problem is found past it, where a text cut short would be
    return parseRecordText(segments.map((segment) => segment.parts.join("")).join("") + closing, limits.maxDepth, false);
  }

  function emitHeader(value: unknown, contextOnly = false): void {
    const members = { ...(value as Record<string, unknown>) };
    delete members["records"];
    const location = { file, line: 1, recordIndex: -1 };
    emit(contextOnly ? { kind: "header", value: members, location, contextOnly } : { kind: "header", value: members, location });
  }

  /** At the first records array: the members before it are the header, when they read well (else the end reports why). */
  function emitHeaderSoFar(): void {
    if (packageMembers) emitHeader(packageMembers);
    reportTopBad();
    if (topTooLong || membersOnly || packageMembers || topBadLine > 0) return;
    // Read from a stream (no first pass): members may still follow the records, so this
    // header is context only and the whole one is checked at the end.
    const outcome = readMembers("]}");
    if (outcome.ok) emitHeader(outcome.value, true);
  }

  /** At the end of a package: all its members; problems located in the file; the whole header, when it was not checked before. */
  function finishPackage(): void {
    if (topBadLine > 0) {
      reportTopBad();
      return;
    }
    if (topTooLong) {
      problem("input.line-too-long", { limit: limits.maxRecordBytes }, 1, 1, false);
      return;
    }
    const outcome = readMembers("");
    if (!outcome.ok) {
      const at = filePosition(segments, outcome.offset ?? 0);
      problem(outcome.ruleId, outcome.params, at.line, at.column, false);
    } else if (!packageMembers) {
      // Read from a stream (no first pass): the header whole, checked once.
      emitHeader(outcome.value);
    }
  }

  /**
   * Invalid bytes at `offset` of the chunk's text, where the scanner is (in the document, past
   * its start): the record or the members holding them are not read. Out of a record is in the
   * members: between records an invalid byte starts an element of its own.
   */
  function markBad(offset: number): void {
    const gb18030 = offset >= gb18030From;
    if (elActive) {
      if (elBadLine === 0) {
        elBadLine = line;
        elBadColumn = column;
        elBadGb18030 = gb18030;
      }
    } else if (topBadLine === 0) {
      topBadLine = line;
      topBadColumn = column;
      topBadGb18030 = gb18030;
    }
  }

  /** The file was found to be GB18030: a warning on the line where, costing no record. */
  function warnGb18030(): void {
    gb18030WarningAt = -1;
    const location = { file, line, recordIndex: -1 };
    emit({ kind: "error", ruleId: "input.encoding", params: detailParams("decoded-as-gb18030", { encoding: "gb18030" }), location, severity: "warning", lostRecord: false });
  }

  /** `bad`: offsets in the text of the characters that stand for invalid bytes. */
  function scan(text: string, bad: readonly number[]): void {
    const n = text.length;
    let badIndex = 0;
    let nextBad = bad[0] ?? -1;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === newline) {
        line++;
        column = 0;
      } else {
        column++;
      }
      if (i === gb18030WarningAt) warnGb18030();
      const isBad = i === nextBad;
      if (isBad) nextBad = bad[++badIndex] ?? -1;
      if (inString) {
        if (isBad) markBad(i);
        if (escaped) escaped = false;
        else if (c === backslash) escaped = true;
        else if (c === quote) {
          inString = false;
          // Stryker disable next-line ConditionalExpression: a string that is no name empties lastKey, which only malformed text (a string, then `[` with no name between) could tell
          if (keyFrom >= 0) {
            keyParts.push(text.slice(keyFrom, i));
            lastKey = keyParts.join("");
            keyParts = [];
            keyFrom = -1;
          }
        }
        continue;
      }
      if (isSpace(c)) continue;
      if (finished) {
        if (!trailingReported) {
          trailingReported = true;
          if (isBad) problem("input.encoding", notDecoded("bytes", i >= gb18030From), line, column, false);
          else problem("input.malformed-json", expectedParams("end-of-text"), line, column, false);
        }
        continue;
      }
      if (!started) {
        // A byte-order mark past the file's first bytes, or invalid bytes, before the document: an error, passed over (the first only is reported).
        if (isBad || c === 0xfeff) {
          if (!strayReported) {
            strayReported = true;
            problem("input.encoding", isBad ? notDecoded("bytes", i >= gb18030From) : detailParams("stray-byte-order-mark"), line, column, false);
          }
          continue;
        }
        started = true;
        if (c === 91) {
          if (membersOnly) {
            done = true; // an array of records: no members to read
            return;
          }
          topIsArray = true;
          recordsDepth = 1;
          inRecords = true;
          between = Between.Opened;
          depth = 1;
          continue;
        }
        if (c === 123) {
          depth = 1;
          expectKey = true;
          startSegment(i);
          continue;
        }
        problem("input.malformed-json", expectedParams("object-or-array"), line, column);
        done = true;
        return;
      }
      // Start of a record element. (In the records, out of an element is at their depth: deeper is inside one.)
      // Stryker disable next-line ConditionalExpression: depth === recordsDepth holds whenever the rest does (see above); it says where elements start
      if (inRecords && depth === recordsDepth && !elActive && c !== 44 && c !== 93) {
        // `[{…} {…}]`: the record is read all the same, but the file is no JSON another reader takes.
        // (A byte the encoding lacks standing there is reported, and costs a record, on its own.)
        if (between === Between.Record && !isBad) problem("input.malformed-json", expectedParams("comma-or-array-end"), line, column, false);
        between = Between.Record;
        elActive = true;
        elLine = line;
        elColumn = column;
        elParts = [];
        elFrom = i;
        elSize = 0;
        elTooLong = membersOnly; // the first pass keeps no record text
        elTooDeep = false;
        elIsScalar = c !== 123 && c !== 91;
        elBadLine = 0;
      }
      if (isBad) markBad(i);
      if (elActive && elIsScalar && depth === recordsDepth && (c === 44 || c === 93)) {
        elParts.push(text.slice(elFrom, i));
        finishElement(elParts.join(""));
      }
      switch (c) {
        case quote:
          inString = true;
          // Stryker disable next-line ConditionalExpression,LogicalOperator: in valid JSON a member's value follows its name, so any string read as a name leaves the name before a records array right; only malformed text could tell
          if (!topIsArray && depth === 1 && expectKey) {
            keyFrom = i + 1;
            // Stryker disable next-line BooleanLiteral: as above
            expectKey = false;
          }
          break;
        case 123: // {
        case 91: // [
          depth++;
          if (elActive && depth - recordsDepth > limits.maxDepth) elTooDeep = true;
          // Every records array is read as records (a second one is also a duplicate name, found at the end).
          // No array document has one: lastKey is set in an object only.
          if (depth === 2 && c === 91 && lastKey === "records") {
            capture(text.slice(topFrom, i + 1));
            capturing = false;
            inRecordsArray = true;
            inRecords = true;
            between = Between.Opened;
            if (recordsDepth === 0) {
              recordsDepth = 2;
              emitHeaderSoFar();
            }
          }
          break;
        case 125: // }
        case 93: // ]
          depth--;
          if (elActive && !elIsScalar && depth === recordsDepth) {
            // Stryker disable next-line ConditionalExpression,LogicalOperator: only bounds the memory held; finishElement reports a record too long or too deep without its text
            if (!elTooLong && !elTooDeep) elParts.push(text.slice(elFrom, i + 1));
            finishElement(elParts.join(""));
          }
          if (inRecords && depth < recordsDepth) {
            // `[{…},]`: a comma with no record after it.
            if (between === Between.Comma) problem("input.malformed-json", expectedParams("value"), line, column, false);
            inRecords = false;
          }
          if (inRecordsArray && depth === 1) {
            inRecordsArray = false;
            startSegment(i);
          }
          if (depth === 0) {
            finished = true;
            if (capturing) capture(text.slice(topFrom, i + 1));
            capturing = false;
            if (topIsArray) break;
            if (recordsDepth > 0) finishPackage();
            else if (topBadLine > 0) problem("input.encoding", notDecoded("record", topBadGb18030), topBadLine, topBadColumn);
            else if (topTooLong) problem("input.line-too-long", { limit: limits.maxRecordBytes }, 1, 1);
            else {
              // No records member: the document is one record.
              const outcome = readMembers("");
              if (outcome.ok) emit({ kind: "record", value: outcome.value, location: { file, line: 1, column: 1, recordIndex: 0 } });
              else {
                const at = filePosition(segments, outcome.offset ?? 0);
                problem(outcome.ruleId, outcome.params, at.line, at.column);
              }
            }
            // Stryker disable next-line ArrayDeclaration: nothing is captured after the document's end; emptying the segments frees them
            segments = [];
          }
          break;
        case 44: // ,
          if (inRecords && depth === recordsDepth && !elActive) {
            // `[,{…}]`, `[{…},,{…}]`: a comma with no record before it.
            if (between !== Between.Record) problem("input.malformed-json", expectedParams("value"), line, column, false);
            between = Between.Comma;
          }
          // Stryker disable next-line ConditionalExpression,LogicalOperator: see the name above
          if (!topIsArray && depth === 1) expectKey = true;
          break;
      }
    }
    // Carry the captures over to the next chunk, within the size limit.
    // Stryker disable next-line ConditionalExpression: only spares holding text out of an element (an element's start empties its parts)
    if (elActive) {
      // Stryker disable next-line ConditionalExpression: only bounds the memory held: a value that is no object or array is carried whole (its finish measures it), the others within the limit
      if (elIsScalar) elParts.push(text.slice(elFrom));
      // Stryker disable next-line ConditionalExpression: only bounds the memory held (a record over the limit is reported without its text)
      else if (!elTooLong) {
        const part = text.slice(elFrom);
        // Stryker disable next-line AssignmentOperator: only bounds the memory held; finishElement measures the record whole
        elSize += part.length;
        // Stryker disable next-line ConditionalExpression,EqualityOperator: only bounds the memory held; finishElement measures the record whole (a carried part at the limit is followed by its closing bracket at least)
        if (elSize > limits.maxRecordBytes) {
          elTooLong = true;
          // Stryker disable next-line ArrayDeclaration: the parts of a record over the limit are never read; emptying them frees them
          elParts = [];
        } else elParts.push(part);
      }
    }
    elFrom = 0; // read only in an element, which sets it at its start
    if (capturing) {
      capture(text.slice(topFrom));
      topFrom = 0;
    }
    if (keyFrom >= 0) {
      keyParts.push(text.slice(keyFrom));
      keyFrom = 0;
    }
  }

  function read(decoded: DecodedText): void {
    gb18030From = decoded.gb18030At ?? (decoder.isGb18030 ? 0 : Number.POSITIVE_INFINITY);
    gb18030WarningAt = decoded.gb18030At ?? -1;
    scan(decoded.text, decoded.bad);
    // Not reached in the text: the text ended there (a byte-order mark was all of it), or the scan stopped.
    if (gb18030WarningAt >= 0) warnGb18030();
  }

  return {
    push(chunk) {
      if (done) return;
      if (!started && chunk.subarray(0, 8192).indexOf(0) !== -1) {
        problem("input.binary", {}, 1);
        done = true;
        return;
      }
      read(decoder.decode(chunk));
    },
    end() {
      if (done) return;
      read(decoder.decode(new Uint8Array(0), true));
      if (!started) {
        problem("input.truncated", detailParams("file-empty"), 1, undefined, false);
        return;
      }
      if (!finished) {
        reportTopBad();
        if (elActive) problem("input.truncated", detailParams("cut-short"), elLine, elColumn);
        else problem("input.truncated", detailParams("document-cut-short"), line, undefined, false);
      }
    },
    get done() {
      return done;
    },
  };
}
