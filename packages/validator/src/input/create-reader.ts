import type { ChunkReader, ReaderOptions } from "./chunk-reader.js";
import { createCsvReader } from "./csv-reader.js";
import type { InputFormat } from "./detect-format.js";
import { createJsonDocumentReader } from "./json-document-reader.js";
import { createJsonLinesReader } from "./json-lines-reader.js";

export function createReader(format: InputFormat, options: ReaderOptions): ChunkReader {
  switch (format) {
    case "jsonl":
      return createJsonLinesReader(options);
    case "json":
      return createJsonDocumentReader(options);
    case "csv":
      return createCsvReader(options);
  }
}
