import type { MigrationProblem } from "./migration-problem.js";
import type { MigrationStep } from "./migration-step.js";
import { migrateRecordText, recordSteps } from "./record-steps.js";
import { type ElementPosition, TopLevelRewriter } from "./top-level-rewriter.js";

export interface MigratorOptions {
  format: "json" | "jsonl";
  /** The version to write (the plan's target). */
  to: string;
  /** The plan's steps, from the declared version to `to` (none when already there). */
  steps: readonly MigrationStep[];
  /** Receives the output in order; the bytes are not reused after the call returns. */
  write: (bytes: Uint8Array) => void;
}

export interface MigrationSummary {
  records: number;
  /** Records a step rewrote. */
  changed: number;
  /** Records no step could rewrite (copied unchanged) and problems of the file. */
  problems: MigrationProblem[];
}

export interface Migrator {
  push(chunk: Uint8Array): void;
  end(): MigrationSummary;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");

/** A rewritten record laid out like the one it replaces: on one line, or indented from its column. */
function layout(record: Record<string, unknown>, original: string, column: number): string {
  if (!original.includes("\n")) return JSON.stringify(record);
  const indent = original.match(/\n([ \t]+)"/)?.[1]?.length ?? column + 1;
  const step = Math.max(1, indent - (column - 1));
  return JSON.stringify(record, null, step).replaceAll("\n", `\n${" ".repeat(column - 1)}`);
}

interface RecordSink {
  records: number;
  changed: number;
  problems: MigrationProblem[];
}

/** Rewrites one record's text with the steps; undefined when it stays as it is. */
function rewrite(text: string, steps: readonly MigrationStep[], where: ElementPosition, sink: RecordSink): string | undefined {
  sink.records++;
  const outcome = migrateRecordText(text, steps);
  if (outcome.kind === "failed") {
    sink.problems.push({ kind: "record", line: where.line, column: where.column, recordIndex: where.index, ...(outcome.id !== undefined ? { recordId: outcome.id } : {}), message: outcome.reason });
    return undefined;
  }
  if (outcome.kind === "unchanged") return undefined;
  sink.changed++;
  return layout(outcome.record, text, where.column);
}

/** An export package: its `schemaVersion` replaced, its records copied or rewritten one at a time. */
function packageMigrator({ to, steps, write }: MigratorOptions): Migrator {
  const sink: RecordSink = { records: 0, changed: 0, problems: [] };
  const changing = recordSteps(steps);
  const rewriter = new TopLevelRewriter({
    member: "schemaVersion",
    replacement: encoder.encode(JSON.stringify(to)),
    write,
    ...(changing.length > 0
      ? {
          rewriteRecord: (bytes: Uint8Array, where: ElementPosition) => {
            const text = rewrite(decoder.decode(bytes), changing, where, sink);
            return text === undefined ? undefined : encoder.encode(text);
          },
        }
      : {}),
  });
  return {
    push: (chunk) => rewriter.push(chunk),
    end() {
      rewriter.end();
      sink.records = rewriter.recordCount;
      if (rewriter.malformed) sink.problems.unshift({ kind: "malformed", line: rewriter.malformed.line, column: rewriter.malformed.column, message: rewriter.malformed.reason });
      return sink;
    },
  };
}

function isSpaceByte(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0d || byte === 0x0a;
}

function isBlank(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (!isSpaceByte(byte)) return false;
  return true;
}

/**
 * JSON Lines: the header line's `schemaVersion` replaced; record lines copied as bytes
 * (whole chunks at a time when no step changes records), or one line at a time through
 * the steps, each keeping its own line ending.
 */
function jsonLinesMigrator({ to, steps, write }: MigratorOptions): Migrator {
  const sink: RecordSink = { records: 0, changed: 0, problems: [] };
  const changing = recordSteps(steps);
  const replacement = encoder.encode(JSON.stringify(to));
  let headerDone = false;
  let line = 1;
  /** The start of a line not complete yet. */
  let pending: Uint8Array[] = [];
  /** Fast path: the line being copied has a byte other than blanks (it is a record). */
  let lineHasContent = false;

  const completeLine = (bytes: Uint8Array) => {
    const number = line++;
    if (isBlank(bytes)) {
      write(bytes);
      return;
    }
    if (!headerDone) {
      headerDone = true;
      const rewriter = new TopLevelRewriter({ member: "schemaVersion", replacement, write, firstLine: number });
      rewriter.push(bytes);
      return;
    }
    if (changing.length === 0) {
      sink.records++;
      write(bytes);
      return;
    }
    const body = bytes[bytes.length - 1] === 0x0a ? bytes.subarray(0, bytes[bytes.length - 2] === 0x0d ? -2 : -1) : bytes;
    const text = rewrite(decoder.decode(body), changing, { line: number, column: 1, index: sink.records }, sink);
    if (text === undefined) write(bytes);
    else write(encoder.encode(text + decoder.decode(bytes.subarray(body.length))));
  };

  const joinPending = (tail: Uint8Array): Uint8Array => {
    if (pending.length === 0) return tail;
    const size = pending.reduce((sum, part) => sum + part.length, tail.length);
    const out = new Uint8Array(size);
    let at = 0;
    for (const part of [...pending, tail]) {
      out.set(part, at);
      at += part.length;
    }
    pending = [];
    return out;
  };

  return {
    push(chunk) {
      let from = 0;
      while (from < chunk.length) {
        if (headerDone && changing.length === 0 && pending.length === 0) {
          // The fast path: bytes out as they came; lines are only counted.
          let start = from;
          for (let i = chunk.indexOf(0x0a, from); ; i = chunk.indexOf(0x0a, start)) {
            const end = i === -1 ? chunk.length : i;
            for (let j = start; !lineHasContent && j < end; j++) lineHasContent = !isSpaceByte(chunk[j]!);
            if (i === -1) break;
            if (lineHasContent) sink.records++;
            lineHasContent = false;
            line++;
            start = i + 1;
          }
          write(chunk.subarray(from));
          return;
        }
        const end = chunk.indexOf(0x0a, from);
        if (end === -1) {
          pending.push(chunk.slice(from));
          return;
        }
        completeLine(joinPending(chunk.subarray(from, end + 1)));
        from = end + 1;
      }
    },
    end() {
      if (pending.length > 0) completeLine(joinPending(new Uint8Array(0)));
      else if (lineHasContent) sink.records++;
      return sink;
    },
  };
}

/** Rewrites an export to the plan's target version, streaming: see docs/versioning.md. */
export function createMigrator(options: MigratorOptions): Migrator {
  return options.format === "json" ? packageMigrator(options) : jsonLinesMigrator(options);
}
