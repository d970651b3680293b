import type { CellValue } from "../table.js";

/** A CSV row: the line its first cell is on, and its cells. */
export interface CsvRow {
  row: number;
  cells: CellValue[];
}

/** What was detected about a CSV file's text. */
export interface CsvEncoding {
  encoding: "utf-8" | "gb18030";
}

/** Whether a chunk's bytes are UTF-8, ignoring a character cut at its end. */
function isUtf8(bytes: Uint8Array): boolean {
  let end = bytes.length;
  // Back off over a last character the chunk may have cut (up to 3 continuation bytes).
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const byte = bytes[end - i]!;
    if ((byte & 0xc0) === 0x80) continue;
    if (byte >= 0xc0) end -= i;
    break;
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/** The bytes the encoding is detected from: the first 64 KiB, however the platform chunks the file. */
export const detectionBytes = 64 * 1024;

/** Chunks regrouped so that the first holds the first `detectionBytes` (or the whole file when smaller). */
async function* withDetectionChunk(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let head: Uint8Array[] | undefined = [];
  let headBytes = 0;
  for await (const chunk of chunks) {
    if (!head) {
      yield chunk;
      continue;
    }
    head.push(chunk);
    headBytes += chunk.length;
    if (headBytes < detectionBytes) continue;
    const joined = concat(head, headBytes);
    head = undefined;
    yield joined.subarray(0, detectionBytes);
    if (headBytes > detectionBytes) yield joined.subarray(detectionBytes);
  }
  if (head && headBytes > 0) yield concat(head, headBytes);
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const joined = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

/**
 * The rows of a CSV file's bytes (RFC 4180: quoted cells may hold commas, quotes and line
 * breaks), streamed: UTF-8, else GB18030 (GBK) as `czt validate` detects it, from the first
 * 64 KiB. Rows are numbered by the line they start on, as an editor shows them. Platform-
 * neutral: Node hands it a file stream (`@czt/mapping/node`), the page `File.stream()`.
 */
export async function* csvRows(chunks: AsyncIterable<Uint8Array>, detected: (encoding: CsvEncoding) => void = () => {}): AsyncGenerator<CsvRow> {
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let cells: CellValue[] = [];
  let cell = "";
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let rowStart = 1;
  let first = true;
  const ready: CsvRow[] = [];
  const endCell = () => {
    cells.push(cell);
    cell = "";
    afterQuote = false;
  };
  const endRow = () => {
    endCell();
    ready.push({ row: rowStart, cells });
    cells = [];
  };
  const consume = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (quoted) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i++;
          } else if (i + 1 === text.length) {
            // A quote at the chunk's end: decided by the next chunk (see pending).
            pendingQuote = true;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          if (c === "\n") line++;
          cell += c;
        }
        continue;
      }
      if (c === '"' && cell === "" && !afterQuote) quoted = true;
      else if (c === ",") endCell();
      else if (c === "\n") {
        if (cell.endsWith("\r")) cell = cell.slice(0, -1);
        endRow();
        line++;
        rowStart = line;
      } else cell += c;
    }
  };
  let pendingQuote = false;
  const feed = (text: string) => {
    if (pendingQuote) {
      pendingQuote = false;
      if (text.startsWith('"')) {
        cell += '"';
        text = text.slice(1);
      } else {
        quoted = false;
        afterQuote = true;
      }
    }
    consume(text);
  };
  for await (const bytes of withDetectionChunk(chunks)) {
    if (!decoder) {
      const encoding = isUtf8(bytes) ? "utf-8" : "gb18030";
      detected({ encoding });
      decoder = new TextDecoder(encoding, { ignoreBOM: false });
    }
    let text = decoder.decode(bytes, { stream: true });
    if (first) {
      text = text.replace(/^\uFEFF/, "");
      first = false;
    }
    feed(text);
    yield* ready.splice(0);
  }
  feed(decoder?.decode() ?? "");
  if (pendingQuote) {
    quoted = false;
    pendingQuote = false;
  }
  if (cell !== "" || cells.length > 0) {
    if (cell.endsWith("\r")) cell = cell.slice(0, -1);
    endRow();
  }
  yield* ready.splice(0);
}
