import { describe, expect, it } from "vitest";
import { createJsonLinesReader } from "../src/index.js";
import { createCsvReader } from "../src/input/csv-reader.js";
import { nodeText } from "../src/node/text-platform.js";
import { readAll, summarise } from "./support/read-all.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
/** `{"name":"张三"}` with the name in GB18030 bytes. */
const gbLine = () => new Uint8Array([...utf8('{"name":"'), 0xd5, 0xc5, 0xc8, 0xfd, ...utf8('"}\n')]);
const join = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((part) => [...part]));

describe("mixed encodings in one file", () => {
  for (const [label, text] of [["TextDecoder", undefined], ["Node", nodeText]] as const) {
    it(`a UTF-8 line after a file was found to be GB18030 is a located error, never mojibake (${label})`, () => {
      const bytes = join(utf8('{"id":1}\n'), gbLine(), utf8('{"name":"陈浩"}\n'), gbLine());
      for (const chunkSizes of [[bytes.length], [7]]) {
        const items = readAll(createJsonLinesReader, bytes, { chunkSizes, text });
        expect(summarise(items)).toEqual(["record@1", "input.encoding@2", "record@2", "input.encoding@3", "record@4"]);
        expect(items[3]).toMatchObject({ params: { detail: "mixed-encodings" } });
        expect(items[3]).not.toHaveProperty("severity");
        expect(JSON.stringify(items)).not.toContain("闄");
      }
    });

    it(`a GB18030 line after UTF-8 text is an error on its line; the UTF-8 lines before it in the same chunk stay UTF-8 (${label})`, () => {
      const bytes = join(utf8('{"name":"陈浩"}\n'), gbLine(), utf8('{"name":"陈浩"}\n'));
      const items = readAll(createJsonLinesReader, bytes, { text });
      expect(summarise(items)).toEqual(["record@1", "input.encoding@2", "record@3"]);
      expect(items[0]).toMatchObject({ value: { name: "陈浩" } });
      expect(items[1]).toMatchObject({ params: { detail: "line-not-utf-8" } });
    });
  }

  it("CSV: the same rule", () => {
    const bytes = join(utf8("recordType,name\n"), new Uint8Array([...utf8("person,"), 0xd5, 0xc5, 0x0a]), utf8("person,陈浩\n"));
    expect(summarise(readAll(createCsvReader, bytes))).toEqual(["input.encoding@2", "record@2", "input.encoding@3"]);
  });
});
