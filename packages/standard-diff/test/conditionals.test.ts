import { describe, expect, it } from "vitest";
import { diffStandards, hasBreaking, parseStandardTree } from "../src/index.js";
import { ReferenceIndex } from "../src/reference-index.js";
import { isSubschema } from "../src/subschema.js";

/** A record schema like record.schema.json and assistance.schema.json: if/then pairs on a property. */
const properties = {
  kind: { enum: ["a", "b", "c"] },
  size: { type: "integer" },
  colour: { enum: ["red", "green"] },
  idNumber: { type: "string" },
  passport: { type: "string" },
};

function thing(version: string, extra: Record<string, unknown>, kinds?: string[]) {
  const schema = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `https://example.org/schemas/${version}/thing.schema.json`,
    type: "object",
    properties: kinds === undefined ? properties : { ...properties, kind: { enum: kinds } },
    required: ["kind"],
    ...extra,
  };
  return parseStandardTree(version, new Map([["thing.schema.json", JSON.stringify(schema)]]));
}

/** The diff of two versions of the thing, with the keywords each adds (allOf, if/then/else). */
function diff(oldExtra: Record<string, unknown>, newExtra: Record<string, unknown>, newKinds?: string[]) {
  const result = diffStandards(thing("1.0", oldExtra), thing("1.1", newExtra, newKinds));
  return { result, changes: result.changes.map(({ kind, breaks, review, pointer, message }) => ({ kind, breaks, review, pointer, message })) };
}

/** `{ if, then, else }`, the absent ones left out (built from entries: an object literal with a then is a thenable to the linter). */
const ifThen = (condition: unknown, consequence?: unknown, alternative?: unknown): Record<string, unknown> =>
  Object.fromEntries(
    [
      ["if", condition],
      ["then", consequence],
      ["else", alternative],
    ].filter(([, value]) => value !== undefined),
  );

/** `if kind is <value> then …`, as record.schema.json writes it. */
const when = (value: string, consequence: unknown, alternative?: unknown) => ifThen({ properties: { kind: { const: value } }, required: ["kind"] }, consequence, alternative);
const whenOneOf = (values: string[], consequence: unknown) => ifThen({ properties: { kind: { enum: values } }, required: ["kind"] }, consequence);

