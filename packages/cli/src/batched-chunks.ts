/**
 * Joins small text chunks (one per record) into pieces of about `targetLength` characters.
 * A stream write per record costs more than building the record: each one is a call into
 * the stream machinery, and a file stream hands every buffered batch to the thread pool.
 */
export function* batchedChunks(chunks: Iterable<string>, targetLength = 1 << 18): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    parts.push(chunk);
    length += chunk.length;
    if (length >= targetLength) {
      yield parts.join("");
      parts = [];
      length = 0;
    }
  }
  if (parts.length > 0) yield parts.join("");
}
