import { Buffer, isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { formatFromName, sniffFormat } from "../../input/detect-format.js";
import { defaultLimits, type ReaderLimits } from "../../input/input-item.js";
import type { RecordLocation } from "../../rule.js";
import type { Session, ValidationReport } from "../../session.js";
import { createValidator } from "../../validator.js";
import { expandPaths } from "../expand-paths.js";
import { readInputBatches } from "../read-inputs.js";
import type { ValidateFilesOptions } from "../validate-files.js";
import type { ChunkResult, ChunkTask } from "./messages.js";
import { WorkerPool } from "./worker-pool.js";

/** Below this a file is read on the main thread: starting workers would cost more than it saves. */
const minParallelBytes = 4 * 1024 * 1024;
const sliceBytes = 2 * 1024 * 1024;

function countNewlines(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) count++;
  return count;
}

function concat(a: Uint8Array | undefined, b: Uint8Array): Uint8Array {
  if (!a || a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

interface SliceInfo {
  file: string;
  startLine: number;
}

/** Puts the results back in input order and hands them to the session. */
class Reassembler {
  private readonly pending = new Map<number, ChunkResult>();
  private readonly slices = new Map<number, SliceInfo>();
  private nextSeq = 0;
  private readonly recordBase = new Map<string, number>();

  constructor(private readonly session: Session) {}

  expect(seq: number, info: SliceInfo): void {
    this.slices.set(seq, info);
  }

  accept(result: ChunkResult): void {
    this.pending.set(result.seq, result);
    for (let ready = this.pending.get(this.nextSeq); ready; ready = this.pending.get(this.nextSeq)) {
      this.pending.delete(this.nextSeq);
      this.apply(ready, this.slices.get(this.nextSeq)!);
      this.slices.delete(this.nextSeq);
      this.nextSeq++;
    }
  }

  private apply(result: ChunkResult, slice: SliceInfo): void {
    let base = this.recordBase.get(slice.file) ?? 0;
    const lineOffset = slice.startLine - 1;
    let f = 0;
    const count = result.kinds.length;
    for (let i = 0; i < count; i++) {
      const kind = result.kinds[i]!;
      const recordIndex = kind === 2 ? -1 : base++;
      const location: RecordLocation = { file: slice.file, line: result.lines[i]! + lineOffset, recordIndex };
      const column = result.columns[i]!;
      if (column > 0) location.column = column;
      const entry = result.entries[i];
      const id = entry ? entry.id : result.ids[i];
      if (id !== undefined) location.recordId = id;
      const findings = [];
      while (f < result.findings.length && result.findingItems[f] === i) {
        const finding = result.findings[f++]!;
        finding.line += lineOffset;
        finding.recordIndex = recordIndex;
        findings.push(finding);
      }
      this.session.addChecked(location, findings, kind !== 2, entry);
    }
    this.recordBase.set(slice.file, base);
  }
}

/**
 * `--jobs N`: large JSON Lines files are cut into slices at line boundaries and parsed,
 * schema-checked and record-checked by N worker threads; the main thread keeps the
 * dataset index, puts results back in input order and runs the dataset rules at the end.
 * Other files (JSON, CSV, small, not UTF-8) are read on the main thread as usual.
 */
export async function validateInWorkers(paths: readonly string[], jobs: number, options: ValidateFilesOptions): Promise<ValidationReport> {
  const validator = createValidator(options);
  const session = validator.createSession() as Session;
  const limits: ReaderLimits = { ...defaultLimits, ...options.limits };
  const { schemaSet: _schemaSet, maxFindings: _maxFindings, ...workerOptions } = options;
  const { cwd: _cwd, stdin: _stdin, onBytes: _onBytes, limits: _limits, format: _format, encoding: _encoding, ...plainOptions } = workerOptions;
  const reassembler = new Reassembler(session);
  let pool: WorkerPool | undefined;
  let seq = 0;
  let bytesRead = 0;
  try {
    for (const source of await expandPaths(paths, options.cwd ?? process.cwd())) {
      const size = source.kind === "file" ? (await stat(source.path)).size : 0;
      const isJsonLines = source.kind === "file" && options.encoding !== "gb18030" && (options.format ?? formatFromName(source.path)) === "jsonl";
      if (source.kind !== "file" || !isJsonLines || size < minParallelBytes) {
        const path = source.kind === "file" ? source.path : source.kind === "stdin" ? "-" : source.display;
        for await (const batch of readInputBatches([path], { ...options, cwd: options.cwd ?? process.cwd() })) for (const item of batch) session.add(item);
        continue;
      }
      pool ??= new WorkerPool(jobs, { options: plainOptions, limits }, (result) => reassembler.accept(result));
      const file = source.display;
      let line = 1;
      let carry: Uint8Array | undefined;
      let first = true;
      let header: { asOf?: string; city?: string } = {};
      const send = async (bytes: Uint8Array) => {
        const task: ChunkTask = { seq, file, bytes: bytes.slice(), ...header };
        reassembler.expect(seq++, { file, startLine: line });
        line += countNewlines(bytes);
        await pool!.submit(task);
      };
      for await (const data of createReadStream(source.path, { highWaterMark: sliceBytes })) {
        // A plain Uint8Array view: Buffer#slice would not copy.
        let chunk = new Uint8Array((data as Buffer).buffer, (data as Buffer).byteOffset, (data as Buffer).byteLength);
        bytesRead += chunk.length;
        options.onBytes?.(bytesRead);
        if (first) {
          first = false;
          if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
          const end = chunk.indexOf(10);
          const firstLine = Buffer.from(chunk.buffer, chunk.byteOffset, end === -1 ? chunk.length : end).toString("utf8");
          if (sniffFormat(chunk) === "jsonl" && firstLine.includes('"header"')) {
            try {
              const value = JSON.parse(firstLine) as Record<string, unknown>;
              if (value["recordType"] === "header") {
                session.add({ kind: "header", value, location: { file, line: 1, recordIndex: -1 } });
                header = {
                  ...(typeof value["asOf"] === "string" ? { asOf: value["asOf"] } : {}),
                  ...(typeof value["city"] === "string" ? { city: value["city"] } : {}),
                };
                chunk = chunk.subarray(end + 1);
                line = 2;
              }
            } catch {
              // Not a header: the worker reports the line like any other.
            }
          }
        }
        const data2 = concat(carry, chunk);
        const cut = data2.lastIndexOf(10);
        if (cut === -1) {
          carry = data2;
          if (carry.length > limits.maxRecordBytes) {
            // A line this long goes to a worker whole only up to the limit; the reader there reports it.
            await send(carry);
            carry = undefined;
          }
          continue;
        }
        // A copy: the stream may reuse its buffer for the next read.
        carry = data2.slice(cut + 1);
        if (!isUtf8(data2.subarray(0, cut + 1)) && options.encoding !== "utf-8" && seq === 0) {
          // Not UTF-8 from the start: let the main-thread reader detect and report the encoding.
          throw new FallBack();
        }
        await send(data2.subarray(0, cut + 1));
      }
      if (carry && carry.length > 0) await send(carry);
      await pool.drain();
    }
    if (pool) await pool.drain();
  } catch (error) {
    if (!(error instanceof FallBack)) throw error;
    await pool?.close();
    pool = undefined;
    const { validateFiles } = await import("../validate-files.js");
    return validateFiles(paths, { ...options, jobs: 1 });
  } finally {
    await pool?.close();
  }
  return session.finish();
}

class FallBack extends Error {}
