import type { ReferenceIndex } from "./reference-index.js";

/** Keywords that never change which data is valid: ignored when deciding whether two schemas are equal. */
export function isAnnotation(keyword: string): boolean {
  return (
    keyword.startsWith("x-") ||
    [
      "title",
      "description",
      "examples",
      "example",
      "default",
      "$comment",
      "$id",
      "$schema",
      "$anchor",
      "$dynamicAnchor",
      "$vocabulary",
      "$defs",
      "deprecated",
      "readOnly",
      "writeOnly",
      "externalDocs",
      "xml",
      "discriminator",
    ].includes(keyword)
  );
}

/**
 * A schema as a string that is equal for two schemas exactly when they validate alike by
 * their text: annotations dropped, keys sorted, `$ref`s replaced by the file and pointer
 * they resolve to (so `…/1.0/common.schema.json#…` and `…/1.1/common.schema.json#…` are equal).
 */
export function canonical(node: unknown, index: ReferenceIndex, file: string): string {
  return JSON.stringify(canonicalValue(node, index, file, true));
}

/** Keywords whose value maps names (property names, not keywords) to schemas. */
const schemaMaps = new Set(["properties", "patternProperties", "dependentSchemas"]);

function canonicalValue(node: unknown, index: ReferenceIndex, file: string, isSchema: boolean): unknown {
  if (Array.isArray(node)) return node.map((item) => canonicalValue(item, index, file, isSchema));
  if (typeof node !== "object" || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(node).sort()) {
    const value = (node as Record<string, unknown>)[key];
    if (isSchema && isAnnotation(key)) continue;
    if (isSchema && key === "$ref" && typeof value === "string") out[key] = index.resolve(value, file).key;
    else if (isSchema && schemaMaps.has(key) && typeof value === "object" && value !== null) {
      out[key] = Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((name) => [name, canonicalValue((value as Record<string, unknown>)[name], index, file, true)]),
      );
    }
    // Values of enum and const are data, not schemas: their keys are kept as they are.
    else out[key] = canonicalValue(value, index, file, isSchema && key !== "enum" && key !== "const");
  }
  return out;
}
