import { currentVersion, type StandardArtefacts, type StandardVersion, schemaIdsAt, standards, standardVersions } from "@czt/schemas";
import type { SchemaSet } from "./schema-set.js";

function schemaSetOf(standard: StandardArtefacts): SchemaSet {
  return {
    schemas: standard.schemas,
    recordSchemaIds: schemaIdsAt(standard.schemaBase),
    annotationKeywords: standard.annotationKeywords,
    codeLists: standard.codeLists as unknown as NonNullable<SchemaSet["codeLists"]>,
  };
}

/** The schemas and code lists of every version of the standard `@czt/schemas` carries, by version. */
export const standardSchemaSets: Readonly<Record<StandardVersion, SchemaSet>> = Object.fromEntries(
  standardVersions.map((version) => [version, schemaSetOf(standards[version])]),
) as Record<StandardVersion, SchemaSet>;

/** The current version's schemas and code lists (the working tree of the standard). */
export const standardSchemaSet: SchemaSet = standardSchemaSets[currentVersion];
