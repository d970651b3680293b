/** An ajv 2020-12 instance in strict mode with the standard's meta-schema and vocabulary registered. */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { isObject } from "../../scripts/json.js";
import { metaSchemaId } from "../../scripts/outputs.js";

// ajv-formats is CommonJS: its default export is the plugin function itself.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** The annotation keywords, read from the meta-schema (not hard-coded). */
export function keywordsOf(metaSchema: object): string[] {
  const defs = (metaSchema as { $defs?: unknown }).$defs;
  const annotations = isObject(defs) ? defs["cztAnnotations"] : undefined;
  const properties = isObject(annotations) ? annotations["properties"] : undefined;
  return isObject(properties) ? Object.keys(properties) : [];
}

/** `metaId`: the meta-schema of the version `schemas` belong to (the working tree's by default). */
export function strictAjv(schemas: ReadonlyMap<string, object>, metaId: string = metaSchemaId): Ajv2020 {
  const meta = schemas.get(metaId);
  if (meta === undefined) throw new Error(`meta-schema ${metaId} missing`);
  // Union types (`type: ["string", "null"]`) are valid JSON Schema; strict mode only wants them allowed explicitly.
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary(keywordsOf(meta));
  ajv.addMetaSchema(meta);
  for (const [id, schema] of schemas) if (id !== metaId) ajv.addSchema(schema);
  return ajv;
}
