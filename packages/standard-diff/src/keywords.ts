/** What the comparer and the subschema check read from a JSON Schema's keywords. */

export type Schema = Record<string, unknown>;

export const allTypes = ["null", "boolean", "object", "array", "number", "string", "integer"];

/** Bounds: raising a lower bound or lowering an upper one narrows; `absent` is what no keyword means. */
export const bounds: { keyword: string; family: "range" | "length" | "items"; lower: boolean; absent: number }[] = [
  { keyword: "minimum", family: "range", lower: true, absent: Number.NEGATIVE_INFINITY },
  { keyword: "exclusiveMinimum", family: "range", lower: true, absent: Number.NEGATIVE_INFINITY },
  { keyword: "maximum", family: "range", lower: false, absent: Number.POSITIVE_INFINITY },
  { keyword: "exclusiveMaximum", family: "range", lower: false, absent: Number.POSITIVE_INFINITY },
  { keyword: "minLength", family: "length", lower: true, absent: 0 },
  { keyword: "maxLength", family: "length", lower: false, absent: Number.POSITIVE_INFINITY },
  { keyword: "minItems", family: "items", lower: true, absent: 0 },
  { keyword: "maxItems", family: "items", lower: false, absent: Number.POSITIVE_INFINITY },
  { keyword: "minProperties", family: "range", lower: true, absent: 0 },
  { keyword: "maxProperties", family: "range", lower: false, absent: Number.POSITIVE_INFINITY },
  { keyword: "minContains", family: "items", lower: true, absent: 1 },
  { keyword: "maxContains", family: "items", lower: false, absent: Number.POSITIVE_INFINITY },
];

export function isSchemaObject(node: unknown): node is Schema {
  return typeof node === "object" && node !== null && !Array.isArray(node);
}

export function typesOf(schema: Schema): Set<string> | undefined {
  const type = schema["type"];
  if (typeof type === "string") return new Set([type]);
  if (Array.isArray(type)) return new Set(type.filter((item): item is string => typeof item === "string"));
  return undefined;
}

export function covers(types: Set<string> | undefined, type: string): boolean {
  return types === undefined || types.has(type) || (type === "integer" && types.has("number"));
}

export function valuesOf(schema: Schema): unknown[] | undefined {
  if (Object.hasOwn(schema, "const")) return [schema["const"]];
  return Array.isArray(schema["enum"]) ? schema["enum"] : undefined;
}

/** `\d` is `[0-9]` in every JSON Schema regex dialect without the u-flag's Unicode digits. */
export function normalPattern(pattern: unknown): unknown {
  return typeof pattern === "string" ? pattern.replaceAll("\\d", "[0-9]") : pattern;
}

/** The JSON type of a value, as `type` names it (`integer` for a whole number). */
export function typeOfValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** A value as a string equal for two values exactly when JSON Schema holds them equal (keys in any order). */
export function valueKey(value: unknown): string {
  return JSON.stringify(sorted(value));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (!isSchemaObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sorted(value[key])]),
  );
}
