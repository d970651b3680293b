/**
 * Flattens a record schema into its fields (one row per property, nested objects and
 * array items expanded), following `$ref`s into shared definitions. Feeds both the
 * reference docs and `sensitivePointers`, so the two never disagree.
 */
import type { Bilingual } from "../src/code-list.js";
import type { Sensitivity } from "../src/sensitivity.js";
import { isObject, type JsonObject } from "./json.js";
import type { SchemaIndex } from "./schema-index.js";

export interface FieldRow {
  /** JSON-pointer template, `*` for array items, e.g. `/documents/*\/number`. */
  pointer: string;
  /** Short type label, e.g. `string (date)`, `array`, `object`. */
  type: string;
  required: boolean;
  sensitivity: Sensitivity | undefined;
  title: Bilingual | undefined;
  description: string | undefined;
  codeList: string | undefined;
  /** Name of the shared definition the field refers to (`amountFen`), when it refers to one. */
  definition: string | undefined;
  /** `$id` of another top-level schema the field refers to instead of being expanded. */
  schemaRef: string | undefined;
  /** `const`/`enum` values not coming from a code list. */
  values: readonly unknown[] | undefined;
}

interface View {
  schema: JsonObject;
  documentId: string;
  definition: string | undefined;
  schemaRef: string | undefined;
}

/** Follows refs inside the same document or into `$defs` of another; a ref to a whole other schema is kept as a link. */
function view(node: JsonObject, documentId: string, index: SchemaIndex): View {
  let schema = node;
  let current = documentId;
  let definition: string | undefined;
  for (let depth = 0; typeof schema["$ref"] === "string" && depth < 16; depth++) {
    const ref = schema["$ref"];
    if (!ref.includes("#/")) return { schema, documentId: current, definition, schemaRef: new URL(ref, current).href };
    const target = index.resolve(ref, current);
    const { $ref: _ref, ...siblings } = schema;
    // Annotations written next to the $ref describe this use and win over the definition's own.
    schema = { ...target.schema, ...siblings };
    current = target.documentId;
    definition ??= target.name;
  }
  return { schema, documentId: current, definition, schemaRef: undefined };
}

function typeLabel(schema: JsonObject): string {
  if ("const" in schema) return "const";
  const type = schema["type"];
  const base = Array.isArray(type) ? type.join(" | ") : typeof type === "string" ? type : "enum" in schema ? "string" : "any";
  const format = schema["format"];
  return typeof format === "string" ? `${base} (${format})` : base;
}

function bilingual(value: unknown): Bilingual | undefined {
  return isObject(value) && typeof value["zh"] === "string" && typeof value["en"] === "string"
    ? { zh: value["zh"], en: value["en"] }
    : undefined;
}

function rowFor(pointer: string, v: View, required: boolean): FieldRow {
  const s = v.schema;
  const codeList = typeof s["x-czt-codelist"] === "string" ? s["x-czt-codelist"] : undefined;
  const values = "const" in s ? [s["const"]] : codeList === undefined && Array.isArray(s["enum"]) ? s["enum"] : undefined;
  const sensitivity = s["x-czt-sensitivity"];
  return {
    pointer,
    type: v.schemaRef === undefined ? typeLabel(s) : "object",
    required,
    sensitivity: sensitivity === "identifier" || sensitivity === "personal" || sensitivity === "special" ? sensitivity : undefined,
    title: bilingual(s["x-czt-title"]),
    description: typeof s["description"] === "string" ? s["description"] : undefined,
    codeList,
    definition: v.definition,
    schemaRef: v.schemaRef,
    values,
  };
}

function collect(v: View, prefix: string, index: SchemaIndex, rows: FieldRow[]): void {
  if (v.schemaRef !== undefined) return;
  const properties = v.schema["properties"];
  if (isObject(properties)) {
    const required = Array.isArray(v.schema["required"]) ? v.schema["required"] : [];
    for (const [key, child] of Object.entries(properties)) {
      if (!isObject(child)) continue;
      const childView = view(child, v.documentId, index);
      const pointer = `${prefix}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`;
      rows.push(rowFor(pointer, childView, required.includes(key)));
      collect(childView, pointer, index, rows);
    }
  }
  const items = v.schema["items"];
  if (isObject(items)) {
    const itemView = view(items, v.documentId, index);
    if (itemView.schemaRef === undefined && isObject(itemView.schema["properties"])) {
      collect(itemView, `${prefix}/*`, index, rows);
    } else if (itemView.schema["x-czt-sensitivity"] !== undefined || itemView.schemaRef !== undefined) {
      rows.push(rowFor(`${prefix}/*`, itemView, true));
    }
  }
}

export function schemaFields(schema: JsonObject, index: SchemaIndex): FieldRow[] {
  const id = typeof schema["$id"] === "string" ? schema["$id"] : "";
  const rows: FieldRow[] = [];
  collect({ schema, documentId: id, definition: undefined, schemaRef: undefined }, "", index, rows);
  return rows;
}

/** Rows of a shared definition (`common.schema.json#/$defs/<name>`), for the reference page of common. */
export function definitionFields(schema: JsonObject, documentId: string, index: SchemaIndex): FieldRow[] {
  const rows: FieldRow[] = [];
  collect(view(schema, documentId, index), "", index, rows);
  return rows;
}
