import type { RecordType } from "../rule.js";
import { buildFieldMap } from "../schema/field-map.js";
import type { SchemaSet } from "../schema/schema-set.js";

/**
 * The CSV column headers of a record type: every leaf field as a dotted path, the first
 * item of an array as `.0.` (`documents.0.number`; more items: `.1.`, `.2.`…).
 * docs/cli.md lists them for the flat record types.
 */
export function csvColumns(set: SchemaSet, type: RecordType): string[] {
  const columns: string[] = [];
  // A version from before the type (benefit in 1.0) has no id for it, which names no schema: no columns.
  for (const [pointer, info] of buildFieldMap(set.schemas, set.recordSchemaIds[type] as string)) {
    if (pointer === "/extensions" || info.types.includes("object") || info.types.includes("array")) continue;
    columns.push(pointer.slice(1).replaceAll("/*", "/0").replaceAll("/", "."));
  }
  return columns;
}
