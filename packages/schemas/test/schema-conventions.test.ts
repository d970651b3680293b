import { describe, expect, it } from "vitest";
import { isObject, type JsonObject } from "../scripts/json.js";
import { SchemaIndex } from "../scripts/schema-index.js";
import { releases, sources } from "./support/sources.js";

// The standard's own schemas; report/parameters/conformance schemas belong to other packages.
const own = sources.schemas.filter((s) => /^schemas\/((common|person|enrolment|transfer|assistance|record|package|jsonl-header)\.schema\.json|codelists\/codelist\.schema\.json)$/.test(s.path));
const index = new SchemaIndex(sources.schemas.map((s) => s.json));

/** Every subschema with its JSON pointer. */
function* subschemas(node: unknown, pointer = ""): Generator<[string, JsonObject]> {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* subschemas(item, `${pointer}/${i}`);
    return;
  }
  if (!isObject(node)) return;
  yield [pointer, node];
  for (const [key, value] of Object.entries(node)) {
    if (key === "enum" || key === "const" || key === "x-czt-title") continue;
    yield* subschemas(value, `${pointer}/${key}`);
  }
}

describe.each(own.map((s) => [s.path, s.json] as const))("%s", (path, schema) => {
  it("has a versioned $id matching its file", () => {
    expect(schema["$id"]).toBe(`https://czt-ss.org/schemas/1.1/${path.replace(/^schemas\//, "")}`);
  });

  it("closes every object it describes (additionalProperties: false)", () => {
    const open = [...subschemas(schema)]
      .filter(([pointer, node]) => isObject(node["properties"]) && node["type"] === "object" && !/\/(if|then)$/.test(pointer))
      .filter(([, node]) => node["additionalProperties"] !== false)
      .map(([pointer]) => pointer || "/");
    // The record dispatcher only selects a type schema, which is itself closed.
    expect(open).toEqual(path === "schemas/record.schema.json" ? ["/"] : []);
  });

  it("gives every property an English description and a bilingual x-czt-title", () => {
    const missing: string[] = [];
    for (const [pointer, node] of subschemas(schema)) {
      if (!isObject(node["properties"]) || /\/(if|then|else|anyOf\/\d+|oneOf\/\d+)$/.test(pointer)) continue;
      for (const [key, property] of Object.entries(node["properties"])) {
        if (!isObject(property) || typeof property["description"] !== "string" || !isObject(property["x-czt-title"])) {
          missing.push(`${pointer}/properties/${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("resolves every $ref offline, by $id", () => {
    const id = String(schema["$id"]);
    for (const [pointer, node] of subschemas(schema)) {
      const ref = node["$ref"];
      if (typeof ref !== "string") continue;
      expect(ref.startsWith("https://czt-ss.org/schemas/1.1/") || ref.startsWith("#"), `${pointer}: ${ref}`).toBe(true);
      expect(() => index.resolve(ref, id), `${pointer}: ${ref}`).not.toThrow();
    }
  });
});

describe("records", () => {
  it.each(["person", "enrolment", "transfer", "assistance"])("%s allows an extensions object", (type) => {
    const schema = sources.schemas.find((s) => s.path === `schemas/${type}.schema.json`)!.json;
    expect((schema["properties"] as JsonObject)["extensions"]).toMatchObject({ type: "object" });
    expect(schema["required"]).toEqual(expect.arrayContaining(["recordType", "id", "meta"]));
  });
});

/** Every `$ref` of a document with its JSON pointer. */
function refsOf(document: unknown): [string, string][] {
  return [...subschemas(document)].flatMap(([pointer, node]) => (typeof node["$ref"] === "string" ? [[pointer, node["$ref"]] as [string, string]] : []));
}

/**
 * A `$ref` into another schema's `properties` ties two schemas' internals together:
 * bundlers cannot name the target (orval's output from it did not compile) and renaming a
 * property silently changes the other schema. Shared shapes live in `$defs`.
 */
describe("references to other schemas", () => {
  // The working tree and every release: a release is frozen from the working tree, so it must not bring one back either.
  const documents = [sources, ...releases.map((release) => release.sources)].flatMap((tree) => [
    ...tree.schemas.map((s) => [s.path, s.json] as const),
    ...tree.openapi.map((d) => [d.path, d.json] as const),
  ]);

  it.each(documents)("%s refers to another schema only as a whole or to one of its $defs", (_path, document) => {
    const offending = refsOf(document)
      .filter(([, ref]) => !ref.startsWith("#"))
      .filter(([, ref]) => {
        const fragment = ref.includes("#") ? decodeURIComponent(ref.slice(ref.indexOf("#") + 1)) : "";
        return fragment !== "" && !/^\/\$defs\/[^/]+$/.test(fragment);
      })
      .map(([pointer, ref]) => `${pointer}: ${ref}`);
    expect(offending).toEqual([]);
  });
});
