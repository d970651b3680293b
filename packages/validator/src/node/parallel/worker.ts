import { parentPort, workerData } from "node:worker_threads";
import { batchBuffers } from "../../dataset/dataset-index.js";
import { nodeText } from "../text-platform.js";
import { SliceChecker } from "./check-slice.js";
import { runDatasetShare } from "./dataset-share.js";
import type { SliceResult, WorkerResult, WorkerSetup, WorkerTask } from "./messages.js";
import { OpenFiles } from "./open-files.js";

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
/** The files of this worker's slices, open until the pool closes. */
const files = new OpenFiles();

function transferList(result: SliceResult): ArrayBuffer[] {
  const buffers = [result.lines.buffer, result.invalid.buffer, result.findingRecords.buffer] as ArrayBuffer[];
  if (result.columns) buffers.push(result.columns.buffer as ArrayBuffer);
  if (result.index) buffers.push(...batchBuffers(result.index));
  return buffers;
}

parentPort?.on("message", (task: WorkerTask) => {
  if (task.type === "close") {
    files.closeAll();
    parentPort?.postMessage({ type: "closed" } satisfies WorkerResult);
    return;
  }
  if (task.type === "dataset") {
    parentPort?.postMessage(runDatasetShare(task, setup.options) satisfies WorkerResult);
    return;
  }
  const result = checker.check(task, files.readerOf(task.path));
  parentPort?.postMessage(result satisfies WorkerResult, transferList(result));
});
