import { closeSync, openSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "./io.js";

/** The reader of standard output went away (`czt validate … | head`): stop quietly, as Unix tools do. */
export class OutputClosed extends Error {
  override name = "OutputClosed";
}

/** The report could not be written (a full disk, a read-only file): one line on stderr, exit 2. */
class OutputFailed extends UsageError {
  override name = "OutputFailed";
}

/** A report's destination: text goes in as it is written, in pieces, synchronously; `close` flushes. */
export interface ReportOutput {
  write(chunk: string): void;
  close(): void;
}

/** Pieces are gathered up to this size before a write: one system call per 64 KiB, not per finding. */
const bufferChars = 64 * 1024;

function describe(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  // "ENOSPC: no space left on device, write" → "no space left on device (ENOSPC)"
  return code ? `${message.replace(/^\w+: /, "").replace(/, \w+( .*)?$/, "")} (${code})` : String(message);
}

function buffered(flush: (text: string) => void): ReportOutput {
  let pending: string[] = [];
  let size = 0;
  const drain = () => {
    if (size === 0) return;
    const text = pending.join("");
    pending = [];
    size = 0;
    flush(text);
  };
  return {
    write(chunk) {
      pending.push(chunk);
      size += chunk.length;
      if (size >= bufferChars) drain();
    },
    close: drain,
  };
}

/** Waits a little without returning to the event loop (a full pipe drains meanwhile). */
const pause = (() => {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  return (ms: number) => Atomics.wait(cell, 0, 0, ms);
})();

/**
 * Writes all of `text` to a file descriptor, synchronously: a pipe whose reader is slower
 * than the validator makes the write wait (EAGAIN) instead of queueing the report in
 * memory, and a failure (EPIPE, ENOSPC) comes back from the write that hit it.
 */
function writeAllSync(fd: number, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  for (let offset = 0; offset < bytes.length; ) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      pause(2);
    }
  }
}

/**
 * Standard output. With a file descriptor (the real process), pieces go straight to it
 * (see `writeAllSync`); the reader going away (EPIPE) stops the run quietly, any other
 * failure (a full disk) is one line. An injected stream (in-process tests) is written as is.
 */
export function stdoutOutput(stdout: NodeJS.WritableStream, beforeWrite?: () => void): ReportOutput {
  const fd = (stdout as { fd?: unknown }).fd;
  return buffered((text) => {
    beforeWrite?.();
    if (typeof fd !== "number") {
      stdout.write(text);
      return;
    }
    try {
      writeAllSync(fd, text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EPIPE") throw new OutputClosed("standard output was closed");
      throw new OutputFailed(`cannot write the report to standard output: ${describe(error)}`);
    }
  });
}

/** A file, written with synchronous writes: memory stays flat, and a full disk fails the write that hit it. */
export function fileOutput(path: string, cwd: string): ReportOutput {
  let fd: number;
  try {
    fd = openSync(resolve(cwd, path), "w");
  } catch (error) {
    throw new OutputFailed(`cannot write the report to ${path}: ${describe(error)}`);
  }
  const output = buffered((text) => {
    try {
      writeAllSync(fd, text);
    } catch (error) {
      throw new OutputFailed(`cannot write the report to ${path}: ${describe(error)}`);
    }
  });
  return {
    write: output.write,
    close() {
      try {
        output.close();
      } finally {
        closeSync(fd);
      }
    },
  };
}
