import { describe, expect, it } from "vitest";
import { diffStandards, hasBreaking, parseStandardTree } from "../src/index.js";

/**
 * A definition is compared once, where it lives; what a change of it breaks depends on where it
 * is used. Under `not` data must fail it, so widening it makes less data valid; under an `if`
 * it selects what the then and else apply to, so the tool cannot tell which way a change goes.
 */
function version(version: string, files: Record<string, Record<string, unknown>>) {
  const texts = Object.entries(files).map(([file, body]) => [file, JSON.stringify({ $schema: "https://json-schema.org/draft/2020-12/schema", $id: `https://example.org/schemas/${version}/${file}`, ...body })] as const);
  return parseStandardTree(version, new Map(texts));
}

function diff(oldFiles: Record<string, Record<string, unknown>>, newFiles: Record<string, Record<string, unknown>>) {
  const result = diffStandards(version("1.0", oldFiles), version("1.1", newFiles));
  return { result, changes: result.changes.map(({ kind, breaks, review, file, pointer }) => ({ kind, breaks, review, file, pointer })), messages: result.changes.map((change) => change.message) };
}

/** thing.schema.json with these properties and `$defs.reserved` (codes no data may use, say: an enum of them, or a schema). */
const thing = (properties: Record<string, unknown>, reserved: unknown[] | Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  "thing.schema.json": { type: "object", properties, ...extra, $defs: { reserved: Array.isArray(reserved) ? { enum: reserved } : reserved } },
});

/** `{ if, then }` (built from entries: an object literal with a then is a thenable to the linter). */
const ifThen = (condition: unknown, consequence: unknown): Record<string, unknown> =>
  Object.fromEntries(
    [
      ["if", condition],
      ["then", consequence],
    ].filter(([, value]) => value !== undefined),
  );

const notReserved = { type: "string", not: { $ref: "#/$defs/reserved" } };
const reservedCode = { $ref: "#/$defs/reserved" };
const at = { file: "thing.schema.json", pointer: "/$defs/reserved/enum" };

describe("a definition used under not: the sides are reversed", () => {
  it("widened: data that used the new value is now invalid — breaks producers", () => {
    const { result, changes, messages } = diff(thing({ code: notReserved }, ["x"]), thing({ code: notReserved }, ["x", "y"]));
    expect(changes).toEqual([{ kind: "enum-widened", breaks: ["producer"], review: false, ...at }]);
    expect(messages[0]).toContain("used under not");
    expect(hasBreaking(result, "producer")).toBe(true);
    expect(hasBreaking(result, "consumer")).toBe(false);
  });

  it("narrowed: data may now use the value it could not — breaks consumers", () => {
    const { changes } = diff(thing({ code: notReserved }, ["x", "y"]), thing({ code: notReserved }, ["x"]));
    expect(changes).toEqual([{ kind: "enum-narrowed", breaks: ["consumer"], review: false, ...at }]);
  });

  it("through another definition (a not of it), referenced from another file", () => {
    const common = (reserved: unknown[]) => ({ "common.schema.json": { $defs: { reserved: { enum: reserved }, code: { type: "string", not: { $ref: "#/$defs/reserved" } } } } });
    const files = (reserved: unknown[]) => ({ ...common(reserved), "thing.schema.json": { type: "object", properties: { code: { $ref: "common.schema.json#/$defs/code" } } } });
    const { changes } = diff(files(["x"]), files(["x", "y"]));
    expect(changes).toEqual([{ kind: "enum-widened", breaks: ["producer"], review: false, file: "common.schema.json", pointer: "/$defs/reserved/enum" }]);
  });

  it("under two nots: positive again", () => {
    const twice = { not: { not: { $ref: "#/$defs/reserved" } } };
    const { changes } = diff(thing({ code: twice }, ["x"]), thing({ code: twice }, ["x", "y"]));
    expect(changes).toEqual([{ kind: "enum-widened", breaks: ["consumer"], review: false, ...at }]);
  });

  it("a not written in place is compared with the sides reversed too", () => {
    const code = (values: string[]) => ({ code: { type: "string", not: { enum: values } } });
    const { changes } = diff(thing(code(["x"]), []), thing(code(["x", "y"]), []));
    expect(changes).toEqual([{ kind: "enum-widened", breaks: ["producer"], review: false, file: "thing.schema.json", pointer: "/properties/code/not/enum" }]);
  });
});

describe("a definition used as an if condition: the tool cannot tell which way it goes", () => {
  const conditional = (reserved: unknown[] | Record<string, unknown>) => thing({ code: { type: "string" } }, reserved, ifThen({ properties: { code: { $ref: "#/$defs/reserved" } }, required: ["code"] }, { required: ["note"] }));

  it("widened: the then now applies to more data (producers), for review, breaking both sides", () => {
    const { result, changes, messages } = diff(conditional(["x"]), conditional(["x", "y"]));
    expect(changes).toEqual([{ kind: "enum-widened", breaks: ["producer", "consumer"], review: true, ...at }]);
    expect(messages[0]).toContain("if condition");
    expect(hasBreaking(result, "producer")).toBe(true);
  });

  it("narrowed: for review, breaking both sides", () => {
    const { changes } = diff(conditional(["x", "y"]), conditional(["x"]));
    expect(changes).toEqual([{ kind: "enum-narrowed", breaks: ["producer", "consumer"], review: true, ...at }]);
  });

  it("a compatible change of it (its description) stays compatible", () => {
    const described = (description: string) => conditional({ enum: ["x"], description });
    expect(diff(described("Old."), described("New.")).changes.map(({ kind, breaks, review }) => ({ kind, breaks, review }))).toEqual([{ kind: "description-changed", breaks: [], review: false }]);
  });
});

