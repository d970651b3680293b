import type { ChunkReader, InputItem, ReaderOptions } from "../../src/index.js";
import { defaultLimits } from "../../src/index.js";
import type { TextPlatform } from "../../src/input/text-platform.js";

/** Feeds bytes to a reader in chunks of the given sizes (cycled) and returns what it emitted. */
export function readAll(
  create: (options: ReaderOptions) => ChunkReader,
  bytes: Uint8Array,
  options: { chunkSizes?: number[]; maxRecordBytes?: number; maxDepth?: number; encoding?: ReaderOptions["encoding"]; text?: TextPlatform | undefined } = {},
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
  while (offset < bytes.length && !reader.done) {
    const size = Math.max(1, sizes[turn++ % sizes.length]!);
    reader.push(bytes.slice(offset, offset + size));
    offset += size;
  }
  reader.end();
  return items;
}

/** A compact view of items for assertions: `record@line`, `header@line`, `rule@line`. */
export function summarise(items: readonly InputItem[]): string[] {
  return items.map((item) => (item.kind === "error" ? `${item.ruleId}@${item.location.line}` : `${item.kind}@${item.location.line}`));
}
