import type { Bilingual, Sensitivity } from "../rule.js";

/** What the schema says about one field, keyed by its pointer template (`/documents/* /number` without the space). */
export interface FieldInfo {
  title?: Bilingual;
  codeList?: string;
  sensitivity?: Sensitivity;
  /** JSON types the field may take, for typing CSV cells. */
  types: readonly string[];
}

type SchemaObject = Record<string, unknown>;

const maxDepth = 24;

function isObject(value: unknown): value is SchemaObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function toBilingual(value: unknown): Bilingual | undefined {
  if (typeof value === "string") return { zh: value, en: value };
  if (isObject(value) && typeof value["zh"] === "string" && typeof value["en"] === "string") {
    return { zh: value["zh"], en: value["en"] };
  }
  return undefined;
}

function resolvePointer(root: unknown, fragment: string): unknown {
  if (fragment === "" || fragment === "/") return root;
  let node = root;
  for (const raw of fragment.replace(/^\//, "").split("/")) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Walks a record schema (following `$ref`, `allOf`, `anyOf`, `oneOf`, `then`/`else`)
 * and lists every field it can reach with its `x-czt-*` annotations. Computed once per
 * validator; used for field titles in messages, code lists, masking and CSV typing.
 */
export function buildFieldMap(schemas: Readonly<Record<string, object>>, rootId: string): Map<string, FieldInfo> {
  const fields = new Map<string, FieldInfo>();

  function deref(schema: SchemaObject, baseId: string): { schema: SchemaObject; baseId: string } | undefined {
    const ref = schema["$ref"];
    if (typeof ref !== "string") return undefined;
    const url = new URL(ref, baseId);
    const fragment = url.hash.replace(/^#/, "");
    url.hash = "";
    const target = schemas[url.href];
    const resolved = resolvePointer(target, fragment);
    return isObject(resolved) ? { schema: resolved, baseId: url.href } : undefined;
  }

  function note(pointer: string, schema: SchemaObject): void {
    const info: FieldInfo = fields.get(pointer) ?? { types: [] };
    const title = toBilingual(schema["x-czt-title"] ?? schema["title"]);
    const merged: FieldInfo = { ...info };
    if (title && !info.title) merged.title = title;
    if (typeof schema["x-czt-codelist"] === "string" && !info.codeList) merged.codeList = schema["x-czt-codelist"];
    const sensitivity = schema["x-czt-sensitivity"];
    if ((sensitivity === "identifier" || sensitivity === "personal" || sensitivity === "special") && !info.sensitivity) {
      merged.sensitivity = sensitivity;
    }
    const type = schema["type"];
    const types = typeof type === "string" ? [type] : Array.isArray(type) ? type.filter((t) => typeof t === "string") : [];
    if (types.length > 0) merged.types = [...new Set([...info.types, ...types])];
    if (schema["const"] !== undefined || schema["enum"] !== undefined) {
      const values = schema["enum"] ?? [schema["const"]];
      if (Array.isArray(values) && values.every((v) => typeof v === "string") && merged.types.length === 0) merged.types = ["string"];
    }
    fields.set(pointer, merged);
  }

  function walk(schema: SchemaObject, baseId: string, pointer: string, depth: number): void {
    if (depth > maxDepth) return;
    const id = typeof schema["$id"] === "string" ? new URL(schema["$id"], baseId).href : baseId;
    if (pointer !== "") note(pointer, schema);
    const target = deref(schema, id);
    if (target) walk(target.schema, target.baseId, pointer, depth + 1);
    for (const keyword of ["allOf", "anyOf", "oneOf"]) {
      const branches = schema[keyword];
      if (Array.isArray(branches)) for (const branch of branches) if (isObject(branch)) walk(branch, id, pointer, depth + 1);
    }
    for (const keyword of ["then", "else"]) {
      const branch = schema[keyword];
      if (isObject(branch)) walk(branch, id, pointer, depth + 1);
    }
    const properties = schema["properties"];
    if (isObject(properties)) {
      for (const [name, sub] of Object.entries(properties)) if (isObject(sub)) walk(sub, id, `${pointer}/${name}`, depth + 1);
    }
    const items = schema["items"];
    if (isObject(items)) walk(items, id, `${pointer}/*`, depth + 1);
  }

  const root = schemas[rootId];
  if (isObject(root)) walk(root, rootId, "", 0);
  return fields;
}

/** `/documents/0/number` → `/documents/* /number` (without the space): array indexes become `*`. */
export function pointerTemplate(pointer: string): string {
  return pointer.replace(/\/\d+(?=\/|$)/g, "/*");
}
