import { Buffer, isUtf8 } from "node:buffer";
import { parentPort, workerData } from "node:worker_threads";
import { checkChunk } from "./check-chunk.js";
import type { ChunkTask, WorkerSetup } from "./messages.js";

const setup = workerData as WorkerSetup;
const utf8 = (bytes: Uint8Array) => (isUtf8(bytes) ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8") : undefined);

parentPort?.on("message", (task: ChunkTask) => {
  const result = checkChunk(task, setup.options, setup.limits, utf8);
  parentPort?.postMessage(result, [result.lines.buffer as ArrayBuffer, result.columns.buffer as ArrayBuffer, result.kinds.buffer as ArrayBuffer]);
});