describe("a definition used in a contains that maxContains counts: more matches can exceed it", () => {
  it("widened: for review, both sides", () => {
    const files = (reserved: unknown[]) => thing({ codes: { type: "array", contains: reservedCode, maxContains: 1 } }, reserved);
    const { changes, messages } = diff(files(["x"]), files(["x", "y"]));
    expect(changes).toEqual([{ kind: "enum-widened", breaks: ["producer", "consumer"], review: true, ...at }]);
    expect(messages[0]).toContain("maxContains");
  });

  it("without maxContains, positive: widened, consumers only", () => {
    const files = (reserved: unknown[]) => thing({ codes: { type: "array", contains: reservedCode } }, reserved);
    expect(diff(files(["x"]), files(["x", "y"])).changes).toEqual([{ kind: "enum-widened", breaks: ["consumer"], review: false, ...at }]);
  });
});

describe("a definition used in both positions", () => {
  it("as a property's schema and under not: widened, it breaks both sides", () => {
    const { changes, messages } = diff(thing({ code: reservedCode, other: notReserved }, ["x"]), thing({ code: reservedCode, other: notReserved }, ["x", "y"]));
    expect(changes).toEqual([{ kind: "enum-widened", breaks: ["producer", "consumer"], review: false, ...at }]);
    expect(messages[0]).toContain("under not");
  });

  it("as a property's schema and as an if condition: for review, both sides", () => {
    const files = (reserved: unknown[]) => thing({ code: reservedCode }, reserved, ifThen({ properties: { code: { $ref: "#/$defs/reserved" } } }, { required: ["note"] }));
    const { changes } = diff(files(["x", "y"]), files(["x"]));
    expect(changes).toEqual([{ kind: "enum-narrowed", breaks: ["producer", "consumer"], review: true, ...at }]);
  });

  it("under not in the old version only: both sides (the use moved as well)", () => {
    const { changes } = diff(thing({ code: notReserved }, ["x"]), thing({ code: { type: "string", allOf: [reservedCode] } }, ["x", "y"]));
    expect(changes.filter((change) => change.pointer === at.pointer)).toEqual([{ kind: "enum-widened", breaks: ["producer", "consumer"], review: false, ...at }]);
  });
});

describe("a $ref that moved to another definition is compared for each use", () => {
  it("used as a property's schema and under not, the new target wider: both sides, each where it is used", () => {
    const files = (target: string) => ({
      "thing.schema.json": {
        type: "object",
        properties: { code: { $ref: `#/$defs/${target}` }, other: { not: { $ref: `#/$defs/${target}` } } },
        $defs: { a: { enum: ["x"] }, b: { enum: ["x", "y"] } },
      },
    });
    const { changes } = diff(files("a"), files("b"));
    expect(changes.map(({ kind, breaks, review }) => ({ kind, breaks, review }))).toEqual([
      { kind: "enum-widened", breaks: ["consumer"], review: false },
      { kind: "enum-widened", breaks: ["producer"], review: false },
    ]);
  });
});

describe("definitions used positively only, or not at all, keep the direction of their change", () => {
  it("used as a property's schema: widening breaks consumers", () => {
    const { changes } = diff(thing({ code: reservedCode }, ["x"]), thing({ code: reservedCode }, ["x", "y"]));
    expect(changes).toEqual([{ kind: "enum-widened", breaks: ["consumer"], review: false, ...at }]);
  });

  it("used by nothing: as if used positively (other schemas may reference it)", () => {
    const { changes } = diff(thing({}, ["x"]), thing({}, ["x", "y"]));
    expect(changes).toEqual([{ kind: "enum-widened", breaks: ["consumer"], review: false, ...at }]);
  });

  it("used in a then: positive (it applies where the condition holds)", () => {
    const files = (reserved: unknown[]) => thing({ code: { type: "string" } }, reserved, ifThen({ required: ["code"] }, { properties: { code: reservedCode } }));
    const { changes } = diff(files(["x"]), files(["x", "y"]));
    expect(changes).toEqual([{ kind: "enum-widened", breaks: ["consumer"], review: false, ...at }]);
  });
});

describe("OpenAPI component schemas take the polarity of their uses too", () => {
  const api = (reserved: unknown[]) =>
    parseStandardTree(
      "x",
      new Map([
        [
          "openapi/api.json",
          JSON.stringify({
            openapi: "3.1.0",
            info: { title: "t", version: "1" },
            paths: {
              "/things": {
                post: {
                  requestBody: { content: { "application/json": { schema: { type: "object", properties: { code: { not: { $ref: "#/components/schemas/Reserved" } } } } } } },
                  responses: { "204": { description: "ok" } },
                },
              },
            },
            components: { schemas: { Reserved: { enum: reserved } } },
          }),
        ],
      ]),
    );

  it("a component used only under not, widened: breaks producers", () => {
    const result = diffStandards(api(["x"]), api(["x", "y"]));
    expect(result.changes.map(({ kind, breaks, review, pointer }) => ({ kind, breaks, review, pointer }))).toEqual([
      { kind: "enum-widened", breaks: ["producer"], review: false, pointer: "/components/schemas/Reserved/enum" },
    ]);
  });
});
