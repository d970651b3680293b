import type { Params } from "../rule.js";
import type { ChunkReader, ReaderOptions } from "./chunk-reader.js";
import { detailParams, expectedParams } from "./json-problems.js";
import { parseRecordText } from "./parse-record.js";
import { StreamingTextDecoder } from "./streaming-text-decoder.js";

const quote = 34;
const backslash = 92;
const newline = 10;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xfeff;
}

/**
 * A JSON document: an export package `{ …, "records": [ … ] }`, an array of records, or
 * one record. A structural scanner finds where each record starts (line and column) and
 * hands its text to JSON.parse on its own, so a large file is streamed and one bad
 * record does not lose the others.
 */
export function createJsonDocumentReader({ file, encoding, limits, emit }: ReaderOptions): ChunkReader {
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
  let inRecords = false;

  // The top-level object's text up to its `records` member, or the whole object when it is one record.
  let topParts: string[] = [];
  let topFrom = -1;
  let topSize = 0;
  let topTooLong = false;
  let topIsArray = false;
  let expectKey = false;
  let keyParts: string[] = [];
  let keyFrom = -1;
  let lastKey = "";

  // The element being captured.
  let elParts: string[] = [];
  let elFrom = -1;
  let elSize = 0;
  let elActive = false;
  let elLine = 0;
  let elColumn = 0;
  let elTooLong = false;
  let elTooDeep = false;
  let elIsScalar = false;

  const problem = (ruleId: string, params: Params, at: number, col?: number, lost = true): void => {
    const location = { file, line: at, recordIndex: lost ? recordIndex++ : -1 };
    emit({ kind: "error", ruleId, params, location: col ? { ...location, column: col } : location, lostRecord: lost });
  };

  const decoder = new StreamingTextDecoder(encoding, (ruleId, params, at, severity, lostRecord) => {
    const location = { file, line: at, recordIndex: -1 };
    emit(severity ? { kind: "error", ruleId, params, location, severity, lostRecord: lostRecord ?? false } : { kind: "error", ruleId, params, location, lostRecord: false });
  });

  function finishElement(text: string): void {
    elActive = false;
    if (elTooLong) {
      problem("input.line-too-long", { limit: limits.maxRecordBytes }, elLine, elColumn);
      return;
    }
    if (elTooDeep) {
      problem("input.too-deep", { limit: limits.maxDepth }, elLine, elColumn);
      return;
    }
    const outcome = parseRecordText(text, limits.maxDepth, false);
    if (!outcome.ok) {
      problem(outcome.ruleId, outcome.params, elLine, elColumn);
      return;
    }
    emit({ kind: "record", value: outcome.value, location: { file, line: elLine, column: elColumn, recordIndex: recordIndex++ } });
  }

  function emitHeader(text: string): void {
    const headerText = `${text.replace(/,?\s*"records"\s*:\s*$/, "")}}`;
    const outcome = parseRecordText(headerText, limits.maxDepth, false);
    if (outcome.ok) emit({ kind: "header", value: outcome.value, location: { file, line: 1, recordIndex: -1 } });
    else problem(outcome.ruleId, outcome.params, 1, undefined, false);
  }

  function scan(text: string): void {
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === newline) {
        line++;
        column = 0;
        if (!inString) continue;
      } else {
        column++;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (c === backslash) escaped = true;
        else if (c === quote) {
          inString = false;
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
          problem("input.malformed-json", expectedParams("end-of-text"), line, column, false);
        }
        continue;
      }
      if (!started) {
        started = true;
        if (c === 91) {
          topIsArray = true;
          recordsDepth = 1;
          inRecords = true;
          depth = 1;
          continue;
        }
        if (c === 123) {
          depth = 1;
          expectKey = true;
          topFrom = i;
          continue;
        }
        problem("input.malformed-json", expectedParams("object-or-array"), line, column);
        done = true;
        return;
      }
      // Start of a record element.
      if (inRecords && depth === recordsDepth && !elActive && c !== 44 && c !== 93) {
        elActive = true;
        elLine = line;
        elColumn = column;
        elParts = [];
        elFrom = i;
        elSize = 0;
        elTooLong = false;
        elTooDeep = false;
        elIsScalar = c !== 123 && c !== 91;
      }
      if (elActive && elIsScalar && depth === recordsDepth && (c === 44 || c === 93)) {
        elParts.push(text.slice(elFrom, i));
        finishElement(elParts.join(""));
      }
      switch (c) {
        case quote:
          inString = true;
          if (!topIsArray && depth === 1 && expectKey) {
            keyFrom = i + 1;
            expectKey = false;
          }
          break;
        case 123: // {
        case 91: // [
          depth++;
          if (elActive && depth - recordsDepth > limits.maxDepth) elTooDeep = true;
          if (!topIsArray && depth === 2 && c === 91 && lastKey === "records" && !inRecords && recordsDepth === 0) {
            recordsDepth = 2;
            inRecords = true;
            if (topFrom >= 0) topParts.push(text.slice(topFrom, i));
            topFrom = -1;
            if (!topTooLong) emitHeader(topParts.join(""));
            topParts = [];
          }
          break;
        case 125: // }
        case 93: // ]
          depth--;
          if (elActive && !elIsScalar && depth === recordsDepth) {
            if (!elTooLong && !elTooDeep) elParts.push(text.slice(elFrom, i + 1));
            finishElement(elParts.join(""));
          }
          if (inRecords && depth < recordsDepth) inRecords = false;
          if (depth === 0) {
            finished = true;
            if (!topIsArray && recordsDepth === 0) {
              // No records member: the document is one record.
              if (topFrom >= 0) topParts.push(text.slice(topFrom, i + 1));
              topFrom = -1;
              if (topTooLong) problem("input.line-too-long", { limit: limits.maxRecordBytes }, 1, 1);
              else {
                const outcome = parseRecordText(topParts.join(""), limits.maxDepth, false);
                if (outcome.ok) emit({ kind: "record", value: outcome.value, location: { file, line: 1, column: 1, recordIndex: recordIndex++ } });
                else problem(outcome.ruleId, outcome.params, 1, 1);
              }
              topParts = [];
            }
          }
          break;
        case 44: // ,
          if (!topIsArray && depth === 1) expectKey = true;
          break;
        default:
          break;
      }
    }
    // Carry the captures over to the next chunk, within the size limit.
    if (elActive && !elIsScalar && elFrom >= 0 && !elTooLong) {
      const part = text.slice(elFrom);
      elSize += part.length;
      if (elSize > limits.maxRecordBytes) {
        elTooLong = true;
        elParts = [];
      } else elParts.push(part);
    }
    if (elActive && elIsScalar) elParts.push(text.slice(elFrom));
    if (elActive) elFrom = 0;
    if (topFrom >= 0) {
      const part = text.slice(topFrom);
      topSize += part.length;
      if (topSize > limits.maxRecordBytes) {
        topTooLong = true;
        topParts = [];
        topFrom = -1;
      } else {
        topParts.push(part);
        topFrom = 0;
      }
    } else if (!topTooLong && !topIsArray && started && !finished && recordsDepth === 0) {
      topFrom = 0;
    }
    if (keyFrom >= 0) {
      keyParts.push(text.slice(keyFrom));
      keyFrom = 0;
    }
  }

  return {
    push(chunk) {
      if (done) return;
      if (!started && chunk.subarray(0, 8192).indexOf(0) !== -1) {
        problem("input.binary", {}, 1);
        done = true;
        return;
      }
      const text = decoder.decode(chunk, line);
      if (text === undefined) {
        done = true;
        return;
      }
      scan(text);
    },
    end() {
      if (done) return;
      const rest = decoder.decode(new Uint8Array(0), line, true);
      if (rest) scan(rest);
      if (!started) {
        problem("input.truncated", detailParams("file-empty"), 1, undefined, false);
        return;
      }
      if (!finished) {
        if (elActive) problem("input.truncated", detailParams("cut-short"), elLine, elColumn);
        else problem("input.truncated", detailParams("document-cut-short"), line, undefined, false);
      }
    },
    get done() {
      return done;
    },
  };
}
