/** Schemas by `$id`, with offline resolution of `$ref`s (absolute ids and `#/...` fragments). */
import { isObject, type JsonObject } from "./json.js";

export interface Resolved {
  schema: JsonObject;
  /** `$id` of the document the schema lives in (base for its own relative refs). */
  documentId: string;
  /** Last segment of the fragment, e.g. `agency` for `common.schema.json#/$defs/agency`. */
  name: string | undefined;
}

export class SchemaIndex {
  readonly byId = new Map<string, JsonObject>();

  constructor(schemas: readonly JsonObject[]) {
    for (const schema of schemas) {
      const id = schema["$id"];
      if (typeof id === "string") this.byId.set(id, schema);
    }
  }

  resolve(ref: string, documentId: string): Resolved {
    const hash = ref.indexOf("#");
    const address = hash === -1 ? ref : ref.slice(0, hash);
    const fragment = hash === -1 ? "" : ref.slice(hash + 1);
    const targetId = address === "" ? documentId : new URL(address, documentId).href;
    const document = this.byId.get(targetId);
    if (document === undefined) throw new Error(`$ref ${ref} (from ${documentId}): no schema with $id ${targetId}`);
    let node: unknown = document;
    const segments = fragment === "" ? [] : fragment.replace(/^\//, "").split("/");
    for (const segment of segments) {
      const key = decodeURIComponent(segment).replaceAll("~1", "/").replaceAll("~0", "~");
      node = isObject(node) ? node[key] : undefined;
    }
    if (!isObject(node)) throw new Error(`$ref ${ref} (from ${documentId}): fragment does not point to a schema`);
    return { schema: node, documentId: targetId, name: segments.at(-1) };
  }
}
