/**
 * `npm run generate -w @czt/schemas`: syncs the schemas' code-list enums, writes the
 * generated modules of @czt/schemas and the reference docs.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildOutputs } from "./outputs.js";
import { readReleases, readSources, repoRoot } from "./sources.js";

function current(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

try {
  const { files } = buildOutputs(readSources(), readReleases());
  let written = 0;
  for (const file of files) {
    const path = join(repoRoot, file.path);
    if (current(path) === file.content) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
    console.log(`wrote ${file.path}`);
    written++;
  }
  console.log(`${files.length} generated files checked, ${written} written.`);
} catch (error) {
  console.error(`generate failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
