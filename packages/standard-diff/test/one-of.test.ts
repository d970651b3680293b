import { describe, expect, it } from "vitest";
import { areDisjoint, exclusiveBranches } from "../src/disjoint.js";
import { diffStandards, hasBreaking, parseStandardTree } from "../src/index.js";
import { ReferenceIndex } from "../src/reference-index.js";
import { isSubschema } from "../src/subschema.js";

/**
 * oneOf holds when exactly one branch holds. Unless the branches exclude each other, widening
 * a branch can make data that matched one branch match two (invalid), and narrowing one can
 * make data that matched two match one (valid): the direction of the change is not the
 * direction of the branch.
 */
function thing(version: string, body: Record<string, unknown>) {
  const schema = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: `https://example.org/schemas/${version}/thing.schema.json`, type: "object", ...body };
  return parseStandardTree(version, new Map([["thing.schema.json", JSON.stringify(schema)]]));
}

function diff(oldBody: Record<string, unknown>, newBody: Record<string, unknown>) {
  const result = diffStandards(thing("1.0", oldBody), thing("1.1", newBody));
  return { result, changes: result.changes.map(({ kind, breaks, review, pointer }) => ({ kind, breaks, review, pointer })), messages: result.changes.map((change) => change.message) };
}

/** openapi PersonSearch's form: by identity number, or by name and birth date; the branches may overlap. */
const search = (second: Record<string, unknown>) => ({
  properties: { idNumber: { type: "string" }, name: { type: "string" }, birthDate: { type: "string" } },
  oneOf: [{ required: ["idNumber"] }, second],
});

/** A discriminated union: each branch fixes `kind` to its own value (and requires it). */
const union = (a: Record<string, unknown>, b: Record<string, unknown> = {}) => ({
  properties: { kind: { enum: ["a", "b"] } },
  required: ["kind"],
  oneOf: [
    { properties: { kind: { const: "a" }, ...a }, required: ["kind"] },
    { properties: { kind: { const: "b" }, ...b }, required: ["kind"] },
  ],
});

const bothForReview = { breaks: ["producer", "consumer"], review: true };

describe("oneOf whose branches may overlap: a change of a branch breaks both sides, for review", () => {
  it("a branch widened ({idNumber, name} matched one branch and now matches two: invalid)", () => {
    const { result, changes, messages } = diff(search({ required: ["name", "birthDate"] }), search({ required: ["name"] }));
    expect(changes).toEqual([{ kind: "required-removed", ...bothForReview, pointer: "/oneOf/1/properties/birthDate" }]);
    expect(messages[0]).toContain("oneOf whose branches the tool cannot prove exclusive");
    expect(hasBreaking(result, "producer")).toBe(true);
  });

  it("a branch narrowed ({idNumber, name} matched two branches and now matches one: valid)", () => {
    const { result, changes } = diff(search({ required: ["name"] }), search({ required: ["name", "birthDate"] }));
    expect(changes).toEqual([{ kind: "required-added", ...bothForReview, pointer: "/oneOf/1/properties/birthDate" }]);
    expect(hasBreaking(result, "consumer")).toBe(true);
  });

  it("a branch added (data that matched one branch may now match two)", () => {
    const { changes, messages } = diff(search({ required: ["name", "birthDate"] }), { ...search({ required: ["name", "birthDate"] }), oneOf: [{ required: ["idNumber"] }, { required: ["name", "birthDate"] }, { required: ["name"] }] });
    expect(changes).toEqual([{ kind: "keyword-changed", ...bothForReview, pointer: "/oneOf" }]);
    expect(messages[0]).toContain("cannot prove that the branches exclude each other");
  });

  it("a branch removed (data that matched it and another becomes valid)", () => {
    const { changes } = diff({ ...search({ required: ["name", "birthDate"] }), oneOf: [{ required: ["idNumber"] }, { required: ["name", "birthDate"] }, { required: ["name"] }] }, search({ required: ["name", "birthDate"] }));
    expect(changes).toEqual([{ kind: "keyword-changed", ...bothForReview, pointer: "/oneOf" }]);
  });

  it("branches that excluded each other and now may overlap (the discriminator of one branch changed to the other's)", () => {
    const { changes } = diff(union({}, { size: { type: "integer" } }), { ...union({}), oneOf: [{ properties: { kind: { const: "a" } }, required: ["kind"] }, { properties: { kind: { const: "a" }, size: { type: "integer" } }, required: ["kind"] }] });
    expect(changes).toEqual([{ kind: "const-changed", ...bothForReview, pointer: "/oneOf/1/properties/kind/const" }]);
  });

  it("branches reordered: no change", () => {
    expect(diff(search({ required: ["name"] }), { ...search({ required: ["name"] }), oneOf: [{ required: ["name"] }, { required: ["idNumber"] }] }).changes).toEqual([]);
  });
});

