import { describe, expect, it } from "vitest";
import { applyReadViews } from "../scripts/read-views.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** A bundled contract with one response schema marked as a read view of `record`. */
function bundle(schemas: JsonObject): JsonObject {
  return {
    openapi: "3.1.0",
    components: { schemas: { RecordAsRead: { description: "as read", $ref: "#/components/schemas/record", "x-czt-read-view": true }, ...schemas } },
  };
}

const secret = (schema: JsonObject): JsonObject => ({ ...schema, "x-czt-sensitivity": "special" });
/** `{ if, then }`: JSON Schema's keyword, which the linter would take for a promise's. */
const conditional = (condition: JsonObject, consequence: JsonObject): JsonObject =>
  JSON.parse(`{"if":${JSON.stringify(condition)},"then":${JSON.stringify(consequence)}}`) as JsonObject;

describe("read views of a bundled contract", () => {
  it("make the fields marked x-czt-sensitivity optional, at every level and through $refs, and leave the rest as it was", () => {
    const year: JsonObject = {
      type: "object",
      properties: { year: { type: "integer" }, wage: secret({ type: "integer" }) },
      required: ["year", "wage"],
      additionalProperties: false,
    };
    const record: JsonObject = {
      type: "object",
      properties: { id: { type: "string" }, balance: secret({ type: "integer", minimum: 0 }), years: { type: "array", items: { $ref: "#/components/schemas/common.year" } } },
      required: ["id", "balance", "years"],
      additionalProperties: false,
    };
    const contract = bundle({ record, "common.year": year, "common.other": { type: "string" } });
    applyReadViews(contract);
    const schemas = (contract["components"] as JsonObject)["schemas"] as JsonObject;
    expect(schemas["RecordAsRead"]).toEqual({ description: "as read", $ref: "#/components/schemas/record.readView" });
    expect(schemas["record.readView"]).toEqual({
      ...record,
      properties: { ...(record["properties"] as JsonObject), years: { type: "array", items: { $ref: "#/components/schemas/common.year.readView" } } },
      required: ["id", "years"],
    });
    expect(schemas["common.year.readView"]).toEqual({ ...year, required: ["year"] });
    // The originals stay: requests are still validated against the whole record.
    expect(schemas["record"]).toEqual(record);
    expect(schemas["common.year"]).toEqual(year);
    expect(Object.keys(schemas)).not.toContain("common.other.readView");
  });

  it("drop a condition on a sensitive field's absence, and keep the other conditions", () => {
    const record: JsonObject = {
      type: "object",
      properties: { idNumber: secret({ type: "string" }), documents: { type: "array" }, kind: { type: "string" }, linking: { type: "object" } },
      allOf: [
        conditional({ properties: { idNumber: false } }, { required: ["documents"] }),
        conditional({ properties: { kind: { const: "link" } }, required: ["kind"] }, { required: ["linking"] }),
      ],
      required: ["idNumber", "kind"],
    };
    const contract = bundle({ record });
    applyReadViews(contract);
    const view = ((contract["components"] as JsonObject)["schemas"] as JsonObject)["record.readView"] as JsonObject;
    expect(view["allOf"]).toEqual([conditional({ properties: { kind: { const: "link" } }, required: ["kind"] }, { required: ["linking"] })]);
    expect(view["required"]).toEqual(["kind"]);
  });

  it("point a marked schema at the record itself when nothing in it is sensitive", () => {
    const record: JsonObject = { type: "object", properties: { id: { type: "string" } }, required: ["id"] };
    const contract = bundle({ record });
    applyReadViews(contract);
    const schemas = (contract["components"] as JsonObject)["schemas"] as JsonObject;
    expect(schemas["RecordAsRead"]).toEqual({ description: "as read", $ref: "#/components/schemas/record" });
    expect(Object.keys(schemas)).toEqual(["RecordAsRead", "record"]);
  });

  it("refuse a marker without a $ref to a schema beside it", () => {
    expect(() => applyReadViews({ components: { schemas: { Broken: { type: "object", "x-czt-read-view": true } } } })).toThrow("x-czt-read-view needs a $ref to a schema beside it");
  });
});
