// Generated from schemas/ by `npm run generate -w @czt/schemas`. Do not edit: edit the sources and regenerate.

/** `$id` of the standard's meta-schema; every schema of the standard declares it as `$schema`. */
export const metaSchemaId = "https://czt-ss.org/schemas/v1/meta/czt-meta.schema.json";

/** The annotation keywords declared by the meta-schema (register them with ajv's `addVocabulary`). */
export const annotationKeywords = [
  "x-czt-title",
  "x-czt-sensitivity",
  "x-czt-codelist"
] as const;
