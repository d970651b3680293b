/**
 * The core of both bundlers: copies a document and every schema of the standard it
 * reaches through `$ref`, rewriting each reference to a local pointer, so that the
 * result needs no network, no file system and no knowledge of the standard's `$id`s.
 *
 * A reference to a whole schema (`person.schema.json`) embeds that schema once under
 * its file name (`person`); a reference to a shared definition
 * (`common.schema.json#/$defs/agency`) embeds the definition alone, by file and name
 * (`common.agency`). Embedded schemas lose `$id`, `$schema` and `$defs` (their
 * definitions are embedded one by one, as they are reached).
 */
import { isObject, type JsonObject } from "./json.js";

export interface EmbedOptions {
  /** The document's own base URI: relative references resolve against it. */
  base: string;
  /** The schemas of the standard, by `$id`. */
  schemasById: ReadonlyMap<string, JsonObject>;
  /** Where an embedded schema lives in the result, e.g. `#/$defs/common.agency`. */
  location: (name: string) => string;
}

export interface Embedded {
  document: JsonObject;
  /** Embedded schemas by name, sorted by name. */
  schemas: Map<string, JsonObject>;
}

interface Target {
  name: string;
  schemaId: string;
  /** The `$defs` entry, or undefined for the whole schema. */
  def: string | undefined;
}

/** `https://…/1.1/person.schema.json` → `person` (the file name, without directories). */
function fileStem(schemaId: string): string {
  const file = schemaId.slice(schemaId.lastIndexOf("/") + 1);
  return file.replace(/\.schema\.json$/, "").replace(/[^A-Za-z0-9_-]/g, "_");
}

function unescapePointer(segment: string): string {
  return segment.replaceAll("~1", "/").replaceAll("~0", "~");
}

/** The embedded target a (document, fragment) pair denotes, plus what is left of the fragment. */
function targetOf(schemaId: string, fragment: string): { target: Target; rest: string } {
  const match = /^\/\$defs\/([^/]+)(.*)$/.exec(fragment);
  if (match === null) return { target: { name: fileStem(schemaId), schemaId, def: undefined }, rest: fragment };
  const def = unescapePointer(match[1]!);
  return { target: { name: `${fileStem(schemaId)}.${def.replace(/[^A-Za-z0-9_-]/g, "_")}`, schemaId, def }, rest: match[2]! };
}

export function embedReferences(document: JsonObject, options: EmbedOptions): Embedded {
  const { base, schemasById, location } = options;
  const embedded = new Map<string, JsonObject>();
  const pending: Target[] = [];
  const owners = new Map<string, string>();

  const enqueue = (target: Target): void => {
    const key = `${target.schemaId}#${target.def ?? ""}`;
    const owner = owners.get(target.name);
    if (owner === key) return;
    if (owner !== undefined) throw new Error(`two schemas would be embedded as ${target.name}: ${owner} and ${key}`);
    owners.set(target.name, key);
    pending.push(target);
  };

  /** `documentBase` is the embedded schema's `$id`, or undefined for the document itself (whose `#…` refs stay). */
  const rewriteRef = (ref: string, documentBase: string | undefined): string => {
    if (documentBase === undefined && ref.startsWith("#")) return ref;
    const url = new URL(ref, documentBase ?? base);
    const fragment = decodeURIComponent(url.hash.slice(1));
    url.hash = "";
    if (documentBase === undefined && url.href === base) return `#${fragment}`;
    if (!schemasById.has(url.href)) throw new Error(`$ref ${ref} (from ${documentBase ?? base}) is not a schema of the standard (${url.href})`);
    const { target, rest } = targetOf(url.href, fragment);
    enqueue(target);
    return `${location(target.name)}${rest}`;
  };

  const rewrite = (node: unknown, documentBase: string | undefined): unknown => {
    if (Array.isArray(node)) return node.map((item) => rewrite(item, documentBase));
    if (!isObject(node)) return node;
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") out[key] = rewriteRef(value, documentBase);
      else out[key] = rewrite(value, documentBase);
    }
    return out;
  };

  const result = rewrite(document, undefined) as JsonObject;
  while (pending.length > 0) {
    const target = pending.shift()!;
    const schema = schemasById.get(target.schemaId)!;
    let part: JsonObject;
    if (target.def === undefined) {
      const { $id: _id, $schema: _schema, $defs: _defs, ...rest } = schema;
      part = rest;
    } else {
      const defs = schema["$defs"];
      const def = isObject(defs) ? defs[target.def] : undefined;
      if (!isObject(def)) throw new Error(`${target.schemaId} has no $defs/${target.def}`);
      part = def;
    }
    embedded.set(target.name, rewrite(part, target.schemaId) as JsonObject);
  }
  return { document: result, schemas: new Map([...embedded].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
}