describe("conditionals (if/then/else) that relax: more data valid, at most consumers break", () => {
  it("a name removed from then.required while another if/then pair is removed: required-removed and the pair removed, nothing for producers", () => {
    const { result, changes } = diff(
      { allOf: [when("a", { required: ["size", "colour"] }), when("b", { required: ["colour"] })] },
      { allOf: [when("a", { required: ["size"] })] },
    );
    expect(changes).toEqual([
      { kind: "schema-widened", breaks: ["consumer"], review: false, pointer: "/allOf", message: 'allOf branch 1 removed, an if/then: when kind is "b", {"required":["colour"]} no longer applies' },
      { kind: "required-removed", breaks: ["consumer"], review: false, pointer: "/allOf/0/then/properties/colour", message: 'property colour is no longer required (when kind is "a")' },
    ]);
    expect(hasBreaking(result, "producer")).toBe(false);
  });

  it("an enum widened inside then while the pairs are reordered: enum-widened only, where the pair now is", () => {
    const { result, changes } = diff(
      { allOf: [when("a", { properties: { colour: { enum: ["red"] } } }), when("b", { required: ["colour"] })] },
      { allOf: [when("b", { required: ["colour"] }), when("a", { properties: { colour: { enum: ["red", "green"] } } })] },
    );
    expect(changes).toEqual([
      { kind: "enum-widened", breaks: ["consumer"], review: false, pointer: "/allOf/1/then/properties/colour/enum", message: 'now also allows "green" (when kind is "a")' },
    ]);
    expect(hasBreaking(result, "producer")).toBe(false);
  });

  it("reordering the if/then pairs of an allOf is no change", () => {
    const pairs = [when("a", { required: ["size"] }), when("b", { required: ["colour"] }), when("c", { required: ["passport"] })];
    expect(diff({ allOf: pairs }, { allOf: [pairs[2], pairs[0], pairs[1]] }).changes).toEqual([]);
  });

  it("a whole if/then removed from a schema (person.schema.json's form) widens it", () => {
    const { result, changes } = diff(ifThen({ properties: { idNumber: false } }, { required: ["passport"] }), {});
    expect(changes).toEqual([
      { kind: "schema-widened", breaks: ["consumer"], review: false, pointer: "", message: 'if/then removed: when idNumber is absent, {"required":["passport"]} no longer applies' },
    ]);
    expect(hasBreaking(result, "producer")).toBe(false);
  });

  it("a whole if/then pair removed from an allOf widens it", () => {
    const { result, changes } = diff({ allOf: [when("a", { required: ["size"] }), when("b", { required: ["colour"] })] }, { allOf: [when("b", { required: ["colour"] })] });
    expect(changes.map(({ kind, breaks, review }) => ({ kind, breaks, review }))).toEqual([{ kind: "schema-widened", breaks: ["consumer"], review: false }]);
    expect(hasBreaking(result, "producer")).toBe(false);
  });

  it("an if narrowed (an enum of the condition loses a value): the then applies to fewer records", () => {
    const { result, changes } = diff({ allOf: [whenOneOf(["a", "b"], { required: ["size"] })] }, { allOf: [whenOneOf(["a"], { required: ["size"] })] });
    expect(changes).toEqual([
      {
        kind: "schema-widened",
        breaks: ["consumer"],
        review: false,
        pointer: "/allOf/0/if",
        message: 'the condition (if) now matches less data (kind is one of "a", "b" → kind is "a"): the then no longer applies to records it no longer matches',
      },
    ]);
    expect(hasBreaking(result, "producer")).toBe(false);
  });

  it("an if narrowed by one more absent property (person.schema.json's form)", () => {
    const { result, changes } = diff(
      ifThen({ properties: { idNumber: false } }, { required: ["passport"] }),
      ifThen({ properties: { idNumber: false, size: false } }, { required: ["passport"] }),
    );
    expect(changes.map(({ kind, breaks, review, pointer }) => ({ kind, breaks, review, pointer }))).toEqual([{ kind: "schema-widened", breaks: ["consumer"], review: false, pointer: "/if" }]);
    expect(hasBreaking(result, "producer")).toBe(false);
  });

  it("an if narrowed and its then relaxed in the same pair: both relax", () => {
    const { result, changes } = diff({ allOf: [whenOneOf(["a", "b"], { required: ["size", "colour"] })] }, { allOf: [whenOneOf(["a"], { required: ["size"] })] });
    expect(changes.map(({ kind, breaks }) => ({ kind, breaks }))).toEqual([
      { kind: "schema-widened", breaks: ["consumer"] },
      { kind: "required-removed", breaks: ["consumer"] },
    ]);
    expect(hasBreaking(result, "producer")).toBe(false);
  });

  it("an if narrowed with an else that admits all the then did: records move to the else, nothing breaks producers", () => {
    const { result, changes } = diff(
      ifThen({ required: ["size"] }, { required: ["colour", "passport"] }, { required: ["passport"] }),
      ifThen({ required: ["size", "idNumber"] }, { required: ["colour", "passport"] }, { required: ["passport"] }),
    );
    expect(changes).toEqual([
      {
        kind: "schema-widened",
        breaks: ["consumer"],
        review: false,
        pointer: "/if",
        message: "the condition (if) now matches less data (size is present → size is present and idNumber is present): records it no longer matches are held to the else instead of the then",
      },
    ]);
    expect(hasBreaking(result, "producer")).toBe(false);
  });

  it("a then relaxed next to a pair added for a new value (record.schema.json's new record types): only the relaxation and the new value", () => {
    const { result, changes } = diff(
      { allOf: [when("a", { required: ["size", "colour"] })] },
      { allOf: [when("a", { required: ["size"] }), when("d", { required: ["colour"] })] },
      ["a", "b", "c", "d"],
    );
    expect(changes.map(({ kind, breaks }) => ({ kind, breaks }))).toEqual([
      { kind: "required-removed", breaks: ["consumer"] },
      { kind: "enum-widened", breaks: ["consumer"] },
    ]);
    expect(hasBreaking(result, "producer")).toBe(false);
  });

  it("then and else without an if apply to nothing: changing them is no change", () => {
    expect(diff(ifThen(undefined, { required: ["size"] }), ifThen(undefined, { required: ["size", "colour"] }, false)).changes).toEqual([]);
  });

  it("an if rewritten to an equal condition (required in another order) is no change", () => {
    expect(diff(ifThen({ required: ["size", "colour"] }, { required: ["passport"] }), ifThen({ required: ["colour", "size"] }, { required: ["passport"] })).changes).toEqual([]);
  });
});

