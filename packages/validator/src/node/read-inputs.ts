import { open } from "node:fs/promises";
import { createReader } from "../input/create-reader.js";
import { formatFromName, type InputFormat, sniffFormat } from "../input/detect-format.js";
import { defaultLimits, type Encoding, type InputItem, type ReaderLimits } from "../input/input-item.js";
import type { Params } from "../rule.js";
import { expandPaths, type InputSource } from "./expand-paths.js";
import { detailParams } from "../input/json-problems.js";
import { readPackageMembers } from "./read-package-members.js";
import { readXlsxSource } from "./read-xlsx.js";
import { nodeText } from "./text-platform.js";

export interface ReadOptions {
  encoding?: Encoding;
  limits?: Partial<ReaderLimits>;
  /** Force a format instead of guessing from the name and content. */
  format?: InputFormat;
  cwd?: string;
  stdin?: NodeJS.ReadableStream;
  /** Called after each chunk with the bytes read so far, for progress display. */
  onBytes?: (bytes: number) => void;
}

/** Large chunks: one decode and one split per MiB keeps the per-record overhead near JSON.parse alone. */
const chunkBytes = 1024 * 1024;

/**
 * The bytes of a file, chunk by chunk, read into one buffer that every chunk reuses: a
 * stream's fresh 1 MiB buffer per chunk is garbage the collector frees only every few
 * dozen chunks, and those dead buffers were up to 60 MB of a run's peak memory. Each
 * chunk is valid until the next is asked for; readers copy what they keep (ChunkReader).
 */
async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const buffer = new Uint8Array(chunkBytes);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, chunkBytes, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

function unreadable(file: string, params: Params): InputItem {
  return { kind: "error", ruleId: "input.unreadable", params, location: { file, line: 0, recordIndex: -1 }, lostRecord: false };
}

/**
 * Reads one source. With a sink, items go to it as soon as they are read (nothing is
 * yielded), so a record is checked while it is still young — cheaper for the garbage
 * collector than batching a whole chunk of parsed records.
 */
async function* readSource(source: InputSource, options: ReadOptions, limits: ReaderLimits, sink?: (item: InputItem) => void): AsyncGenerator<InputItem[]> {
  if (source.kind === "missing") {
    const item = unreadable(source.display, detailParams(source.reason, source.errorCode === undefined ? { file: source.display } : { file: source.display, code: source.errorCode }));
    if (sink) sink(item);
    else yield [item];
    return;
  }
  const file = source.kind === "stdin" ? "<stdin>" : source.display;
  if (source.kind === "file" && source.path.toLowerCase().endsWith(".xlsx")) {
    const items: InputItem[] = [];
    await readXlsxSource(source.path, file, limits, sink ?? ((item) => items.push(item)));
    if (items.length > 0) yield items;
    return;
  }
  // A file's chunks close it when the loop leaves them (done, binary or an error); stdin is left open.
  const stream = source.kind === "stdin" ? (options.stdin ?? process.stdin) : fileChunks(source.path);
  let batch: InputItem[] = [];
  const emit =
    sink ??
    ((item: InputItem) => {
      batch.push(item);
    });
  let reader: ReturnType<typeof createReader> | undefined;
  let bytes = 0;
  try {
    for await (const data of stream) {
      const chunk = typeof data === "string" ? new TextEncoder().encode(data) : (data as Uint8Array);
      bytes += chunk.length;
      if (!reader) {
        const format = options.format ?? (source.kind === "file" ? formatFromName(source.path) : undefined) ?? sniffFormat(chunk);
        const encoding = options.encoding ?? "auto";
        // A package's members may follow its records: a first pass reads them, so the header is whole before the first record.
        const packageMembers = format === "json" && source.kind === "file" ? await readPackageMembers(source.path, encoding, limits, chunkBytes) : undefined;
        reader = createReader(format, { file, encoding, limits, emit, text: nodeText, ...(packageMembers ? { packageMembers } : {}) });
      }
      reader.push(chunk);
      options.onBytes?.(bytes);
      if (batch.length > 0) {
        yield batch;
        batch = [];
      }
      if (reader.done) break;
    }
    if (!reader) reader = createReader(source.kind === "file" ? (formatFromName(source.path) ?? "jsonl") : "jsonl", { file, encoding: options.encoding ?? "auto", limits, emit });
    reader.end();
  } catch (error) {
    // Only the file system's errors (they have a code) mean the input is unreadable; anything else is a bug.
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== "string") throw error;
    if (code === "EISDIR" || code === "EACCES") {
      emit(unreadable(file, detailParams(code === "EISDIR" ? "is-a-directory" : "permission-denied", { file })));
    } else emit(unreadable(file, detailParams("system-error", { file, code })));
  }
  if (batch.length > 0) yield batch;
}

/** Every input item of the given paths, in batches (one per chunk read), in order. */
export async function* readInputBatches(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<InputItem[]> {
  const limits: ReaderLimits = { ...defaultLimits, ...options.limits };
  const sources = await expandPaths(paths, options.cwd ?? process.cwd());
  for (const source of sources) yield* readSource(source, options, limits);
}

/** Hands every input item of the given paths to `sink`, in order, as soon as it is read. */
export async function forEachInput(paths: readonly string[], options: ReadOptions, sink: (item: InputItem) => void): Promise<void> {
  const limits: ReaderLimits = { ...defaultLimits, ...options.limits };
  const sources = await expandPaths(paths, options.cwd ?? process.cwd());
  for (const source of sources) for await (const _ of readSource(source, options, limits, sink));
}

/** Every input item of the given paths (files, directories, globs, `-` for stdin). */
export async function* readInputs(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<InputItem> {
  for await (const batch of readInputBatches(paths, options)) yield* batch;
}
