import { describe, expect, it } from "vitest";
import { createJsonDocumentReader } from "../src/index.js";
import { formatFromName, sniffFormat } from "../src/input/detect-format.js";
import { readAll, summarise } from "./support/read-all.js";
import { person } from "./support/records.js";

const encode = (text: string) => new TextEncoder().encode(text);
const record = (id: string) => JSON.stringify(person({ id }));

describe("JSON package members", () => {
  it("a second records member is a located duplicate-name error, and its records are checked too", () => {
    const text = `{"schemaVersion": "1.0", "city": "430100",\n "records": [\n${record("430100-P-1")}\n],\n "records": [\n${record("430100-P-2")}\n]}\n`;
    for (const chunkSizes of [[text.length], [5, 11]]) {
      const items = readAll(createJsonDocumentReader, encode(text), { chunkSizes });
      expect(summarise(items)).toEqual(["header@1", "record@3", "record@6", "input.duplicate-name@5"]);
      expect(items[3]).toMatchObject({ params: { name: "records" }, location: { line: 5, column: 2 }, lostRecord: false });
    }
  });

  it("a name written twice anywhere in the package, or a reserved name, is located in the file", () => {
    const text = `{"schemaVersion": "1.0",\n  "publisher": {"division": "430000", "division": "430100"},\n "records": []}`;
    const items = readAll(createJsonDocumentReader, encode(text));
    expect(items).toMatchObject([{ kind: "error", ruleId: "input.duplicate-name", params: { name: "division" }, location: { line: 2, column: 39 } }]);
    const proto = readAll(createJsonDocumentReader, encode(`{"records": [], "constructor": {}}`));
    expect(proto).toMatchObject([{ kind: "header" }, { kind: "error", ruleId: "input.forbidden-key", location: { line: 1, column: 17 } }]);
  });

  it("members after records are read: the header holds them", () => {
    const text = `{"schemaVersion": "1.0", "records": [\n${record("430200-P-1")}\n], "city": "430200", "asOf": "2024-06-30"}`;
    const items = readAll(createJsonDocumentReader, encode(text), { chunkSizes: [9] });
    const headers = items.filter((item) => item.kind === "header");
    expect(headers.at(-1)).toMatchObject({ value: { schemaVersion: "1.0", city: "430200", asOf: "2024-06-30" } });
    expect(headers.at(-1)!.value).not.toHaveProperty("records");
  });

  it("a problem inside a record of a document is located where it is, not at the record's start", () => {
    const text = `[\n  {"recordType": "person",\n   "id": "430100-P-1", "id": "430100-P-2"}\n]`;
    expect(readAll(createJsonDocumentReader, encode(text))).toMatchObject([{ ruleId: "input.duplicate-name", location: { line: 3, column: 24 } }]);
  });
});

describe("the format of a file", () => {
  it("a .json file is JSON, whatever its content looks like", () => {
    expect(formatFromName("export.json")).toBe("json");
    expect(formatFromName("EXPORT.JSON")).toBe("json");
    expect(formatFromName("export.txt")).toBeUndefined();
  });

  it("without an extension (standard input), a minified package is JSON and a record per line JSON Lines", () => {
    expect(sniffFormat(encode(`{"schemaVersion":"1.0","records":[${record("430100-P-1")}]}\n`))).toBe("json");
    expect(sniffFormat(encode(`{"records":[${record("430100-P-1")}],"city":"430100"}`))).toBe("json");
    expect(sniffFormat(encode(`${record("430100-P-1")}\n${record("430100-P-2")}\n`))).toBe("jsonl");
    expect(sniffFormat(encode(`{"recordType":"header","schemaVersion":"1.0"}\n${record("430100-P-1")}\n`))).toBe("jsonl");
  });
});
