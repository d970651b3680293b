/**
 * The last step of every package's `npm run build`, run in the package folder after tsc:
 * copies the repository's LICENSE into the package and deletes the outputs in `dist/` whose
 * source is gone, so the tarball holds exactly what the sources build.
 * Usage: tsx ../schemas/scripts/complete-package.ts [packageDirectory]
 */
import { resolve } from "node:path";
import { pruneOrphanedOutputs } from "./orphaned-outputs.js";
import { copyLicense } from "./package-license.js";

const packageDirectory = resolve(process.argv[2] ?? ".");
try {
  const license = copyLicense(packageDirectory);
  const orphans = pruneOrphanedOutputs(packageDirectory);
  const removed = orphans.length === 0 ? "" : `; removed ${orphans.length} orphaned outputs: ${orphans.map((file) => `dist/${file}`).join(", ")}`;
  console.log(`LICENSE ${license}${removed}`);
} catch (error) {
  console.error(`completing the package in ${packageDirectory} failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