describe("oneOf whose branches provably exclude each other: read as anyOf", () => {
  it("a branch widened, the branches told apart by a const discriminator: consumers only", () => {
    const { result, changes } = diff(union({ size: { maximum: 5 } }), union({ size: { maximum: 10 } }));
    expect(changes).toEqual([{ kind: "range-widened", breaks: ["consumer"], review: false, pointer: "/oneOf/0/properties/size/maximum" }]);
    expect(hasBreaking(result, "producer")).toBe(false);
  });

  it("a branch narrowed, the branches told apart by a const discriminator: producers only", () => {
    const { changes } = diff(union({ size: { maximum: 5 } }), union({ size: { maximum: 3 } }));
    expect(changes).toEqual([{ kind: "range-narrowed", breaks: ["producer"], review: false, pointer: "/oneOf/0/properties/size/maximum" }]);
  });

  it("a branch added with a discriminator value of its own: consumers only", () => {
    const three = union({});
    const { changes } = diff(union({}), { ...three, properties: { kind: { enum: ["a", "b", "c"] } }, oneOf: [...three.oneOf, { properties: { kind: { enum: ["c"] } }, required: ["kind"] }] });
    expect(changes.map(({ kind, breaks, review }) => ({ kind, breaks, review }))).toEqual([
      { kind: "schema-widened", breaks: ["consumer"], review: false },
      { kind: "enum-widened", breaks: ["consumer"], review: false },
    ]);
  });

  it("a branch widened, the discriminator required by the schema around the oneOf: consumers only", () => {
    const body = (maximum: number) => ({
      properties: { kind: { enum: ["a", "b"] } },
      required: ["kind"],
      oneOf: [{ properties: { kind: { const: "a" }, size: { maximum } } }, { properties: { kind: { const: "b" } } }],
    });
    const { changes } = diff(body(5), body(10));
    expect(changes).toEqual([{ kind: "range-widened", breaks: ["consumer"], review: false, pointer: "/oneOf/0/properties/size/maximum" }]);
  });

  it("the same without type object around: a string matches both branches (properties and required hold of it), so review", () => {
    const body = (maximum: number) => ({
      type: ["object", "string"],
      properties: { kind: { enum: ["a", "b"] } },
      required: ["kind"],
      oneOf: [{ properties: { kind: { const: "a" }, size: { maximum } } }, { properties: { kind: { const: "b" } } }],
    });
    const { changes } = diff(body(5), body(10));
    expect(changes).toEqual([{ kind: "range-widened", ...bothForReview, pointer: "/oneOf/0/properties/size/maximum" }]);
  });

  it("branches of distinct types (a string, or an integer up to 5 → 10): consumers only", () => {
    const value = (maximum: number) => ({ properties: { value: { oneOf: [{ type: "string" }, { type: "integer", maximum }] } } });
    const { changes } = diff(value(5), value(10));
    expect(changes).toEqual([{ kind: "range-widened", breaks: ["consumer"], review: false, pointer: "/properties/value/oneOf/1/maximum" }]);
  });

  it("branches that are $refs to definitions with distinct discriminators", () => {
    const body = (maximum: number) => ({
      oneOf: [{ $ref: "#/$defs/a" }, { $ref: "#/$defs/b" }],
      $defs: {
        a: { type: "object", properties: { kind: { const: "a" }, size: { maximum } }, required: ["kind"] },
        b: { type: "object", properties: { kind: { const: "b" } }, required: ["kind"] },
      },
    });
    const { changes } = diff(body(5), body(10));
    expect(changes).toEqual([{ kind: "range-widened", breaks: ["consumer"], review: false, pointer: "/$defs/a/properties/size/maximum" }]);
  });
});

