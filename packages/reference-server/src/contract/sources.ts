import { openapiDocuments, schemas } from "@czt/schemas";

/**
 * The sources of the bundled contract: the OpenAPI document and the record
 * schemas by `$id`, both from `@czt/schemas` (generated from `schemas/`).
 */
export function loadContractSources(): { openapi: object; schemas: Readonly<Record<string, object>> } {
  const openapi = openapiDocuments["czt-exchange"];
  if (openapi === undefined) throw new Error("@czt/schemas has no czt-exchange document: run npm run generate -w @czt/schemas && npm run build -w @czt/schemas");
  return { openapi, schemas };
}
