/** The artefacts of one version of the standard, as `@czt/schemas` carries them for every version. */
import type { CodeList } from "./code-list.js";
import type { Sensitivity } from "./sensitivity.js";

export interface StandardArtefacts {
  /** The version, e.g. "1.0": the `schemaVersion` its packages and JSON Lines headers declare. */
  readonly version: string;
  /** Prefix of every `$id` of this version, e.g. `https://czt-ss.org/schemas/1.0/`. */
  readonly schemaBase: string;
  /** `$id` of this version's meta-schema. */
  readonly metaSchemaId: string;
  /** The annotation keywords its meta-schema declares. */
  readonly annotationKeywords: readonly string[];
  /** Every JSON Schema of the version (meta-schema included), by `$id`. */
  readonly schemas: Readonly<Record<string, object>>;
  /** Its code lists, by id. */
  readonly codeLists: Readonly<Record<string, CodeList>>;
  /** Its OpenAPI documents, parsed, by file name without extension. */
  readonly openapiDocuments: Readonly<Record<string, object>>;
  /** Pointer templates of the sensitive fields, per record type. */
  readonly sensitivePointers: Readonly<Record<string, Readonly<Record<string, Sensitivity>>>>;
  /** Pointer templates of the coded fields with their code list, per record type. */
  readonly codeListPointers: Readonly<Record<string, Readonly<Record<string, string>>>>;
}
