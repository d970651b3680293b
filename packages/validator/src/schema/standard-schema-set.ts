import { currentVersion, type StandardArtefacts, type StandardVersion, schemaIdsAt, standards, standardVersions } from "@czt/schemas";
import type { SchemaSet } from "./schema-set.js";

/** The ids without the record types added in 1.1 when the version's schemas lack them (1.0). */
function presentIds(ids: ReturnType<typeof schemaIdsAt>, schemas: StandardArtefacts["schemas"]): SchemaSet["recordSchemaIds"] {
  const { benefit, medicalRegistration, medicalSettlement, ...core } = ids;
  const later = Object.entries({ benefit, medicalRegistration, medicalSettlement }).filter(([, id]) => id in schemas);
  return { ...core, ...Object.fromEntries(later) };
}

function schemaSetOf(standard: StandardArtefacts): SchemaSet {
  return {
    schemas: standard.schemas,
    recordSchemaIds: presentIds(schemaIdsAt(standard.schemaBase), standard.schemas),
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
