import type { Encoding } from "./input-item.js";
import { detailParams } from "./json-problems.js";
import type { ProblemSink } from "./line-reader.js";

/**
 * Decodes a whole file as a stream of text (for JSON documents, which may be one long
 * line). UTF-8 unless GB18030 is asked for or the bytes are not UTF-8 before any
 * non-ASCII text was seen; a later failure is an error, never a silent misreading.
 */
export class StreamingTextDecoder {
  private decoder: InstanceType<typeof TextDecoder>;
  private encoding: "utf-8" | "gb18030";
  private sawNonAscii = false;
  failed = false;

  constructor(
    private readonly requested: Encoding,
    private readonly onProblem: ProblemSink,
  ) {
    this.encoding = requested === "gb18030" ? "gb18030" : "utf-8";
    this.decoder = new TextDecoder(this.encoding, { fatal: true });
  }

  /** The text of a chunk, or undefined once decoding failed (reported at `line`). */
  decode(chunk: Uint8Array, line: number, last = false): string | undefined {
    if (this.failed) return undefined;
    try {
      const text = this.decoder.decode(chunk, { stream: !last });
      if (!this.sawNonAscii && text.length !== chunk.length) this.sawNonAscii = true;
      return text;
    } catch {
      if (this.requested === "auto" && this.encoding === "utf-8" && !this.sawNonAscii) {
        this.encoding = "gb18030";
        this.decoder = new TextDecoder("gb18030", { fatal: true });
        this.onProblem(
          "input.encoding",
          detailParams("decoded-as-gb18030", { encoding: "gb18030" }),
          line,
          "warning",
          false,
        );
        return this.decode(chunk, line, last);
      }
      this.failed = true;
      this.onProblem("input.encoding", detailParams(this.encoding === "utf-8" ? "file-not-utf-8" : "file-not-gb18030"), line);
      return undefined;
    }
  }
}
