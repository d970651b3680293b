import { type FileHandle, open, stat } from "node:fs/promises";
import { formatFromName } from "../../input/detect-format.js";
import { defaultLimits, type ReaderLimits } from "../../input/input-item.js";
import type { DatasetFindingsByRule } from "../../dataset-phase.js";
import type { Session, ValidationReport } from "../../session.js";
import { createValidator } from "../../validator.js";
import { expandPaths } from "../expand-paths.js";
import { reservingOnBytes } from "../input-size.js";
import { readInputBatches } from "../read-inputs.js";
import { nodeText } from "../text-platform.js";
import type { ValidateFilesOptions } from "../validate-files.js";
import { SliceChecker } from "./check-slice.js";
import { runDatasetRulesOnTwoThreads } from "./dataset-on-threads.js";
import { type FileHead, readFileHead } from "./file-head.js";
import type { SliceTask } from "./messages.js";
import { OpenFiles } from "./open-files.js";
import { Reassembler } from "./reassembler.js";
import { WorkerPool } from "./worker-pool.js";

/** Sizes that decide how a file is cut and read; tests use tiny ones on small files. */
export interface WorkerTuning {
  /** Bytes per slice (a worker's unit of work). */
  sliceBytes?: number;
  /** Below this a file is read on the main thread: starting workers would cost more than it saves. */
  minParallelBytes?: number;
  /** Bytes per positioned read in a worker. */
  readBytes?: number;
  /** The workers' young generation (semi-space) size. */
  youngGenerationMb?: number;
}

const defaults: Required<WorkerTuning> = {
  sliceBytes: 4 * 1024 * 1024,
  minParallelBytes: 4 * 1024 * 1024,
  readBytes: 1024 * 1024,
  // Measured on 1M records (--jobs 2): 8 MB costs each worker ~0.6 s of GC, 64 MB ~0.45 s,
  // while peak RSS goes from ~355 MB to ~500 MB (16: ~372, 32: ~417): records die young either way.
  youngGenerationMb: 8,
};

/** The file's head, or undefined when the main thread must read it (including when it cannot be opened: the reader reports that). */
async function headOf(path: string, size: number, options: ValidateFilesOptions, limits: ReaderLimits): Promise<FileHead | undefined> {
  let handle: FileHandle;
  try {
    handle = await open(path, "r");
  } catch {
    return undefined;
  }
  try {
    return await readFileHead(handle, size, options.encoding ?? "auto", limits);
  } finally {
    await handle.close();
  }
}

/**
 * `--jobs N`: large JSON Lines files are cut into byte ranges that N threads read, parse,
 * schema-check and record-check themselves: N − 1 worker threads, and the main thread
 * whenever every worker's queue is full (an idle main thread would leave a core to a
 * third V8 heap and compiler for nothing: one fewer costs about 35 MB less at 1M records).
 * Each range gives its records' lines and a slice of the dataset index as typed arrays;
 * the main thread also reads the header and puts slices back in input order. At the end
 * the dataset rules run on the main thread and a worker, which take them from a shared
 * counter (dataset-on-threads.ts). Other files (JSON, CSV, small, stdin, not UTF-8 from
 * the start) are read on the main thread as usual.
 */
export async function validateInWorkers(paths: readonly string[], jobs: number, options: ValidateFilesOptions, tuning: WorkerTuning = {}): Promise<ValidationReport> {
  const settings = { ...defaults, ...tuning };
  const { minParallelBytes, youngGenerationMb } = settings;
  // At least a byte: an empty slice or read would never get through the file.
  const sliceBytes = Math.max(1, Math.floor(settings.sliceBytes));
  const readBytes = Math.max(1, Math.floor(settings.readBytes));
  const cwd = options.cwd ?? process.cwd();
  const session = createValidator(options).createSession() as Session;
  const limits: ReaderLimits = { ...defaultLimits, ...options.limits };
  const { schemaSet: _schemaSet, maxFindings: _maxFindings, onFinding: _onFinding, onDatasetIndex, ...otherOptions } = options;
  // A function does not cross to a worker: its slices build their index all the same.
  const workerOptions = onDatasetIndex === undefined ? otherOptions : { ...otherOptions, buildDatasetIndex: true };
  const { cwd: _cwd, stdin: _stdin, onBytes: _onBytes, onInputsRead: _onInputsRead, limits: _limits, format: _format, encoding: _encoding, ...plainOptions } = workerOptions;
  const onBytes = await reservingOnBytes(paths, cwd, session, options.onBytes);
  const reassembler = new Reassembler(session, onBytes);
  let pool: WorkerPool | undefined;
  let local: SliceChecker | undefined;
  const localFiles = new OpenFiles();
  let seq = 0;
  let collected: DatasetFindingsByRule | undefined;
  try {
    for (const source of await expandPaths(paths, cwd)) {
      const size = source.kind === "file" ? (await stat(source.path)).size : 0;
      const isJsonLines = source.kind === "file" && options.encoding !== "gb18030" && (options.format ?? formatFromName(source.path)) === "jsonl";
      const head = source.kind === "file" && isJsonLines && size >= minParallelBytes ? await headOf(source.path, size, options, limits) : undefined;
      if (source.kind !== "file" || !head) {
        // Read here, after every slice before it is in.
        await pool?.drain();
        const path = source.kind === "file" ? source.path : source.kind === "stdin" ? "-" : source.display;
        for await (const batch of readInputBatches([path], { ...options, cwd, onBytes })) for (const item of batch) session.add(item);
        continue;
      }
      pool ??= new WorkerPool(jobs - 1, { options: plainOptions, limits, readBytes }, youngGenerationMb, (result) => reassembler.accept(result));
      local ??= new SliceChecker(plainOptions, limits, nodeText, readBytes);
      const file = source.display;
      const header = head.header ? { kind: "header" as const, value: head.header, location: { file, line: 1, recordIndex: -1 } } : undefined;
      if (header && head.dataStart >= size) {
        await pool.drain();
        session.add(header);
      }
      for (let start = head.dataStart; start < size; start += sliceBytes) {
        const end = Math.min(start + sliceBytes, size);
        const first = start === head.dataStart;
        reassembler.expect(seq, { file, firstLine: header ? 2 : 1, startsFile: first, end, ...(first && header ? { header } : {}) });
        const task: SliceTask = { type: "slice", seq: seq++, path: source.path, file, start, end, ...(head.header ? { header: head.header } : {}) };
        if (pool.canSend) pool.send(task);
        else {
          // Every worker is busy: this thread checks the slice itself, then lets worker results in.
          reassembler.accept(local.check(task, localFiles.readerOf(task.path)));
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    }
    await pool?.drain();
    options.onInputsRead?.();
    // The dataset rules too run on two threads when a worker is there.
    if (pool && pool.size > 0) collected = await runDatasetRulesOnTwoThreads(session, pool);
  } finally {
    await pool?.close();
    localFiles.closeAll();
  }
  return session.finish(collected);
}