describe("conditionals that tighten stay breaking for producers", () => {
  it("a name added to then.required, the pairs reordered", () => {
    const { result, changes } = diff(
      { allOf: [when("a", { required: ["size"] }), when("b", { required: ["colour"] })] },
      { allOf: [when("b", { required: ["colour"] }), when("a", { required: ["size", "colour"] })] },
    );
    expect(changes).toEqual([
      { kind: "required-added", breaks: ["producer"], review: false, pointer: "/allOf/1/then/properties/colour", message: 'property colour is now required (when kind is "a")' },
    ]);
    expect(hasBreaking(result, "producer")).toBe(true);
  });

  it("an enum narrowed inside else", () => {
    const { changes } = diff({ allOf: [when("a", true, { properties: { colour: { enum: ["red", "green"] } } })] }, { allOf: [when("a", true, { properties: { colour: { enum: ["red"] } } })] });
    expect(changes.map(({ kind, breaks, message }) => ({ kind, breaks, message }))).toEqual([{ kind: "enum-narrowed", breaks: ["producer"], message: 'no longer allows "green" (unless kind is "a")' }]);
  });

  it("an if/then added to a schema", () => {
    const { changes } = diff({}, ifThen({ properties: { idNumber: false } }, { required: ["passport"] }));
    expect(changes).toEqual([
      { kind: "schema-narrowed", breaks: ["producer"], review: false, pointer: "/if", message: 'if/then added: when idNumber is absent, {"required":["passport"]} now applies' },
    ]);
  });

  it("an if/then pair added to an allOf for a value the old version allowed", () => {
    const { changes } = diff({ allOf: [when("a", { required: ["size"] })] }, { allOf: [when("a", { required: ["size"] }), when("b", { required: ["colour"] })] });
    expect(changes.map(({ kind, breaks, review, pointer }) => ({ kind, breaks, review, pointer }))).toEqual([{ kind: "schema-narrowed", breaks: ["producer"], review: false, pointer: "/allOf/1" }]);
  });

  it("an if/then pair for a new value that has an else: the else applies to old data, so it narrows", () => {
    const { changes } = diff({}, { allOf: [when("d", { required: ["size"] }, { required: ["colour"] })] }, ["a", "b", "c", "d"]);
    expect(changes.map(({ kind, breaks }) => ({ kind, breaks }))).toContainEqual({ kind: "schema-narrowed", breaks: ["producer"] });
  });

  it("a pair for a new value that holds another keyword too: that keyword applies to old data, so it narrows", () => {
    const { changes } = diff({}, { allOf: [{ ...when("d", { required: ["size"] }), required: ["colour"] }] }, ["a", "b", "c", "d"]);
    expect(changes.map(({ kind, breaks }) => ({ kind, breaks }))).toContainEqual({ kind: "schema-narrowed", breaks: ["producer"] });
    expect(changes.find((change) => change.kind === "schema-narrowed")!.message).toContain("an if/then with other keywords, which now apply to all data");
  });

  it("a pair whose then admits everything, removed with another keyword it held: that keyword no longer applies", () => {
    const { changes } = diff({ allOf: [{ ...when("a", true), required: ["colour"] }] }, {});
    expect(changes.map(({ kind, breaks }) => ({ kind, breaks }))).toEqual([{ kind: "schema-widened", breaks: ["consumer"] }]);
  });

  it("a then added under an unchanged if", () => {
    const { changes } = diff({ if: { required: ["size"] } }, ifThen({ required: ["size"] }, { required: ["colour"] }));
    expect(changes.map(({ kind, breaks, message }) => ({ kind, breaks, message }))).toEqual([{ kind: "required-added", breaks: ["producer"], message: "property colour is now required (when size is present)" }]);
  });

  it("an if widened (an enum of the condition gains a value): the then applies to more records", () => {
    const { changes } = diff({ allOf: [whenOneOf(["a"], { required: ["size"] })] }, { allOf: [whenOneOf(["a", "b"], { required: ["size"] })] });
    expect(changes).toEqual([
      {
        kind: "schema-narrowed",
        breaks: ["producer"],
        review: false,
        pointer: "/allOf/0/if",
        message: 'the condition (if) now matches more data (kind is "a" → kind is one of "a", "b"): the then now also applies to records it did not match',
      },
    ]);
  });

  it("an if widened by one absent property less (person.schema.json's form)", () => {
    const { changes } = diff(
      ifThen({ properties: { idNumber: false, size: false } }, { required: ["passport"] }),
      ifThen({ properties: { idNumber: false } }, { required: ["passport"] }),
    );
    expect(changes.map(({ kind, breaks, review }) => ({ kind, breaks, review }))).toEqual([{ kind: "schema-narrowed", breaks: ["producer"], review: false }]);
  });

  it("an if widened and its then relaxed: each reported, the widening for producers", () => {
    const { result, changes } = diff({ allOf: [whenOneOf(["a"], { required: ["size", "colour"] })] }, { allOf: [whenOneOf(["a", "b"], { required: ["size"] })] });
    expect(changes.map(({ kind, breaks }) => ({ kind, breaks }))).toEqual([
      { kind: "schema-narrowed", breaks: ["producer"] },
      { kind: "required-removed", breaks: ["consumer"] },
    ]);
    expect(hasBreaking(result, "producer")).toBe(true);
  });

  it("an if/then pair whose condition is replaced by an unrelated one: the old pair removed, the new one added", () => {
    const { changes } = diff({ allOf: [when("a", { required: ["size"] })] }, { allOf: [when("b", { required: ["size"] })] });
    expect(changes.map(({ kind, breaks, review }) => ({ kind, breaks, review }))).toEqual([
      { kind: "schema-narrowed", breaks: ["producer"], review: false },
      { kind: "schema-widened", breaks: ["consumer"], review: false },
    ]);
  });
});

