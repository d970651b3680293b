import type { ChunkReader, ReaderOptions } from "./chunk-reader.js";
import { LineReader } from "./line-reader.js";
import { parseRecordBytes, parseRecordText } from "./parse-record.js";

/** A line of nothing but spaces, tabs and a CR (or empty): no record. Stops at the first other character. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 13) return false;
  }
  return true;
}

/**
 * JSON Lines: one record per line; an optional first line `{"recordType": "header", …}`.
 * A bad line costs only itself: the records around it are still read.
 */
export function createJsonLinesReader({ file, encoding, limits, emit, text }: ReaderOptions): ChunkReader {
  const countBytes = text ? text.countNonAscii : undefined;
  let recordIndex = 0;
  let first = true;
  const lines = new LineReader(
    encoding,
    limits,
    (text, line, lastWithoutNewline, isBytes) => {
      if (isBlank(text)) return;
      const outcome = isBytes ? parseRecordBytes(text, limits.maxDepth, lastWithoutNewline, countBytes) : parseRecordText(text, limits.maxDepth, lastWithoutNewline);
      if (!outcome.ok) {
        const location = { file, line, recordIndex: recordIndex++ };
        emit({ kind: "error", ruleId: outcome.ruleId, params: outcome.params, location: outcome.column ? { ...location, column: outcome.column } : location });
        return;
      }
      const value = outcome.value;
      if (first && typeof value === "object" && value !== null && (value as { recordType?: unknown }).recordType === "header") {
        first = false;
        emit({ kind: "header", value, location: { file, line, recordIndex: -1 } });
        return;
      }
      first = false;
      emit({ kind: "record", value, location: { file, line, recordIndex: recordIndex++ } });
    },
    (ruleId, params, line, severity, lostRecord) => {
      const lost = lostRecord !== false;
      const location = { file, line, recordIndex: lost ? recordIndex++ : -1 };
      emit(severity ? { kind: "error", ruleId, params, location, severity, lostRecord: lost } : { kind: "error", ruleId, params, location, lostRecord: lost });
    },
    text,
    true,
  );
  return {
    push: (chunk) => lines.push(chunk),
    end: () => lines.end(),
    get done() {
      return lines.isBinary;
    },
  };
}
