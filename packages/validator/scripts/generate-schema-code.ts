import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { generatedSchemaCode } from "./schema-code.js";

for (const { path, source } of generatedSchemaCode()) {
  writeFileSync(join(import.meta.dirname, "..", path), source());
  console.log(`wrote ${path}`);
}
