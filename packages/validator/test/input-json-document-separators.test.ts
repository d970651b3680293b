import { describe, expect, it } from "vitest";
import { createJsonDocumentReader, type InputItem } from "../src/index.js";
import { readAll } from "./support/read-all.js";

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Each item as [kind or rule, value or expected token, line, column, recordIndex, lostRecord]. */
function brief(items: readonly InputItem[]): unknown[] {
  return items.map((item) => {
    const { line, column, recordIndex } = item.location;
    if (item.kind !== "error") return [item.kind, item.value, line, column, recordIndex];
    return [item.ruleId, item.params["expected"], line, column, recordIndex, item.lostRecord];
  });
}
/** Every chunking from one byte at a time to the whole file at once. */
const chunkings = [[1], [2], [3], [7], [64], [1 << 20]];
const readEvery = (text: string) => {
  const results = chunkings.map((chunkSizes) => brief(readAll(createJsonDocumentReader, utf8(text), { chunkSizes })));
  for (const result of results) expect(result).toEqual(results[0]);
  return results[0]!;
};

// A records array with a comma missing, doubled or left over is no JSON another program
// reads: the validator must not call such an export valid. The records are read all the
// same (each is whole), so the finding costs none.
describe("JSON documents: the commas between records", () => {
  it("two records with no comma between them: a located malformed-json finding, both records read", () => {
    expect(readEvery('[{"n":1}\n {"n":2}]')).toEqual([
      ["record", { n: 1 }, 1, 2, 0],
      ["input.malformed-json", "comma-or-array-end", 2, 2, -1, false],
      ["record", { n: 2 }, 2, 2, 1],
    ]);
  });

  it("a doubled comma, a leading one and a trailing one: each expected a value where it stands", () => {
    expect(readEvery('[{"n":1},,{"n":2}]')).toEqual([
      ["record", { n: 1 }, 1, 2, 0],
      ["input.malformed-json", "value", 1, 10, -1, false],
      ["record", { n: 2 }, 1, 11, 1],
    ]);
    expect(readEvery('[,{"n":1}]')).toEqual([
      ["input.malformed-json", "value", 1, 2, -1, false],
      ["record", { n: 1 }, 1, 3, 0],
    ]);
    expect(readEvery('[{"n":1},\n]')).toEqual([
      ["record", { n: 1 }, 1, 2, 0],
      ["input.malformed-json", "value", 2, 1, -1, false],
    ]);
  });

  it("the same in a package's records, scalars as records, and well-formed arrays without any finding", () => {
    expect(readEvery('{"records":[{"n":1} {"n":2}]}').filter((item) => (item as unknown[])[0] !== "header")).toEqual([
      ["record", { n: 1 }, 1, 13, 0],
      ["input.malformed-json", "comma-or-array-end", 1, 21, -1, false],
      ["record", { n: 2 }, 1, 21, 1],
    ]);
    expect(readEvery("[1,,2]")).toEqual([
      ["record", 1, 1, 2, 0],
      ["input.malformed-json", "value", 1, 4, -1, false],
      ["record", 2, 1, 5, 1],
    ]);
    expect(readEvery('[]')).toEqual([]);
    expect(readEvery('[1, [2, 3] ,{"n":[4,5]} ]')).toEqual([
      ["record", 1, 1, 2, 0],
      ["record", [2, 3], 1, 5, 1],
      ["record", { n: [4, 5] }, 1, 13, 2],
    ]);
  });
});
