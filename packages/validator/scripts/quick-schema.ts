/**
 * A record type's schema rewritten for the quick validators. It accepts exactly the
 * instances the original accepts; what changes is the code ajv generates from it:
 * - every `$ref` is replaced by the schema it points to, annotations are dropped: one
 *   function per record type instead of a call (and an options object) per `$ref`;
 * - `additionalProperties: false` beside `properties` becomes `propertyNames` with the
 *   names as an enum: ajv then compares each key with the names (interned strings,
 *   compared by identity) instead of calling `hasOwnProperty` on the schema's
 *   `properties` object, which it does beyond eight properties.
 */

type SchemaNode = Record<string, unknown>;

/** Keywords that never decide validity (the meta-data vocabulary and the standard's annotations). */
const annotationKeywords = new Set(["$schema", "$id", "$defs", "$comment", "title", "description", "examples", "default", "deprecated", "readOnly", "writeOnly"]);
/** Keywords whose value is a map of names to subschemas. */
const schemaMapKeywords = new Set(["properties", "patternProperties", "dependentSchemas"]);
/** Keywords whose value is one subschema or a list of them. */
const subschemaKeywords = new Set([
  "items",
  "prefixItems",
  "contains",
  "additionalProperties",
  "propertyNames",
  "unevaluatedProperties",
  "unevaluatedItems",
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "if",
  "then",
  "else",
]);
/** Keywords this flattening cannot keep the meaning of. */
const unsupportedKeywords = new Set([
  "$anchor",
  "$dynamicRef",
  "$dynamicAnchor",
  "$recursiveRef",
  "$recursiveAnchor",
  // Properties evaluated by `additionalProperties` would no longer count as evaluated under `propertyNames`.
  "unevaluatedProperties",
]);

function isNode(value: unknown): value is SchemaNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function pointerTarget(document: unknown, fragment: string, ref: string): unknown {
  let node = document;
  for (const encoded of fragment.split("/").slice(1)) {
    const segment = decodeURIComponent(encoded).replaceAll("~1", "/").replaceAll("~0", "~");
    node = isNode(node) ? node[segment] : undefined;
    if (node === undefined) throw new Error(`$ref ${ref} points nowhere`);
  }
  return node;
}

/** `additionalProperties: false` → `propertyNames: {enum: names}`, when `properties` alone decides what is additional. */
function closeByNames(schema: SchemaNode): void {
  const properties = schema["properties"];
  if (schema["additionalProperties"] !== false || !isNode(properties) || "patternProperties" in schema || "propertyNames" in schema) return;
  const names = Object.keys(properties);
  if (names.length === 0) return;
  delete schema["additionalProperties"];
  schema["propertyNames"] = { enum: names };
}

/**
 * The schema `$id` of `schemas`, with every `$ref` inlined and every annotation keyword
 * (those above and `extraAnnotations`, e.g. `x-czt-title`) left out.
 */
export function quickSchema(schemas: Readonly<Record<string, object>>, id: string, extraAnnotations: readonly string[]): SchemaNode | boolean {
  const dropped = new Set([...annotationKeywords, ...extraAnnotations]);
  const resolving: string[] = [];

  function resolve(ref: string, base: string): SchemaNode | boolean {
    const url = new URL(ref, base);
    const fragment = decodeURIComponent(url.hash.slice(1));
    url.hash = "";
    const documentId = url.href;
    const document = schemas[documentId];
    if (!document) throw new Error(`$ref ${ref} names a schema that is not in the set`);
    const key = `${documentId}#${fragment}`;
    if (resolving.includes(key)) throw new Error(`$ref ${ref} is recursive: it cannot be inlined`);
    resolving.push(key);
    const target = walk(pointerTarget(document, fragment, ref), documentId);
    resolving.pop();
    return target;
  }

  function walk(schema: unknown, base: string): SchemaNode | boolean {
    if (typeof schema === "boolean") return schema;
    if (!isNode(schema)) throw new Error(`not a schema: ${JSON.stringify(schema)}`);
    const here = typeof schema["$id"] === "string" ? new URL(schema["$id"], base).href : base;
    const out: SchemaNode = {};
    for (const [keyword, value] of Object.entries(schema)) {
      if (unsupportedKeywords.has(keyword)) throw new Error(`${keyword} is not supported by the quick validators`);
      if (keyword === "$ref" || dropped.has(keyword)) continue;
      if (schemaMapKeywords.has(keyword) && isNode(value)) {
        out[keyword] = Object.fromEntries(Object.entries(value).map(([name, subschema]) => [name, walk(subschema, here)]));
      } else if (subschemaKeywords.has(keyword)) {
        out[keyword] = Array.isArray(value) ? value.map((subschema) => walk(subschema, here)) : walk(value, here);
      } else {
        out[keyword] = value;
      }
    }
    closeByNames(out);
    const ref = schema["$ref"];
    if (typeof ref !== "string") return out;
    const target = resolve(ref, here);
    // A `$ref` beside other validation keywords applies as one more conjunct; alone, it is its target.
    if (Object.keys(out).length === 0) return target;
    return { ...out, allOf: [...((out["allOf"] as unknown[] | undefined) ?? []), target] };
  }

  const root = schemas[id];
  if (!root) throw new Error(`schema ${id} is not in the set`);
  return walk(root, id);
}
