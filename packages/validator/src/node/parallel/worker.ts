import { closeSync, openSync, readSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { batchBuffers } from "../../dataset/dataset-index.js";
import { nodeText } from "../text-platform.js";
import { SliceChecker } from "./check-slice.js";
import type { SliceResult, WorkerResult, WorkerSetup, WorkerTask } from "./messages.js";

/**
 * Transferring a result's buffers detaches them, and V8 then drops every optimised
 * function that assumed no typed array is ever detached (a "protector" of the thread's isolate):
 * after the first slice the whole pipeline was compiled a second time. Detaching a
 * buffer first, before anything is optimised, makes the one compilation the last.
 */
function detachOnce(): void {
  const buffer = new ArrayBuffer(8);
  structuredClone(buffer, { transfer: [buffer] });
}

detachOnce();
const setup = workerData as WorkerSetup;
const checker = new SliceChecker(setup.options, setup.limits, nodeText, setup.readBytes);
/** One descriptor per file, kept across its slices; closed when the pool closes. */
const descriptors = new Map<string, number>();

function descriptorOf(path: string): number {
  let fd = descriptors.get(path);
  if (fd === undefined) {
    fd = openSync(path, "r");
    descriptors.set(path, fd);
  }
  return fd;
}

function transferList(result: SliceResult): ArrayBuffer[] {
  const buffers = [result.lines.buffer, result.invalid.buffer, result.findingRecords.buffer] as ArrayBuffer[];
  if (result.columns) buffers.push(result.columns.buffer as ArrayBuffer);
  if (result.index) buffers.push(...batchBuffers(result.index));
  return buffers;
}

parentPort?.on("message", (task: WorkerTask) => {
  if (task.type === "close") {
    for (const fd of descriptors.values()) closeSync(fd);
    descriptors.clear();
    parentPort?.postMessage({ type: "closed" } satisfies WorkerResult);
    return;
  }
  const fd = descriptorOf(task.path);
  const result = checker.check(task, (into, position) => readSync(fd, into, 0, into.length, position));
  parentPort?.postMessage(result satisfies WorkerResult, transferList(result));
});