describe("conditionals the tool cannot decide stay breaking both sides, for review, and say so", () => {
  it("an if changed to a condition neither wider nor narrower", () => {
    const { changes } = diff(ifThen({ required: ["size"] }, { required: ["colour"] }), ifThen({ required: ["passport"] }, { required: ["colour"] }));
    expect(changes).toEqual([
      {
        kind: "keyword-changed",
        breaks: ["producer", "consumer"],
        review: true,
        pointer: "/if",
        message:
          "the condition (if) changed (size is present → passport is present): the tool cannot prove that it matches less data or more; review which data the then/else now apply to (counted as breaking both sides until then)",
      },
    ]);
  });

  it("an if whose keywords the tool does not reason about (a pattern made longer)", () => {
    const { changes } = diff(ifThen({ properties: { passport: { pattern: "^E" } } }, { required: ["colour"] }), ifThen({ properties: { passport: { pattern: "^EA" } } }, { required: ["colour"] }));
    expect(changes.map(({ kind, breaks, review }) => ({ kind, breaks, review }))).toEqual([{ kind: "keyword-changed", breaks: ["producer", "consumer"], review: true }]);
    expect(changes[0]!.message).toContain("cannot prove");
  });

  it("an if narrowed with an else the tool cannot compare with the then: records move between them", () => {
    const { changes } = diff(
      ifThen({ required: ["size"] }, { required: ["colour"] }, { required: ["passport"] }),
      ifThen({ required: ["size", "idNumber"] }, { required: ["colour"] }, { required: ["passport"] }),
    );
    expect(changes.map(({ kind, breaks, review }) => ({ kind, breaks, review }))).toEqual([{ kind: "keyword-changed", breaks: ["producer", "consumer"], review: true }]);
    expect(changes[0]!.message).toContain("the tool cannot prove that either admits more than the other");
  });
});

