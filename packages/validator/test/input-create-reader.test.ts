import { describe, expect, it } from "vitest";
import { createReader } from "../src/input/create-reader.js";
import { readAll, summarise } from "./support/read-all.js";

const encode = (text: string) => new TextEncoder().encode(text);

describe("the reader of each input format", () => {
  it("reads the same two records from JSON Lines, a JSON document and CSV", () => {
    const jsonl = '{"recordType":"person","id":"a"}\n{"recordType":"person","id":"b"}\n';
    const json = '[\n{"recordType":"person","id":"a"},\n{"recordType":"person","id":"b"}\n]';
    const csv = "recordType,id\nperson,a\nperson,b\n";
    for (const [format, text, lines] of [["jsonl", jsonl, [1, 2]], ["json", json, [2, 3]], ["csv", csv, [2, 3]]] as const) {
      const items = readAll((options) => createReader(format, options), encode(text));
      expect(items.map((item) => item.kind === "record" && item.value), format).toEqual([{ recordType: "person", id: "a" }, { recordType: "person", id: "b" }]);
      expect(summarise(items), format).toEqual(lines.map((line) => `record@${line}`));
    }
  });
});
