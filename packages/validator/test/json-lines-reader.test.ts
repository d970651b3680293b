import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createJsonLinesReader, type InputItem } from "../src/index.js";
import { nodeText } from "../src/node/text-platform.js";
import { readAll as readWith, summarise } from "./support/read-all.js";
import { jsonLines, person } from "./support/records.js";

const runs = Number(process.env["CZT_FC_RUNS"] ?? 50);
const record = JSON.stringify(person());

// Every case runs on the portable path (TextDecoder, as in a browser) and on Node's, which
// parses valid UTF-8 lines from one-byte strings and decodes their strings after.
describe.each([
  ["TextDecoder", undefined],
  ["Node's text functions", nodeText],
])("JSON Lines reader (%s)", (_name, text) => {
  const readAll = (create: typeof createJsonLinesReader, bytes: Uint8Array, options: Parameters<typeof readWith>[2] = {}): InputItem[] =>
    readWith(create, bytes, { ...options, text });
  it("numbers records by line, skips blank lines and reads CRLF and a BOM", () => {
    const bytes = new TextEncoder().encode(`\uFEFF${record}\r\n\r\n${record}\r\n`);
    const items = readAll(createJsonLinesReader, bytes);
    expect(summarise(items)).toEqual(["record@1", "record@3"]);
    expect(items[1]!.location.recordIndex).toBe(1);
  });

  it("reports a bad line with its line and column and keeps the records around it", () => {
    const items = readAll(createJsonLinesReader, jsonLines(record, '{"recordType": "person",, }', record));
    expect(summarise(items)).toEqual(["record@1", "input.malformed-json@2", "record@3"]);
    expect(items[1]!.location.column).toBe(25);
  });

  it("calls a cut-off last line truncated, not malformed", () => {
    const items = readAll(createJsonLinesReader, jsonLines(record, record.slice(0, 40)));
    expect(summarise(items)).toEqual(["record@1", "input.truncated@2"]);
  });

  it("skips a line over the limit without losing the next one", () => {
    const long = JSON.stringify(person({ name: "x".repeat(5000) }));
    const items = readAll(createJsonLinesReader, jsonLines(record, long, record), { maxRecordBytes: 1000, chunkSizes: [300] });
    expect(summarise(items)).toEqual(["record@1", "input.line-too-long@2", "record@3"]);
  });

  it("turns nesting that overflows JSON.parse into input.too-deep", () => {
    const deep = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
    const items = readAll(createJsonLinesReader, jsonLines(deep, record));
    expect(summarise(items)).toEqual(["input.too-deep@1", "record@2"]);
  });

  it("refuses __proto__, constructor and prototype keys, escaped or not, without polluting", () => {
    const items = readAll(
      createJsonLinesReader,
      jsonLines('{"__proto__": {"polluted": true}}', '{"a": {"constructor": 1}}', '{"\\u005f_proto__": {"polluted": true}}', record),
    );
    expect(summarise(items)).toEqual(["input.forbidden-key@1", "input.forbidden-key@2", "input.forbidden-key@3", "record@4"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("calls a file with NUL bytes binary and stops", () => {
    const items = readAll(createJsonLinesReader, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x0a, 0x7b]));
    expect(summarise(items)).toEqual(["input.binary@1"]);
  });

  it("decodes GB18030 with a warning, never silently", () => {
    // 张三 in GB18030.
    const gb = new Uint8Array([...new TextEncoder().encode('{"name":"'), 0xd5, 0xc5, 0xc8, 0xfd, ...new TextEncoder().encode('"}\n')]);
    const items = readAll(createJsonLinesReader, gb);
    expect(summarise(items)).toEqual(["input.encoding@1", "record@1"]);
    expect(items[0]).toMatchObject({ severity: "warning", lostRecord: false });
    expect(items[1]).toMatchObject({ value: { name: "张三" } });
  });

  it("reports a line that is not UTF-8 in a UTF-8 file and keeps the others", () => {
    const bad = new Uint8Array([...new TextEncoder().encode(`${JSON.stringify(person())}\n{"name":"`), 0xff, 0xfe, 0x22, 0x7d, 0x0a, ...new TextEncoder().encode(record)]);
    const items = readAll(createJsonLinesReader, bad);
    expect(summarise(items)).toEqual(["record@1", "input.encoding@2", "record@3"]);
  });

  it("reads the same items whatever the chunk boundaries", () => {
    const text = `{"recordType":"header","schemaVersion":"1.0"}\r\n${record}\n\n{bad\n${JSON.stringify(person({ name: "欧阳娜娜" }))}\n${record.slice(0, 30)}`;
    const bytes = new TextEncoder().encode(text);
    const expected = summarise(readAll(createJsonLinesReader, bytes));
    expect(expected).toEqual(["header@1", "record@2", "input.malformed-json@4", "record@5", "input.truncated@6"]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 8 }), (sizes) => {
        expect(summarise(readAll(createJsonLinesReader, bytes, { chunkSizes: sizes }))).toEqual(expected);
        // Chunks in one reused Node Buffer (a worker's read buffer): the parts of a line held
        // between chunks must be copies (Buffer#slice would be a view), or lines come out garbled.
        expect(summarise(readAll(createJsonLinesReader, bytes, { chunkSizes: sizes, reusedBuffer: true }))).toEqual(expected);
      }),
      { numRuns: runs },
    );
  });
});
