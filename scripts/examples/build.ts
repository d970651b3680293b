/**
 * Writes every generated file under examples/: the three city exports (JSON and JSON
 * Lines) and the invalid examples with their manifest. Deterministic: running it twice
 * gives the same bytes, and packages/schemas/test/examples.test.ts fails when the
 * committed files differ from what this script would write.
 *
 *   npx tsx scripts/examples/build.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { exampleFiles } from "./files.js";

const examplesDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "examples");

for (const [path, text] of exampleFiles()) {
  const target = join(examplesDir, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}
console.log(`wrote ${exampleFiles().size} files under ${examplesDir}`);
