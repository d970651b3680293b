import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CodeList } from "../src/code-list.js";
import { jsonEqual } from "../scripts/json.js";
import { findEnumMismatches, syncEnums } from "../scripts/sync-enums.js";

const runs = Number(process.env["CZT_FC_RUNS"] ?? 100);

const listIds = ["alpha", "beta", "gamma"] as const;
const codeListArb: fc.Arbitrary<Map<string, CodeList>> = fc
  .tuple(...listIds.map(() => fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,4}$/), { minLength: 1, maxLength: 6 })))
  .map((codeSets) => new Map(listIds.map((id, i) => [id, { id, title: { zh: id, en: id }, openness: "closed", source: "test", codes: codeSets[i]!.map((code) => ({ code, title: { zh: code, en: code }, status: "active" })) } satisfies CodeList])));

/** Schema-like trees where some nodes name a code list and carry a stale enum. */
const schemaArb = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({ type: fc.constant("string"), "x-czt-codelist": fc.constantFrom(...listIds), enum: fc.array(fc.string(), { maxLength: 3 }) }),
    fc.record({ type: fc.constant("integer"), minimum: fc.nat() }),
    fc.record({ type: fc.constant("object"), properties: fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), tie("node"), { maxKeys: 4 }) }),
    fc.record({ type: fc.constant("array"), items: tie("node") }),
  ),
})).node;

describe("syncEnums", () => {
  it("leaves no mismatch, whatever the stale enums were", () => {
    fc.assert(
      fc.property(schemaArb, codeListArb, (schema, lists) => {
        const { schema: synced, unknownLists } = syncEnums(schema, lists);
        expect(unknownLists).toEqual([]);
        expect(findEnumMismatches([{ path: "x", json: synced }], lists)).toEqual([]);
      }),
      { numRuns: runs },
    );
  });

  it("is idempotent and does not change its input", () => {
    fc.assert(
      fc.property(schemaArb, codeListArb, (schema, lists) => {
        const before = structuredClone(schema);
        const once = syncEnums(schema, lists).schema;
        expect(jsonEqual(schema, before)).toBe(true);
        expect(jsonEqual(syncEnums(once, lists).schema, once)).toBe(true);
      }),
      { numRuns: runs },
    );
  });
});
