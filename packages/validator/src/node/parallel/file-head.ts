import { isUtf8 } from "node:buffer";
import type { FileHandle } from "node:fs/promises";
import type { Encoding, ReaderLimits } from "../../input/input-item.js";
import { parseRecordText } from "../../input/parse-record.js";

/** How a JSON Lines file starts, as far as cutting it into byte ranges is concerned. */
export interface FileHead {
  /** Where the records start: after the header line, else 0 (a byte-order mark is the reader's business). */
  dataStart: number;
  /** The header (line 1), when there is one. */
  header?: Record<string, unknown>;
}

/** How much of the file start is checked to be UTF-8 before workers are trusted with it. */
export const headBytes = 4 * 1024 * 1024;
const binarySniffBytes = 8192;

function isBlank(text: string): boolean {
  return text.trim().length === 0;
}

/**
 * Reads the start of a file and decides whether its slices can go to workers: undefined
 * when the one-thread reader must read it — not UTF-8 from the start (it may be GB18030),
 * UTF-16 or binary, or a first line that is blank, too long or not JSON (whether a later
 * line is a header depends on it). Otherwise, where the records start and the header.
 */
export async function readFileHead(handle: FileHandle, size: number, encoding: Encoding, limits: ReaderLimits): Promise<FileHead | undefined> {
  const head = new Uint8Array(Math.min(size, headBytes));
  const { bytesRead } = await handle.read(head, 0, head.length, 0);
  const bytes = head.subarray(0, bytesRead);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined;
  if (bytes.subarray(0, binarySniffBytes).indexOf(0) !== -1) return undefined;
  const lastNewline = bytes.lastIndexOf(10);
  if (lastNewline === -1) return undefined;
  if (encoding !== "utf-8" && !isUtf8(bytes.subarray(0, lastNewline + 1))) return undefined;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const end = bytes.indexOf(10, bom);
  if (end - bom > limits.maxRecordBytes) return undefined;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(bom, end));
  } catch {
    return undefined;
  }
  if (isBlank(text)) return undefined;
  const outcome = parseRecordText(text, limits.maxDepth, false);
  if (!outcome.ok) return undefined;
  const value = outcome.value;
  if (typeof value === "object" && value !== null && !Array.isArray(value) && (value as Record<string, unknown>)["recordType"] === "header") {
    return { dataStart: end + 1, header: value as Record<string, unknown> };
  }
  return { dataStart: 0 };
}
