import { createReadStream } from "node:fs";
import type { Encoding, ReaderLimits } from "../input/input-item.js";
import { createJsonDocumentReader } from "../input/json-document-reader.js";

/**
 * The first pass over a JSON document: the package's members (all of them, those after
 * `records` included), or undefined when it is no package or they do not read well (the
 * second pass says why). Records are skipped, not parsed; an array stops the pass.
 */
export async function readPackageMembers(path: string, encoding: Encoding, limits: ReaderLimits, chunkBytes: number): Promise<Record<string, unknown> | undefined> {
  let members: Record<string, unknown> | undefined;
  const reader = createJsonDocumentReader({
    file: path,
    encoding,
    limits,
    membersOnly: true,
    emit: (item) => {
      if (item.kind === "header") members = item.value as Record<string, unknown>;
    },
  });
  const stream = createReadStream(path, { highWaterMark: chunkBytes });
  try {
    for await (const chunk of stream) {
      reader.push(chunk as Uint8Array);
      if (reader.done) break;
    }
    if (!reader.done) reader.end();
  } catch {
    return undefined; // the second pass reports the file system's error
  } finally {
    stream.destroy();
  }
  return members;
}
