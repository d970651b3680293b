import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { schemaCodePath, schemaCodeSource } from "./schema-code.js";

writeFileSync(join(import.meta.dirname, "..", schemaCodePath), schemaCodeSource());
console.log(`wrote ${schemaCodePath}`);
