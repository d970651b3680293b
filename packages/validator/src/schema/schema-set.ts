import type { RecordType, Sensitivity } from "../rule.js";

/** The standard's artefacts the engine needs: what `@czt/schemas` exports, injectable for tests. */
export interface SchemaSet {
  /** Every JSON Schema by `$id`, including the meta-schema. */
  schemas: Readonly<Record<string, object>>;
  /** `$id` of each record type's schema, and of the JSON Lines header and package envelope when available. */
  recordSchemaIds: Readonly<Record<RecordType, string>> & { jsonlHeader?: string; package?: string };
  /** Code lists by id: only the codes and their titles are used, to list allowed values. */
  /** Custom keywords declared by the meta-schema (annotations only). */
  annotationKeywords?: readonly string[];
  codeLists?: Readonly<Record<string, { codes: readonly { code: string; title?: { zh: string; en: string } }[] }>>;
}

export const recordTypes: readonly RecordType[] = [
  "person",
  "enrolment",
  "transfer",
  "assistance",
  "organisation",
  "donation",
];

/** The record types a schema set has a schema for: a release older than a record type lacks it (1.0 has no organisation). */
export function recordTypesOf(set: SchemaSet): RecordType[] {
  return recordTypes.filter((type) => set.schemas[set.recordSchemaIds[type]] !== undefined);
}

export type SensitivePointers = Readonly<Record<RecordType, Readonly<Record<string, Sensitivity>>>>;
