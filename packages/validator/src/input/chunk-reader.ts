import type { Encoding, InputItem, ReaderLimits } from "./input-item.js";
import type { TextPlatform } from "./text-platform.js";

/** A reader fed with the bytes of one file, chunk by chunk, that emits input items as it goes. */
export interface ChunkReader {
  /** Reads a chunk; it may not keep `chunk` (or a view of it) after returning: the caller reuses the buffer. */
  push(chunk: Uint8Array): void;
  end(): void;
  /** True when the rest of the input is pointless to read (e.g. a binary file). */
  readonly done: boolean;
}

export interface ReaderOptions {
  file: string;
  encoding: Encoding;
  limits: ReaderLimits;
  emit: (item: InputItem) => void;
  /** Faster platform text functions for line-based formats (optional). */
  text?: TextPlatform;
  /**
   * JSON documents: the package's members, read by a first pass over the file
   * (`membersOnly`), so that the header is whole before the first record is checked
   * even when members follow the records.
   */
  packageMembers?: Record<string, unknown>;
  /** JSON documents: the first pass — emit only the header, from all the package's members, at the end. */
  membersOnly?: boolean;
}
