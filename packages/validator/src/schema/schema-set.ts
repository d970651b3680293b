import type { RecordType, Sensitivity } from "../rule.js";

/** The standard's artefacts the engine needs: what `@czt/schemas` exports, injectable for tests. */
export interface SchemaSet {
  /** Every JSON Schema by `$id`, including the meta-schema. */
  schemas: Readonly<Record<string, object>>;
  /** `$id` of each record type's schema, and of the JSON Lines header and package envelope when available. */
  recordSchemaIds: Readonly<Record<CoreRecordType, string>> & Readonly<Partial<Record<RecordType, string>>> & { jsonlHeader?: string; package?: string };
  /** Custom keywords declared by the meta-schema (annotations only). */
  annotationKeywords?: readonly string[];
  /** Code lists by id: only the codes and their titles are used, to list allowed values. */
  codeLists?: Readonly<Record<string, { codes: readonly { code: string; title?: { zh: string; en: string } }[] }>>;
}

/** The record types of 1.0, which every schema set has. */
export type CoreRecordType = "person" | "enrolment" | "transfer" | "assistance";

export const recordTypes: readonly RecordType[] = [
  "person",
  "enrolment",
  "transfer",
  "assistance",
  "benefit",
  "medicalRegistration",
  "medicalSettlement",
  "organisation",
  "donation",
  "consent",
];

/** The record types `set` has a schema for: a 1.0 set lacks those added in 1.1. */
export function recordTypesOf(set: SchemaSet): RecordType[] {
  return recordTypes.filter((type) => {
    const id = set.recordSchemaIds[type];
    return id !== undefined && id in set.schemas;
  });
}

export type SensitivePointers = Readonly<Record<RecordType, Readonly<Record<string, Sensitivity>>>>;
