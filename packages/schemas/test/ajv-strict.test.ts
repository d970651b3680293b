import { describe, expect, it } from "vitest";
import { metaSchemaId } from "../scripts/outputs.js";
import { keywordsOf, strictAjv } from "./support/ajv.js";
import { committedSchemas, sources } from "./support/sources.js";

const ajv = strictAjv(committedSchemas);
const others = sources.schemas.filter((s) => s.json["$id"] !== metaSchemaId);
// The data standard's own schemas; tool schemas (report, parameters, conformance) may declare plain 2020-12.
const standard = others.filter((s) => !/^schemas\/(report|parameters)\.schema\.json$|^schemas\/conformance\//.test(s.path));

describe("every schema under ajv 2020-12 strict mode", () => {
  it("finds the schemas of the standard", () => {
    expect(others.map((s) => s.path)).toEqual(expect.arrayContaining(["schemas/person.schema.json", "schemas/record.schema.json", "schemas/package.schema.json"]));
  });

  it("registers exactly the annotation keywords the meta-schema declares", () => {
    expect(keywordsOf(committedSchemas.get(metaSchemaId)!)).toEqual(["x-czt-title", "x-czt-sensitivity", "x-czt-codelist"]);
  });

  it.each(others.map((s) => [s.path, s.json] as const))("%s compiles in strict mode", (_path, schema) => {
    expect(() => ajv.getSchema(String(schema["$id"]))).not.toThrow();
  });

  it("rejects a keyword that is neither JSON Schema nor declared by the meta-schema", () => {
    const local = strictAjv(committedSchemas);
    expect(() => local.compile({ $id: "https://example.test/x.json", type: "string", "x-czt-colour": "red" })).toThrow(/unknown keyword/);
  });
});

describe("the czt meta-schema", () => {
  const validateAgainstMeta = ajv.getSchema(metaSchemaId)!;

  it.each(standard.map((s) => [s.path] as const))("%s declares it", (path) => {
    expect(standard.find((s) => s.path === path)?.json["$schema"]).toBe(metaSchemaId);
  });

  it.each(others.map((s) => [s.path, s.json] as const))("%s is valid against it", (_path, schema) => {
    const valid = validateAgainstMeta(schema);
    expect(validateAgainstMeta.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("rejects a wrong sensitivity value deep inside a schema", () => {
    const person = structuredClone(committedSchemas.get("https://czt-ss.org/schemas/1.1/person.schema.json")) as {
      properties: { contact: { properties: { mobile: Record<string, unknown> } } };
    };
    person.properties.contact.properties.mobile["x-czt-sensitivity"] = "secret";
    expect(validateAgainstMeta(person)).toBe(false);
    expect(validateAgainstMeta.errors?.[0]?.instancePath).toBe("/properties/contact/properties/mobile/x-czt-sensitivity");
  });

  it("rejects a title without its Chinese text", () => {
    expect(validateAgainstMeta({ type: "string", "x-czt-title": { en: "Name" } })).toBe(false);
  });
});
