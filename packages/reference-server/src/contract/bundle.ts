/**
 * Turns the exchange contract, whose bodies are `$ref`s to the record schemas of
 * the standard (`../person.schema.json`), into one self-contained OpenAPI 3.1
 * document: each referenced schema is embedded once under `components/schemas`
 * by its file name (`person`), each referenced `$defs` entry by file and name
 * (`common.agency`), and every reference is rewritten to a local pointer. Browsers (Redoc), linters, code generators and Ajv then need no
 * network and no file system. The record schemas stay the one source of truth:
 * this is a generated artefact.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Where the contract sits among the schema ids, so that `../person.schema.json` resolves to the person schema's `$id`. */
export const contractBaseUri = "https://czt-ss.org/schemas/1.1/openapi/czt-exchange.yaml";
const schemaIdPrefix = "https://czt-ss.org/schemas/1.1/";

function fileName(schemaId: string): string {
  return schemaId.slice(schemaIdPrefix.length).replace(/\.schema\.json$/, "").replace(/[^A-Za-z0-9_-]/g, "_");
}

/** What a reference points at: a whole schema file, or one of its `$defs` (plus any deeper path). */
interface Target {
  component: string;
  schemaId: string;
  def: string | undefined;
  rest: string;
}

function targetOf(schemaId: string, fragment: string): Target {
  const match = /^\/\$defs\/([^/]+)(.*)$/.exec(fragment);
  if (match === null) return { component: fileName(schemaId), schemaId, def: undefined, rest: fragment };
  const def = match[1]!.replace(/~1/g, "/").replace(/~0/g, "~");
  return { component: `${fileName(schemaId)}.${def.replace(/[^A-Za-z0-9_-]/g, "_")}`, schemaId, def, rest: match[2]! };
}

export function bundleContract(contract: object, schemasById: Readonly<Record<string, object>>): Record<string, unknown> {
  const embedded = new Map<string, Json>();
  const pending: Target[] = [];
  const queued = new Set<string>();

  const rewriteRef = (ref: string, base: string, documentIsContract: boolean): string => {
    if (documentIsContract && ref.startsWith("#")) return ref;
    const url = new URL(ref, base);
    const fragment = url.hash === "" ? "" : decodeURIComponent(url.hash.slice(1));
    url.hash = "";
    const target = url.href;
    if (documentIsContract && target === contractBaseUri) return `#${fragment}`;
    if (!(target in schemasById)) throw new Error(`the contract refers to ${ref}, which is not a schema of the standard (${target})`);
    const resolved = targetOf(target, fragment);
    if (!queued.has(resolved.component)) {
      queued.add(resolved.component);
      pending.push(resolved);
    }
    return `#/components/schemas/${resolved.component}${resolved.rest}`;
  };

  const rewrite = (node: Json, base: string, documentIsContract: boolean): Json => {
    if (Array.isArray(node)) return node.map((item) => rewrite(item, base, documentIsContract));
    if (node === null || typeof node !== "object") return node;
    const out: { [key: string]: Json } = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") out[key] = rewriteRef(value, base, documentIsContract);
      else if (!documentIsContract && (key === "$id" || key === "$schema")) continue;
      else out[key] = rewrite(value, base, documentIsContract);
    }
    return out;
  };

  const bundled = rewrite(structuredClone(contract) as Json, contractBaseUri, true) as { [key: string]: Json };
  while (pending.length > 0) {
    const target = pending.shift()!;
    const schema = structuredClone(schemasById[target.schemaId]) as { [key: string]: Json };
    const defs = (schema["$defs"] ?? {}) as { [key: string]: Json };
    if (target.def !== undefined && !(target.def in defs)) throw new Error(`${target.schemaId} has no $defs/${target.def}`);
    // A whole file's $defs are embedded one by one, as they are referenced.
    const part = target.def === undefined ? Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$defs")) : defs[target.def]!;
    embedded.set(target.component, rewrite(part, target.schemaId, false));
  }
  const components = (bundled["components"] ?? {}) as { [key: string]: Json };
  const schemas = (components["schemas"] ?? {}) as { [key: string]: Json };
  for (const [name, schema] of [...embedded].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (name in schemas) throw new Error(`components/schemas/${name} of the contract clashes with an embedded schema of the standard`);
    schemas[name] = schema;
  }
  components["schemas"] = schemas;
  bundled["components"] = components;
  return bundled;
}
