import { Buffer } from "node:buffer";

/** Reads bytes of a file at a position into `into`; returns how many (0 at the end of the file). */
export type ReadAt = (into: Uint8Array, position: number) => number;

const newline = 10;

/** Newlines in bytes [from, to) of `view` (Buffer#indexOf: about twice as fast as Uint8Array's). */
function countNewlines(view: Buffer, from: number, to: number): number {
  let count = 0;
  for (let at = view.indexOf(newline, from); at !== -1 && at < to; at = view.indexOf(newline, at + 1)) count++;
  return count;
}

/**
 * Hands `onChunk` the bytes (Buffers) of the lines whose first byte lies in [start, end), in chunks
 * of at most `buffer.length` bytes read with `readAt` (views of `buffer`, valid only during
 * the call): a line begins at 0 or after a newline, so the partial line at `start` is left
 * to the range before, and the last line is read past `end` up to its newline (or the end
 * of the file). Nothing is held between reads, however long a line is, so a line over the
 * reader's limit is skipped by the reader as usual, and only by the range it starts in.
 * Returns the number of newlines handed out: the next range's first line number is this
 * range's plus that.
 */
export function feedRange(readAt: ReadAt, start: number, end: number, buffer: Uint8Array, onChunk: (bytes: Uint8Array) => void): number {
  // `position` is the file offset of buffer[0]; bytes [from, filled) are still to hand out.
  let position = start === 0 ? 0 : start - 1;
  let filled = readAt(buffer, position);
  let from = 0;
  if (start > 0) {
    // The first line start at or after `start`: just past the first newline from start − 1.
    for (;;) {
      if (filled === 0) return 0;
      const at = buffer.subarray(0, filled).indexOf(newline);
      if (at !== -1) {
        from = at + 1;
        break;
      }
      position += filled;
      if (position >= end) return 0;
      filled = readAt(buffer, position);
    }
  }
  if (position + from >= end) return 0;
  let newlines = 0;
  for (;;) {
    if (filled === 0) return newlines;
    const bytes = buffer.subarray(0, filled);
    const view = Buffer.from(buffer.buffer, buffer.byteOffset, filled);
    // The last line ends at the first newline at or after end − 1.
    const searchFrom = Math.max(from, end - 1 - position);
    const stop = searchFrom < filled ? bytes.indexOf(newline, searchFrom) : -1;
    const to = stop === -1 ? filled : stop + 1;
    // A Buffer, not a Uint8Array: the reader's per-line indexOf is then Buffer's too.
    const chunk = view.subarray(from, to);
    if (chunk.length > 0) {
      newlines += countNewlines(view, from, to);
      onChunk(chunk);
    }
    if (stop !== -1) return newlines;
    position += filled;
    from = 0;
    filled = readAt(buffer, position);
  }
}
