import { describe, expect, it } from "vitest";
import { formatFromName, sniffFormat } from "../src/input/detect-format.js";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("the format of an input", () => {
  it("is the file extension's, in any case: .jsonl and .ndjson JSON Lines, .json a document, .csv CSV; others are sniffed", () => {
    expect(["a.jsonl", "A.NDJSON", "b.Json", "c.CSV", "d.json.txt", "e", "jsonl"].map(formatFromName)).toEqual(["jsonl", "jsonl", "json", "csv", undefined, undefined, undefined]);
  });

  it("without one, is read from the first bytes: [ or a multi-line object is a document, a one-line object JSON Lines, anything else CSV", () => {
    expect(sniffFormat(bytes('  [{"recordType": "person"}]'))).toBe("json");
    expect(sniffFormat(bytes('{\n  "recordType": "person"\n}\n'))).toBe("json");
    expect(sniffFormat(bytes('\n {"recordType": "person"}\n{"recordType": "person"}\n'))).toBe("jsonl");
    expect(sniffFormat(bytes("recordType,id\nperson,430100-P-1\n"))).toBe("csv");
    expect(sniffFormat(bytes(""))).toBe("jsonl");
    expect(sniffFormat(bytes(" \n\t"))).toBe("jsonl");
  });

  it("takes a one-line object that is a whole package (records and no recordType) for a document, and one with a recordType for a line", () => {
    expect(sniffFormat(bytes('{"schemaVersion": "1.1", "records": []}\n'))).toBe("json");
    expect(sniffFormat(bytes('{"records": {}}\n'))).toBe("jsonl");
    expect(sniffFormat(bytes('{"recordType": "person", "records": []}\n'))).toBe("jsonl");
    expect(sniffFormat(bytes('{"schemaVersion": "1.1", "records": [{"recordType": "person"}]}'))).toBe("json");
    expect(sniffFormat(bytes('{"records": [\n'))).toBe("json");
  });
});
