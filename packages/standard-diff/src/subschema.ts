import { canonical, isAnnotation } from "./canonical.js";
import { exclusiveBranches } from "./disjoint.js";
import { bounds, covers, isSchemaObject, normalPattern, type Schema, typeOfValue, typesOf, valueKey, valuesOf } from "./keywords.js";
import type { ReferenceIndex } from "./reference-index.js";

/** A schema of one version: the node, that version's references and the file the node is in. */
export interface SchemaIn {
  node: unknown;
  index: ReferenceIndex;
  file: string;
}

/** Keywords whose assertion depends on siblings: implied only when those are equal too. */
const dependsOn = new Map<string, readonly string[]>([
  ["additionalProperties", ["properties", "patternProperties"]],
  ["items", ["prefixItems"]],
  ["contains", ["minContains", "maxContains"]],
  ["minContains", ["contains", "maxContains"]],
  ["maxContains", ["contains", "minContains"]],
  ["if", ["then", "else"]],
  ["then", ["if", "else"]],
  ["else", ["if", "then"]],
]);

/** Keywords that depend on the whole schema or on the dynamic scope: implied only by an equal schema. */
const wholeOnly = new Set(["unevaluatedProperties", "unevaluatedItems", "$dynamicRef", "$recursiveRef"]);

const bound = new Map(bounds.map((entry) => [entry.keyword, entry]));

/** Deeper than this (`$ref` chains, nesting) the check gives up: not proved. */
const maxDepth = 16;

/**
 * Whether every instance valid under `a` is valid under `b`, proved from the keywords alone.
 * Conservative: `false` means "not proved", never "not a subschema". It understands what
 * conditions are made of (`properties`, `required`, `type`, `enum`/`const`, bounds, `allOf`,
 * `anyOf`, a `oneOf` of branches that exclude each other, `$ref`); any other keyword of `b` must
 * appear in `a` with the same value.
 */
export function isSubschema(a: SchemaIn, b: SchemaIn, depth = 0): boolean {
  if (b.node === true || a.node === false) return true;
  if (depth > maxDepth || !isSchemaObject(b.node)) return false;
  if (canonical(a.node, a.index, a.file) === canonical(b.node, b.index, b.file)) return true;
  // Every keyword of `a` holds of an instance valid under `a`: leaving some out only admits more.
  const aSchema = isSchemaObject(a.node) ? a.node : {};
  const ref = aSchema["$ref"];
  if (typeof ref === "string") {
    const target = a.index.resolve(ref, a.file);
    if (target.node !== undefined && isSubschema({ ...a, node: target.node, file: target.file }, b, depth + 1)) return true;
  }
  const bSchema = b.node;
  return Object.keys(bSchema).every((keyword) => isAnnotation(keyword) || implies(keyword, { ...a, node: aSchema }, { ...b, node: bSchema }, depth));
}

/** Whether `a` (an object schema) implies the assertion of `keyword` in `b`. */
function implies(keyword: string, a: SchemaIn & { node: Schema }, b: SchemaIn & { node: Schema }, depth: number): boolean {
  const aSchema = a.node;
  const bSchema = b.node;
  const expected = bSchema[keyword];
  const sub = (aNode: unknown, bNode: unknown) => isSubschema({ ...a, node: aNode }, { ...b, node: bNode }, depth + 1);
  if (wholeOnly.has(keyword)) return false;
  const together = dependsOn.get(keyword);
  if (together !== undefined) return aSchema[keyword] !== undefined && sameKeywords(a, b, [keyword, ...together]);
  const aValues = valuesOf(aSchema);
  switch (keyword) {
    case "type": {
      const bTypes = typesOf(bSchema);
      const aTypes = typesOf(aSchema);
      if (aTypes !== undefined && [...aTypes].every((type) => covers(bTypes, type))) return true;
      if (aValues === undefined) return false;
      return aValues.every((value) => covers(bTypes, typeOfValue(value)));
    }
    case "enum": {
      if (!Array.isArray(expected) || aValues === undefined) return false;
      const allowed = new Set(expected.map(valueKey));
      return aValues.every((value) => allowed.has(valueKey(value)));
    }
    case "const":
      if (aValues === undefined) return false;
      return aValues.every((value) => valueKey(value) === valueKey(expected));
    case "required": {
      if (!Array.isArray(expected)) return false;
      const present = Array.isArray(aSchema["required"]) ? (aSchema["required"] as unknown[]) : [];
      return expected.every((name) => present.includes(name));
    }
    case "properties": {
      if (!isSchemaObject(expected)) return false;
      const aProperties = isSchemaObject(aSchema["properties"]) ? aSchema["properties"] : {};
      return Object.entries(expected).every(([name, schema]) => sub(Object.hasOwn(aProperties, name) ? aProperties[name] : true, schema));
    }
    case "pattern":
      return aSchema["pattern"] !== undefined && normalPattern(aSchema["pattern"]) === normalPattern(expected);
    case "allOf":
      return Array.isArray(expected) && expected.every((branch) => sub(aSchema, branch));
    case "anyOf": {
      if (!Array.isArray(expected)) return false;
      if (expected.some((branch) => sub(aSchema, branch))) return true;
      // `a` holds one of its own alternatives, each of which holds one of `b`'s.
      return ["anyOf", "oneOf"].some((own) => {
        const alternatives = aSchema[own];
        return Array.isArray(alternatives) && alternatives.length > 0 && alternatives.every((alternative) => expected.some((branch) => sub(alternative, branch)));
      });
    }
    case "oneOf": {
      // Branches that exclude each other: `a` within one of them matches that one and no other.
      if (Array.isArray(expected) && exclusiveBranches(expected, bSchema, b.index, b.file) && expected.some((branch) => sub(aSchema, branch))) return true;
      return aSchema[keyword] !== undefined && sameKeywords(a, b, [keyword]);
    }
    case "$ref": {
      if (typeof expected !== "string") return false;
      const target = b.index.resolve(expected, b.file);
      return target.node !== undefined && isSubschema(a, { ...b, node: target.node, file: target.file }, depth + 1);
    }
  }
  const limit = bound.get(keyword);
  if (limit !== undefined && typeof expected === "number") {
    const own = aSchema[keyword];
    if (typeof own === "number" && (limit.lower ? own >= expected : own <= expected)) return true;
  }
  return aSchema[keyword] !== undefined && sameKeywords(a, b, [keyword]);
}

/** Whether the keywords have the same values (absent alike) in both schemas. */
function sameKeywords(a: SchemaIn & { node: Schema }, b: SchemaIn & { node: Schema }, keywords: readonly string[]): boolean {
  const pick = (schema: Schema) => Object.fromEntries(keywords.filter((keyword) => Object.hasOwn(schema, keyword)).map((keyword) => [keyword, schema[keyword]]));
  return canonical(pick(a.node), a.index, a.file) === canonical(pick(b.node), b.index, b.file);
}
