// Generated from schemas/ by `npm run generate -w @czt/schemas`. Do not edit: edit the sources and regenerate.

import type { StandardArtefacts } from "../standard.js";
import * as release_1_0_schemas from "./releases/1.0/schemas.js";
import * as release_1_0_codelists from "./releases/1.0/codelists.js";
import * as release_1_0_openapi from "./releases/1.0/openapi.js";
import * as release_1_0_sensitive_pointers from "./releases/1.0/sensitive-pointers.js";
import * as release_1_0_code_list_pointers from "./releases/1.0/code-list-pointers.js";
import * as release_1_0_meta from "./releases/1.0/meta.js";
import * as current_schemas from "./schemas.js";
import * as current_codelists from "./codelists.js";
import * as current_openapi from "./openapi.js";
import * as current_sensitive_pointers from "./sensitive-pointers.js";
import * as current_code_list_pointers from "./code-list-pointers.js";
import * as current_meta from "./meta.js";

/** The version of the standard in development: the working tree `schemas/`. */
export const currentVersion = "1.1";

/** The released versions, frozen under `schemas/releases/<version>/`, oldest first. */
export const releasedVersions = [
  "1.0"
] as const;

/** Every version this package carries, oldest first; the last is `currentVersion`. */
export const standardVersions = [
  "1.0",
  "1.1"
] as const;

export type StandardVersion = (typeof standardVersions)[number];

/** The artefacts of every version, by version. */
export const standards: Readonly<Record<StandardVersion, StandardArtefacts>> = {
  "1.0": {
    version: release_1_0_meta.version,
    schemaBase: release_1_0_meta.schemaBase,
    metaSchemaId: release_1_0_meta.metaSchemaId,
    annotationKeywords: release_1_0_meta.annotationKeywords,
    schemas: release_1_0_schemas.schemas,
    codeLists: release_1_0_codelists.codeLists,
    openapiDocuments: release_1_0_openapi.openapiDocuments,
    sensitivePointers: release_1_0_sensitive_pointers.sensitivePointers,
    codeListPointers: release_1_0_code_list_pointers.codeListPointers,
  },
  "1.1": {
    version: current_meta.version,
    schemaBase: current_meta.schemaBase,
    metaSchemaId: current_meta.metaSchemaId,
    annotationKeywords: current_meta.annotationKeywords,
    schemas: current_schemas.schemas,
    codeLists: current_codelists.codeLists,
    openapiDocuments: current_openapi.openapiDocuments,
    sensitivePointers: current_sensitive_pointers.sensitivePointers,
    codeListPointers: current_code_list_pointers.codeListPointers,
  },
};
