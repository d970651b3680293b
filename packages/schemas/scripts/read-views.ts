/**
 * Read views of the record schemas in the bundled contract. A token without `read:personal`
 * receives records without the fields marked `x-czt-sensitivity`; a response that may be
 * such a record says so in the contract source with `x-czt-read-view: true` beside its
 * `$ref` to the record schema. Here every such reference is pointed at a derived schema
 * (`transfer.readView`) in which the annotated fields are optional: no longer required
 * (also inside referenced `$defs` such as `common.contributionYear`), and no condition
 * tests their absence (a person without `idNumber` must show `documents`; one whose number
 * was left out need not). Nothing else changes, so every record valid under the record
 * schema is valid under its read view.
 */

import { isObject, type JsonObject } from "./json.js";

export const readViewMarker = "x-czt-read-view";
const componentPrefix = "#/components/schemas/";

/** Keywords whose schemas apply to the same instance as the schema holding them. */
const inPlace = new Set(["allOf", "anyOf", "oneOf", "not", "if", "then", "else"]);
/** Keywords whose schemas apply to a member or item of the instance. */
const nested = new Set(["items", "prefixItems", "contains", "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "propertyNames"]);
/** Keywords holding a map of name → schema for members of the instance. */
const nestedMaps = new Set(["properties", "patternProperties"]);

function sensitiveMembers(node: JsonObject): string[] {
  const properties = node["properties"];
  if (!isObject(properties)) return [];
  return Object.entries(properties)
    .filter(([, schema]) => isObject(schema) && "x-czt-sensitivity" in schema)
    .map(([name]) => name);
}

/** Does a condition look at one of these members (its presence, absence or value)? */
function testsAny(condition: unknown, names: ReadonlySet<string>): boolean {
  if (!isObject(condition)) return false;
  const properties = isObject(condition["properties"]) ? Object.keys(condition["properties"]) : [];
  const required = Array.isArray(condition["required"]) ? condition["required"] : [];
  return [...properties, ...required].some((name) => typeof name === "string" && names.has(name));
}

/** `{ properties: { x: true, … } }` with nothing required: true of every object. */
function isVacuous(node: unknown): boolean {
  if (!isObject(node)) return false;
  const required = node["required"];
  if (Array.isArray(required) && required.length > 0) return false;
  const properties = node["properties"];
  if (properties !== undefined && !(isObject(properties) && Object.values(properties).every((schema) => schema === true))) return false;
  return Object.keys(node).every((key) => key === "properties" || key === "required");
}

export function applyReadViews(bundled: JsonObject): void {
  const components = bundled["components"];
  const schemas = isObject(components) && isObject(components["schemas"]) ? components["schemas"] : {};
  const viewOf = new Map<string, string>();

  /** The name of a component's read view: itself when nothing in it is sensitive. */
  const view = (name: string): string => {
    const known = viewOf.get(name);
    if (known !== undefined) return known;
    viewOf.set(name, name); // a cycle back here keeps the original
    const original = schemas[name];
    if (original === undefined) throw new Error(`${componentPrefix}${name} does not exist`);
    const relaxed = relax(original, new Set());
    if (JSON.stringify(relaxed) === JSON.stringify(original)) return name;
    const viewName = `${name}.readView`;
    schemas[viewName] = relaxed;
    viewOf.set(name, viewName);
    return viewName;
  };

  const relaxRef = (ref: string): string => {
    if (!ref.startsWith(componentPrefix)) return ref;
    const name = ref.slice(componentPrefix.length);
    // A pointer into a component (…/properties/x) is left alone: only whole components have views.
    return name.includes("/") ? ref : componentPrefix + view(name);
  };

  /** `inherited`: the sensitive members of the instance this schema applies to in place. */
  function relax(node: unknown, inherited: ReadonlySet<string>): unknown {
    if (!isObject(node)) return node;
    const names = new Set([...inherited, ...sensitiveMembers(node)]);
    const dropCondition = testsAny(node["if"], names);
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (dropCondition && (key === "if" || key === "then" || key === "else")) continue;
      if (key === "$ref" && typeof value === "string") out[key] = relaxRef(value);
      else if (key === "required" && Array.isArray(value)) {
        const kept = value.filter((name) => typeof name !== "string" || !names.has(name));
        // An emptied list is left out: some validators (Redocly's) reject \`required: []\`.
        if (kept.length > 0 || value.length === 0) out[key] = kept;
      }
      else if (key === "allOf" && Array.isArray(value)) {
        // Members reduced to `{}` (a dropped condition) match anything: left out.
        const kept = value.map((item) => relax(item, names)).filter((item) => !(isObject(item) && Object.keys(item).length === 0));
        if (kept.length > 0) out[key] = kept;
      } else if (inPlace.has(key)) out[key] = relax(value, names);
      else if (nested.has(key)) out[key] = Array.isArray(value) ? value.map((item) => relax(item, new Set())) : relax(value, new Set());
      else if (nestedMaps.has(key) && isObject(value)) out[key] = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, relax(schema, new Set())]));
      else out[key] = value;
    }
    // A consequence left with nothing to require (its fields were sensitive) says nothing: drop the condition,
    // which some validators (Redocly's, with unevaluated properties) would otherwise misjudge.
    if (isVacuous(out["then"]) && !("else" in out)) {
      delete out["if"];
      delete out["then"];
    }
    return out;
  }

  const point = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(point);
    if (!isObject(node)) return;
    if (node[readViewMarker] === true) {
      const ref = node["$ref"];
      if (typeof ref !== "string" || !ref.startsWith(componentPrefix)) throw new Error(`${readViewMarker} needs a $ref to a schema beside it`);
      node["$ref"] = relaxRef(ref);
      delete node[readViewMarker];
    }
    for (const value of Object.values(node)) point(value);
  };
  point(bundled);
}
