import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { streamWorkbook } from "@czt/validator/node";
import type { MapInput } from "../map-inputs.js";

/** A file on disk as a mapping input: its bytes streamed in 64 KiB chunks, a workbook's sheets streamed from the zip. */
export function fileInput(path: string): MapInput {
  return {
    name: basename(path),
    bytes: () => createReadStream(path, { highWaterMark: 64 * 1024 }) as AsyncIterable<Uint8Array>,
    sheets: () => streamWorkbook(path),
  };
}