describe("isSubschema: proved only when every instance of the first is valid under the second", () => {
  const index = new ReferenceIndex(
    parseStandardTree(
      "1.0",
      new Map([
        [
          "defs.schema.json",
          JSON.stringify({ $id: "https://example.org/schemas/1.0/defs.schema.json", $defs: { both: { required: ["a", "b"] }, self: { $ref: "#/$defs/self" } } }),
        ],
      ]),
    ),
  );
  const subschema = (a: unknown, b: unknown) => isSubschema({ node: a, index, file: "defs.schema.json" }, { node: b, index, file: "defs.schema.json" });

  it.each([
    [{ required: ["a", "b"] }, { required: ["a"] }, true],
    [{ required: ["a"] }, { required: ["a", "b"] }, false],
    [{ type: "integer" }, { type: "number" }, true],
    [{ type: "number" }, { type: "integer" }, false],
    [{ const: 2 }, { type: "integer" }, true],
    [{ const: 2.5 }, { type: "integer" }, false],
    [{ enum: ["a"] }, { enum: ["a", "b"] }, true],
    [{ enum: ["a", "c"] }, { enum: ["a", "b"] }, false],
    [{ const: { x: 1, y: 2 } }, { const: { y: 2, x: 1 } }, true],
    [{ properties: { p: false } }, { properties: { p: { const: 1 } } }, true],
    [{}, { properties: { p: false } }, false],
    [{ minLength: 3 }, { minLength: 2 }, true],
    [{ minLength: 2 }, { minLength: 3 }, false],
    [{ maxLength: 2 }, {}, true],
    [{ pattern: "^\\d$" }, { pattern: "^[0-9]$" }, true],
    [{ pattern: "^EA" }, { pattern: "^E" }, false],
    [{ required: ["a"] }, { anyOf: [{ required: ["b"] }, { required: ["a"] }] }, true],
    [{ anyOf: [{ required: ["a", "b"] }, { required: ["b"] }] }, { required: ["b"] }, false],
    [{ anyOf: [{ const: 1 }, { const: 2 }] }, { anyOf: [{ enum: [1, 2] }] }, true],
    [{ $ref: "#/$defs/both" }, { required: ["b"] }, true],
    [{ required: ["a"] }, { $ref: "#/$defs/both" }, false],
    // additionalProperties reads properties: equal alone is not enough.
    [
      { properties: { a: true, b: true }, additionalProperties: false },
      { properties: { a: true }, additionalProperties: false },
      false,
    ],
    [{ unevaluatedProperties: false, properties: { a: true } }, { unevaluatedProperties: false }, false],
    [{ $ref: "#/$defs/self" }, { required: ["a"] }, false],
    [true, {}, true],
    [false, { required: ["a"] }, true],
    [{ required: ["a"] }, false, false],
  ])("%j ⊆ %j: %s", (a, b, expected) => {
    expect(subschema(a, b)).toBe(expected);
  });
});
