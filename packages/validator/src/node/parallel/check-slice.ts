import type { InputItem, ReaderLimits } from "../../input/input-item.js";
import { createJsonLinesReader } from "../../input/json-lines-reader.js";
import type { TextPlatform } from "../../input/text-platform.js";
import type { Finding } from "../../rule.js";
import type { Session } from "../../session.js";
import { createValidator, type Validator, type ValidatorOptions } from "../../validator.js";
import type { SliceResult, SliceTask } from "./messages.js";
import { feedRange, type ReadAt } from "./read-range.js";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A line of its own before a slice that does not start the file (see `check`). */
const leadingNewline = Uint8Array.of(10);

/**
 * Checks slices of JSON Lines files, in a worker thread or on the main thread when every
 * worker is busy: reads the slice's byte range, parses it, runs the schema and record
 * rules and fills a slice-local dataset index — the part that parallelises. One
 * validator serves every slice.
 */
export class SliceChecker {
  private readonly validator: Validator;
  private readonly buffer: Uint8Array;

  constructor(
    options: ValidatorOptions,
    private readonly limits: ReaderLimits,
    private readonly text: TextPlatform,
    readBytes: number,
  ) {
    // The same checks as the main thread's: with dataset rules, a session indexes exactly the
    // records the one-thread session would (it never runs them: it is never finished).
    this.validator = createValidator(options);
    this.buffer = new Uint8Array(readBytes);
  }

  check(task: SliceTask, readAt: ReadAt): SliceResult {
    const session = this.validator.createSession() as Session;
    const header = isPlainObject(task.header) ? task.header : undefined;
    // The header's asOf, version and city, as the one-thread session learns them.
    if (header) session.add({ kind: "header", value: header, location: { file: task.file, line: 1, recordIndex: -1 } });
    const lines: number[] = [];
    let columns: number[] | undefined;
    const invalid: number[] = [];
    const findings: Finding[] = [];
    const findingRecords: number[] = [];
    // A slice after the file's start is fed behind an empty line: the reader then looks for a
    // byte-order mark or binary content only at the file's start, as when it reads the whole file.
    const lineShift = task.start > 0 ? 2 : 1;
    const check = (given: InputItem): void => {
      // The file's header was taken by the main thread: a later header line is a record.
      const item: InputItem = given.kind === "header" ? { kind: "record", value: given.value, location: given.location } : given;
      const countsAsRecord = item.kind === "record" || item.lostRecord !== false;
      const record = countsAsRecord ? lines.length : -1;
      if (countsAsRecord) {
        lines.push(item.location.line - lineShift);
        const column = item.location.column ?? 0;
        if (column > 0) {
          columns ??= new Array<number>(record).fill(0);
          columns.push(column);
        } else columns?.push(0);
      }
      const found = session.add(item);
      // A record of a file whose version is missing or unknown is not checked, and not valid either.
      let isInvalid = (item.kind === "error" && countsAsRecord) || (item.kind === "record" && session.isUncheckedFile(task.file));
      for (const finding of found) {
        finding.line -= lineShift;
        finding.recordIndex = record;
        findings.push(finding);
        findingRecords.push(record);
        if (finding.severity === "error") isInvalid = true;
      }
      if (isInvalid && record >= 0) invalid.push(record);
    };
    const reader = createJsonLinesReader({ file: task.file, encoding: "utf-8", limits: this.limits, emit: check, text: this.text });
    if (task.start > 0) reader.push(leadingNewline);
    const newlines = feedRange(readAt, task.start, task.end, this.buffer, (chunk) => reader.push(chunk));
    reader.end();
    return {
      type: "slice",
      seq: task.seq,
      newlines,
      lines: Uint32Array.from(lines),
      columns: columns ? Uint32Array.from(columns) : undefined,
      invalid: Uint32Array.from(invalid),
      findings,
      findingRecords: Int32Array.from(findingRecords),
      index: session.exportIndexBatch(),
    };
  }
}
