import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { generatedSchemaCode } from "./schema-code.js";

for (const { path, source } of generatedSchemaCode()) {
  const file = join(import.meta.dirname, "..", path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source());
  console.log(`wrote ${path}`);
}
