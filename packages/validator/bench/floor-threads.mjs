// The floor on N worker threads, for reference beside `--jobs N`: the file cut into N byte
// ranges, each thread running the floor's loop (large reads, split on newlines, JSON.parse
// each line) over the lines that start in its range. It shows what parallel parsing alone
// reaches on this machine, so the cost of the checks themselves can be read off `--jobs N`.
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

const chunkBytes = 4 << 20;

/** Records parsed from the lines whose first byte lies in [start, end). */
function parseRange(path, start, end) {
  const fd = openSync(path, "r");
  try {
    return parseOpenRange(fd, start, end);
  } finally {
    closeSync(fd);
  }
}

function parseOpenRange(fd, start, end) {
  const buffer = Buffer.allocUnsafe(chunkBytes);
  let records = 0;
  let carry = "";
  // A line starts at 0 or after a newline: skip the partial line that began before `start`.
  let position = start;
  if (start > 0) {
    position = start - 1;
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, position);
      const newline = buffer.subarray(0, read).indexOf(10);
      if (read === 0) return 0;
      if (newline !== -1) {
        position += newline + 1;
        break;
      }
      position += read;
    }
  }
  const parse = (text) => {
    for (const line of text.split("\n")) {
      if (line.length > 0) {
        JSON.parse(line);
        records++;
      }
    }
  };
  for (;;) {
    if (position >= end) break;
    const read = readSync(fd, buffer, 0, buffer.length, position);
    if (read === 0) break;
    // Lines starting at or after `end` belong to the next range: stop at the first newline at or after end − 1.
    const stopAt = end - 1 - position;
    const stop = stopAt < read ? buffer.subarray(0, read).indexOf(10, Math.max(0, stopAt)) : -1;
    const last = stop !== -1 ? stop : buffer.subarray(0, read).lastIndexOf(10);
    if (last === -1) {
      carry += buffer.toString("utf8", 0, read);
      position += read;
      continue;
    }
    parse(carry + buffer.toString("utf8", 0, last));
    carry = "";
    position += last + 1;
    if (stop !== -1) break;
  }
  // The file's last line, without a final newline.
  if (carry.length > 0) parse(carry);
  return records;
}

if (isMainThread) {
  const [path, threadsArgument] = process.argv.slice(2);
  const threads = Number(threadsArgument ?? 2);
  const size = statSync(path).size;
  const counts = await Promise.all(
    Array.from({ length: threads }, (_, i) => {
      const range = { path, start: Math.floor((size * i) / threads), end: Math.floor((size * (i + 1)) / threads) };
      return new Promise((resolve, reject) => new Worker(new URL(import.meta.url), { workerData: range }).on("message", resolve).on("error", reject));
    }),
  );
  process.stdout.write(`${counts.reduce((a, b) => a + b, 0)}\n`);
} else {
  parentPort.postMessage(parseRange(workerData.path, workerData.start, workerData.end));
}
