import { describe, expect, it } from "vitest";
import { createJsonDocumentReader } from "../src/index.js";
import { readAll, summarise } from "./support/read-all.js";
import { person } from "./support/records.js";

const encode = (text: string) => new TextEncoder().encode(text);

const pkg = (records: string) => `{
  "schemaVersion": "1.0",
  "city": "430100",
  "asOf": "2024-06-30",
  "records": [
${records}
  ]
}
`;

describe("JSON document reader", () => {
  it("reads a package's header and its records with their lines and columns, in any chunking", () => {
    const text = pkg(`    ${JSON.stringify(person())},\n    ${JSON.stringify(person({ id: "430100-P-2" }))}`);
    for (const chunkSizes of [[text.length], [1], [7, 13]]) {
      const items = readAll(createJsonDocumentReader, encode(text), { chunkSizes });
      // Read as a stream: the envelope so far gives the records their context; the whole one, at the end, is the one checked.
      expect(summarise(items)).toEqual(["header@1", "record@6", "record@7", "header@1"]);
      expect(items[0]).toMatchObject({ value: { schemaVersion: "1.0", city: "430100", asOf: "2024-06-30" }, contextOnly: true });
      expect(items[3]).toEqual({ kind: "header", value: { schemaVersion: "1.0", city: "430100", asOf: "2024-06-30" }, location: { file: expect.any(String), line: 1, recordIndex: -1 } });
      expect(items[2]).toMatchObject({ value: { id: "430100-P-2" }, location: { column: 5, recordIndex: 1 } });
    }
  });

  it("reads a top-level array and a single record", () => {
    expect(summarise(readAll(createJsonDocumentReader, encode(`[\n${JSON.stringify(person())},\n${JSON.stringify(person())}]`)))).toEqual(["record@2", "record@3"]);
    expect(summarise(readAll(createJsonDocumentReader, encode(JSON.stringify(person(), null, 2))))).toEqual(["record@1"]);
  });

  it("keeps the records around a malformed one", () => {
    const text = pkg(`    ${JSON.stringify(person())},\n    {"recordType": "person", "id": 01},\n    ${JSON.stringify(person())}`);
    expect(summarise(readAll(createJsonDocumentReader, encode(text)))).toEqual(["header@1", "record@6", "input.malformed-json@7", "record@8", "header@1"]);
  });

  it("reports a file cut off inside a record as truncated, after the complete records", () => {
    const text = pkg(`    ${JSON.stringify(person())},\n    ${JSON.stringify(person())}`);
    const cut = text.slice(0, text.indexOf('"id"', text.indexOf("records") + 200));
    expect(summarise(readAll(createJsonDocumentReader, encode(cut)))).toEqual(["header@1", "record@6", "input.truncated@7"]);
  });

  it("refuses nesting deeper than the limit and forbidden keys, and keeps going", () => {
    const deep = `${"[".repeat(50)}${"]".repeat(50)}`;
    const text = `[\n${deep},\n{"__proto__": 1},\n${JSON.stringify(person())}\n]`;
    expect(summarise(readAll(createJsonDocumentReader, encode(text), { maxDepth: 20 }))).toEqual(["input.too-deep@2", "input.forbidden-key@3", "record@4"]);
  });

  it("skips a record over the size limit", () => {
    const text = `[\n${JSON.stringify(person({ name: "x".repeat(3000) }))},\n${JSON.stringify(person())}\n]`;
    expect(summarise(readAll(createJsonDocumentReader, encode(text), { maxRecordBytes: 1000, chunkSizes: [256] }))).toEqual(["input.line-too-long@2", "record@3"]);
  });

  it("says what is wrong with a document that is not JSON at all", () => {
    expect(summarise(readAll(createJsonDocumentReader, encode("hello")))).toEqual(["input.malformed-json@1"]);
    expect(summarise(readAll(createJsonDocumentReader, encode("")))).toEqual(["input.truncated@1"]);
  });
});
