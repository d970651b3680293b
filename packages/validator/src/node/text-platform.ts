import { Buffer, isUtf8 } from "node:buffer";
import type { TextPlatform } from "../input/text-platform.js";

function view(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Node makes a one-byte string of about 1 MB or more an external string, outside the
 * JavaScript heap: the garbage collector does not see it as heap growth, and a file's
 * worth of them stayed alive (+60 MB peak memory at a million records). Smaller parts
 * joined make an ordinary heap string.
 */
const maxHeapStringBytes = 512 * 1024;

function latin1Slicer(bytes: Uint8Array): (start: number, end: number) => string {
  const buffer = view(bytes);
  return (start, end) => {
    if (end - start <= maxHeapStringBytes) return buffer.toString("latin1", start, end);
    let text = "";
    for (let at = start; at < end; at += maxHeapStringBytes) text += buffer.toString("latin1", at, Math.min(end, at + maxHeapStringBytes));
    return text;
  };
}

/** Node's text functions: simdutf's UTF-8 check, and decoders that skip TextDecoder's overhead. */
export const nodeText: TextPlatform = {
  isUtf8: (bytes) => isUtf8(bytes),
  utf8: (bytes) => view(bytes).toString("utf8"),
  latin1Slicer,
  // In UTF-8 a character of a one-byte string takes two bytes when it is not ASCII, else one.
  countNonAscii: (text) => Buffer.byteLength(text, "utf8") - text.length,
};
