import { annotationKeywords, codeLists, recordSchemaIds, schemas } from "@czt/schemas";
import type { SchemaSet } from "./schema-set.js";

/** The CZT-SS standard's schemas and code lists, as published by `@czt/schemas`. */
export const standardSchemaSet: SchemaSet = {
  schemas,
  recordSchemaIds,
  annotationKeywords,
  codeLists: codeLists as unknown as NonNullable<SchemaSet["codeLists"]>,
};
