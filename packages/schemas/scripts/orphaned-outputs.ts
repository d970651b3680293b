/**
 * tsc never deletes what it emitted for a source file that has since been removed or
 * renamed, and `npm pack` ships all of `dist/`: such orphans would be published with
 * source maps pointing at a file that no longer exists. Each package's build removes them.
 */
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { folderFiles } from "./mirror-folder.js";

/** What tsc emits for `src/<stem>.ts` (rootDir src, outDir dist). */
const emittedSuffix = /\.(?:js|d\.ts|js\.map|d\.ts\.map)$/;

/** The files tsc emitted into `dist/` (relative to it) for a `src/` file that no longer exists. */
export function orphanedOutputs(packageDirectory: string): string[] {
  return folderFiles(join(packageDirectory, "dist")).filter((file) => {
    const stem = file.replace(emittedSuffix, "");
    // Files of other shapes are not tsc's: left to whoever put them there.
    return stem !== file && !existsSync(join(packageDirectory, "src", `${stem}.ts`));
  });
}

/** Deletes the orphaned outputs of `dist/`; returns them. */
export function pruneOrphanedOutputs(packageDirectory: string): string[] {
  const orphans = orphanedOutputs(packageDirectory);
  for (const file of orphans) rmSync(join(packageDirectory, "dist", file), { force: true });
  return orphans;
}
