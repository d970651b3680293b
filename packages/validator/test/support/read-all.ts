import { Buffer } from "node:buffer";
import type { ChunkReader, InputItem, ReaderOptions } from "../../src/index.js";
import { defaultLimits } from "../../src/index.js";
import type { TextPlatform } from "../../src/input/text-platform.js";

/**
 * Feeds bytes to a reader in chunks of the given sizes (cycled) and returns what it emitted.
 * With `reusedBuffer`, every chunk is a view of one Node Buffer that is overwritten after each
 * push, as a worker's read buffer is: the reader must copy what it keeps.
 */
export function readAll(
  create: (options: ReaderOptions) => ChunkReader,
  bytes: Uint8Array,
  options: {
    chunkSizes?: number[];
    maxRecordBytes?: number;
    maxDepth?: number;
    encoding?: ReaderOptions["encoding"];
    text?: TextPlatform | undefined;
    reusedBuffer?: boolean;
  } = {},
): InputItem[] {
  const items: InputItem[] = [];
  const reader = create({
    file: "test.jsonl",
    encoding: options.encoding ?? "auto",
    limits: { maxRecordBytes: options.maxRecordBytes ?? defaultLimits.maxRecordBytes, maxDepth: options.maxDepth ?? defaultLimits.maxDepth },
    emit: (item) => items.push(item),
    ...(options.text ? { text: options.text } : {}),
  });
  const sizes = options.chunkSizes ?? [bytes.length || 1];
  let offset = 0;
  let turn = 0;
  const reused = options.reusedBuffer ? Buffer.alloc(Math.max(...sizes, 1)) : undefined;
  while (offset < bytes.length && !reader.done) {
    const size = Math.max(1, sizes[turn++ % sizes.length]!);
    const chunk = bytes.subarray(offset, offset + size);
    if (reused) {
      reused.set(chunk);
      reader.push(reused.subarray(0, chunk.length));
      reused.fill(0x7b);
    } else reader.push(chunk.slice());
    offset += size;
  }
  reader.end();
  return items;
}

/** A compact view of items for assertions: `record@line`, `header@line`, `rule@line`. */
export function summarise(items: readonly InputItem[]): string[] {
  return items.map((item) => (item.kind === "error" ? `${item.ruleId}@${item.location.line}` : `${item.kind}@${item.location.line}`));
}