describe("oneOf, anyOf or allOf added or removed as a whole", () => {
  it("a oneOf added where there was none narrows (here: kind \"c\" matches no branch), though its branches exclude each other", () => {
    const { changes, messages } = diff({ properties: { kind: { enum: ["a", "b", "c"] } }, required: ["kind"] }, { ...union({}), properties: { kind: { enum: ["a", "b", "c"] } } });
    expect(changes).toEqual([{ kind: "schema-narrowed", breaks: ["producer"], review: false, pointer: "/oneOf" }]);
    expect(messages).toEqual(["oneOf added: data must now match exactly one of its 2 branches"]);
  });

  it("a oneOf added that all old data matches exactly one branch of (its kind was \"a\"): nothing narrows", () => {
    expect(diff({ properties: { kind: { const: "a" } }, required: ["kind"] }, { ...union({}), properties: { kind: { const: "a" } } }).changes).toEqual([]);
  });

  it("a oneOf removed widens", () => {
    const { changes } = diff(union({}), { properties: { kind: { enum: ["a", "b"] } }, required: ["kind"] });
    expect(changes).toEqual([{ kind: "schema-widened", breaks: ["consumer"], review: false, pointer: "" }]);
  });

  it("an anyOf added where there was none narrows; removed, it widens", () => {
    const withAnyOf = { anyOf: [{ required: ["a"] }, { required: ["b"] }] };
    expect(diff({}, withAnyOf).changes.map(({ kind, breaks }) => ({ kind, breaks }))).toEqual([{ kind: "schema-narrowed", breaks: ["producer"] }]);
    expect(diff(withAnyOf, {}).changes.map(({ kind, breaks }) => ({ kind, breaks }))).toEqual([{ kind: "schema-widened", breaks: ["consumer"] }]);
  });

  it("an anyOf added that all old data matches (transfer.schema.json's from: agency and enrolmentId no longer required, unless external): only the relaxation", () => {
    const { changes } = diff(
      { properties: { agency: {}, enrolmentId: {} }, required: ["agency", "enrolmentId"] },
      { properties: { agency: {}, enrolmentId: {}, external: {} }, anyOf: [{ required: ["agency", "enrolmentId"] }, { required: ["external"] }] },
    );
    expect(changes.map(({ kind, breaks }) => ({ kind, breaks }))).toEqual([
      { kind: "required-removed", breaks: ["consumer"] },
      { kind: "required-removed", breaks: ["consumer"] },
      { kind: "property-added", breaks: [] },
    ]);
  });
});

describe("areDisjoint: proved only when no instance is valid under both", () => {
  const index = new ReferenceIndex(
    parseStandardTree(
      "1.0",
      new Map([["defs.schema.json", JSON.stringify({ $id: "https://example.org/schemas/1.0/defs.schema.json", $defs: { cat: { type: "object", properties: { kind: { const: "cat" } }, required: ["kind"] } } })]]),
    ),
  );
  const at = (node: unknown) => ({ node, index, file: "defs.schema.json" });
  const objects = { objects: true, required: [] };

  it.each([
    [{ type: "string" }, { type: "integer" }, false, true],
    [{ type: "integer" }, { type: "number" }, false, false],
    [{ type: "number" }, { type: ["integer", "null"] }, false, false],
    [{ const: 1 }, { const: 2 }, false, true],
    [{ enum: [1, 2] }, { enum: [2, 3] }, false, false],
    [{ const: "a" }, { type: "integer" }, false, true],
    [{ properties: { kind: { const: "a" } }, required: ["kind"] }, { properties: { kind: { const: "b" } }, required: ["kind"] }, true, true],
    // Not objects: required and properties hold of a string, which both then admit.
    [{ properties: { kind: { const: "a" } }, required: ["kind"] }, { properties: { kind: { const: "b" } }, required: ["kind"] }, false, false],
    // Neither requires kind: an object without it is valid under both.
    [{ properties: { kind: { const: "a" } } }, { properties: { kind: { const: "b" } } }, true, false],
    [{ required: ["kind"] }, { properties: { kind: false } }, true, true],
    [{ required: ["idNumber"] }, { required: ["name", "birthDate"] }, true, false],
    [{ $ref: "#/$defs/cat" }, { type: "object", properties: { kind: { const: "dog" } }, required: ["kind"] }, false, true],
    [{ allOf: [{ type: "string" }] }, { type: "integer" }, false, true],
    [true, { type: "integer" }, false, false],
    [false, true, false, true],
  ])("%j and %j (objects only: %s): %s", (a, b, onlyObjects, expected) => {
    expect(areDisjoint(at(a), at(b), onlyObjects ? objects : undefined)).toBe(expected);
    expect(areDisjoint(at(b), at(a), onlyObjects ? objects : undefined)).toBe(expected);
  });

  it("a oneOf's branches, with what the schema around them says", () => {
    const branches = [{ properties: { kind: { const: "a" } } }, { properties: { kind: { const: "b" } } }];
    expect(exclusiveBranches(branches, { type: "object", required: ["kind"] }, index, "defs.schema.json")).toBe(true);
    expect(exclusiveBranches(branches, { type: "object" }, index, "defs.schema.json")).toBe(false);
    expect(exclusiveBranches(branches, { required: ["kind"] }, index, "defs.schema.json")).toBe(false);
  });

  it("isSubschema: within one branch of a oneOf whose branches exclude each other is within the oneOf", () => {
    const union = { type: "object", oneOf: [{ properties: { kind: { const: "a" } }, required: ["kind"] }, { properties: { kind: { const: "b" } }, required: ["kind"] }] };
    const overlapping = { type: "object", oneOf: [{ required: ["a"] }, { required: ["b"] }] };
    expect(isSubschema(at({ type: "object", properties: { kind: { const: "a" } }, required: ["kind"] }), at(union))).toBe(true);
    expect(isSubschema(at({ type: "object", properties: { kind: { enum: ["a", "c"] } }, required: ["kind"] }), at(union))).toBe(false);
    expect(isSubschema(at({ type: "object", required: ["a"] }), at(overlapping))).toBe(false);
  });
});
