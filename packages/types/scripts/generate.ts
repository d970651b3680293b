/** `npm run generate -w @czt/types`: regenerates src/generated/records.ts from @czt/schemas. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generatedPath, generateTypes } from "./generate-types.js";

const target = join(dirname(fileURLToPath(import.meta.url)), "..", generatedPath);
try {
  const text = await generateTypes();
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote packages/types/${generatedPath}`);
} catch (error) {
  console.error(`generate failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
