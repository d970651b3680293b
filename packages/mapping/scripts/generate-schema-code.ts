import { writeFileSync } from "node:fs";
import { mappingSchemaCode, mappingSchemaCodePath } from "./mapping-schema-code.js";

writeFileSync(new URL(`../${mappingSchemaCodePath}`, import.meta.url), mappingSchemaCode());
console.log(`wrote ${mappingSchemaCodePath}`);
