import { covers, isSchemaObject, type Schema, typeOfValue, typesOf, valueKey, valuesOf } from "./keywords.js";
import type { SchemaIn } from "./subschema.js";

/** Deeper than this (`$ref` chains, nesting) the check gives up: not proved. */
const maxDepth = 16;

/** What the schema around two schemas tells of the data both are applied to. */
interface Around {
  /** Only objects are valid (`type: "object"`): `required` and `properties` bite. */
  objects: boolean;
  /** Properties every valid object has. */
  required: readonly string[];
}

const nothingKnown: Around = { objects: false, required: [] };

/**
 * Whether the branches of a `oneOf` provably exclude each other, so that "exactly one holds"
 * is "one holds" (an `anyOf`). `around` is the schema that holds the `oneOf`: its other keywords
 * apply to the same data (its `type: "object"` makes `required` bite, its `required` names
 * properties every valid object has), and data it rejects is invalid whatever the branches say.
 */
export function exclusiveBranches(branches: readonly unknown[], around: unknown, index: SchemaIn["index"], file: string): boolean {
  const context: Around = isSchemaObject(around) ? { objects: onlyObjects(around), required: requiredOf(around) } : nothingKnown;
  return branches.every((a, i) => branches.slice(i + 1).every((b) => areDisjoint({ node: a, index, file }, { node: b, index, file }, context)));
}

/**
 * Whether no instance is valid under both `a` and `b` (for `objects`: no object), proved from
 * their keywords — distinct `type`s, distinct `const`/`enum` values, or a property that one of
 * them requires and whose values the two keep apart (a discriminator such as `kind: {const: "a"}`).
 * Conservative: `false` means "not proved". `a` and `b` may be of different versions.
 */
export function areDisjoint(a: SchemaIn, b: SchemaIn, around: Around = nothingKnown, depth = 0): boolean {
  if (a.node === false || b.node === false) return true;
  if (depth > maxDepth || !isSchemaObject(a.node) || !isSchemaObject(b.node)) return false;
  const aSchema = a.node;
  const bSchema = b.node;
  if (keptApart(aSchema, bSchema)) return true;
  if (around.objects || onlyObjects(aSchema) || onlyObjects(bSchema)) {
    const aProperties = isSchemaObject(aSchema["properties"]) ? aSchema["properties"] : {};
    const bProperties = isSchemaObject(bSchema["properties"]) ? bSchema["properties"] : {};
    // A property one of them (or the schema around) requires is in every instance, and must then be valid under both.
    for (const name of new Set([...around.required, ...requiredOf(aSchema), ...requiredOf(bSchema)])) {
      const aProperty = Object.hasOwn(aProperties, name) ? aProperties[name] : true;
      const bProperty = Object.hasOwn(bProperties, name) ? bProperties[name] : true;
      if (areDisjoint({ ...a, node: aProperty }, { ...b, node: bProperty }, nothingKnown, depth + 1)) return true;
    }
  }
  // A schema admits no more than its `$ref`'s target or any of its allOf branches: apart from one of those, apart from it.
  return implied(a).some((part) => areDisjoint(part, b, around, depth + 1)) || implied(b).some((part) => areDisjoint(a, part, around, depth + 1));
}

/** Distinct types, or values that the other's values or types exclude. */
function keptApart(a: Schema, b: Schema): boolean {
  const aTypes = typesOf(a);
  const bTypes = typesOf(b);
  if (aTypes !== undefined && bTypes !== undefined && ![...aTypes].some((type) => covers(bTypes, type) || (type === "number" && bTypes.has("integer")))) return true;
  const aValues = valuesOf(a);
  const bValues = valuesOf(b);
  if (aValues !== undefined && bValues !== undefined) {
    const keys = new Set(bValues.map(valueKey));
    if (!aValues.some((value) => keys.has(valueKey(value)))) return true;
  }
  if (aValues !== undefined && bTypes !== undefined && !aValues.some((value) => covers(bTypes, typeOfValue(value)))) return true;
  return bValues !== undefined && aTypes !== undefined && !bValues.some((value) => covers(aTypes, typeOfValue(value)));
}

/** The schemas that every instance of this one is valid under: its `$ref`'s target and its allOf branches. */
function implied(schema: SchemaIn): SchemaIn[] {
  const node = schema.node as Schema;
  const parts: SchemaIn[] = [];
  if (typeof node["$ref"] === "string") {
    const target = schema.index.resolve(node["$ref"], schema.file);
    if (target.node !== undefined) parts.push({ ...schema, node: target.node, file: target.file });
  }
  if (Array.isArray(node["allOf"])) for (const branch of node["allOf"]) parts.push({ ...schema, node: branch });
  return parts;
}

function requiredOf(schema: Schema): string[] {
  return Array.isArray(schema["required"]) ? schema["required"].filter((name): name is string => typeof name === "string") : [];
}

/** A schema whose `type` admits objects only. */
function onlyObjects(node: unknown): boolean {
  if (!isSchemaObject(node)) return false;
  const types = typesOf(node);
  return types !== undefined && types.size > 0 && [...types].every((type) => type === "object");
}
