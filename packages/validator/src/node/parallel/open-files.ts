import { closeSync, openSync, readSync } from "node:fs";
import type { ReadAt } from "./read-range.js";

/**
 * The files a thread reads slices of: each opened once, on its first slice, read by
 * position (`ReadAt`) for every later one, and closed together when the run ends.
 */
export class OpenFiles {
  private readonly descriptors = new Map<string, number>();

  readerOf(path: string): ReadAt {
    let fd = this.descriptors.get(path);
    if (fd === undefined) {
      fd = openSync(path, "r");
      this.descriptors.set(path, fd);
    }
    const descriptor = fd;
    return (into, position) => readSync(descriptor, into, 0, into.length, position);
  }

  closeAll(): void {
    for (const fd of this.descriptors.values()) closeSync(fd);
    this.descriptors.clear();
  }
}
