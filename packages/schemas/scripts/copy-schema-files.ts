/**
 * Part of `npm run build`: copies the repository's `schemas/` (the single source of truth)
 * into this package's git-ignored `schemas/` folder, which the tarball ships so editors and
 * other languages' validators find the JSON Schemas, code lists and OpenAPI documents on disk.
 */
import { mirrorFolder } from "./mirror-folder.js";
import { schemaSourceFolder, shippedSchemaFolder } from "./shipped-schema-files.js";

try {
  const count = mirrorFolder(schemaSourceFolder, shippedSchemaFolder);
  console.log(`copied ${count} files of schemas/ into packages/schemas/schemas/`);
} catch (error) {
  console.error(`copying schemas/ failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
