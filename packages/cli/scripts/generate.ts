/** `npm run generate -w @czt/cli`: rewrites the change lists of CHANGELOG.md with `czt diff` (build the CLI first). */
import { readFileSync, writeFileSync } from "node:fs";
import { changelogPath, invocations, regenerate } from "./changelog.js";

try {
  const before = readFileSync(changelogPath, "utf8");
  const after = regenerate(before);
  if (after !== before) writeFileSync(changelogPath, after);
  console.log(`CHANGELOG.md: ${invocations(before).length} change lists ${after === before ? "up to date" : "written"}.`);
} catch (error) {
  console.error(`generating CHANGELOG.md failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
