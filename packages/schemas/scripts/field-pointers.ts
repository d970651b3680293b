/** Sensitive and coded fields of a record schema, from its `x-czt-sensitivity` and `x-czt-codelist` annotations (followed through refs). */
import type { Sensitivity } from "../src/sensitivity.js";
import type { JsonObject } from "./json.js";
import type { SchemaIndex } from "./schema-index.js";
import { schemaFields } from "./schema-fields.js";

export function sensitivePointersOf(schema: JsonObject, index: SchemaIndex): Record<string, Sensitivity> {
  const pointers: Record<string, Sensitivity> = {};
  for (const row of schemaFields(schema, index)) {
    if (row.sensitivity !== undefined) pointers[row.pointer] = row.sensitivity;
  }
  return pointers;
}

/** Fields whose value is a code of a list, by pointer template, e.g. `/household/members/*\/relationToHead` → `relationToHead`. */
export function codeListPointersOf(schema: JsonObject, index: SchemaIndex): Record<string, string> {
  const pointers: Record<string, string> = {};
  for (const row of schemaFields(schema, index)) {
    if (row.codeList !== undefined) pointers[row.pointer] = row.codeList;
  }
  return pointers;
}
