/**
 * One self-contained JSON Schema 2020-12 document for a schema of the standard: every
 * schema it reaches is embedded under `$defs` and every `$ref` is local (`#/$defs/…`).
 *
 * `$schema` becomes the standard 2020-12 meta-schema, which every tool knows; the
 * standard's own meta-schema only adds the `x-czt-*` annotations, which stay in the
 * bundle as plain annotations (2020-12 ignores unknown keywords when validating).
 * `$id` names the bundle, not the source, so a tool may load both side by side.
 */
import { embedReferences } from "./embed-references.js";
import { isObject, type JsonObject } from "./json.js";

export const standardMetaSchema = "https://json-schema.org/draft/2020-12/schema";

/** `https://czt-ss.org/schemas/1.1/person.schema.json` → `https://czt-ss.org/schemas/1.1/bundles/person.schema.json`. */
export function bundleId(schemaId: string): string {
  const slash = schemaId.lastIndexOf("/");
  return `${schemaId.slice(0, slash)}/bundles${schemaId.slice(slash)}`;
}

export function bundleSchema(schemaId: string, schemasById: ReadonlyMap<string, JsonObject>): JsonObject {
  const source = schemasById.get(schemaId);
  if (source === undefined) throw new Error(`no schema with $id ${schemaId}`);
  const { document, schemas } = embedReferences(source, { base: schemaId, schemasById, location: (name) => `#/$defs/${name}` });
  const { $schema: _schema, $id: _id, $defs: ownDefs, ...body } = document;
  const defs: JsonObject = isObject(ownDefs) ? { ...ownDefs } : {};
  for (const [name, schema] of schemas) {
    if (name in defs) throw new Error(`${schemaId}: its own $defs/${name} clashes with an embedded schema`);
    defs[name] = schema;
  }
  return {
    $schema: standardMetaSchema,
    $id: bundleId(schemaId),
    ...body,
    ...(Object.keys(defs).length > 0 ? { $defs: defs } : {}),
  };
}
