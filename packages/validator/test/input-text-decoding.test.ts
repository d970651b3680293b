import { describe, expect, it } from "vitest";
import { findInvalidUtf8 } from "../src/input/find-invalid-utf8.js";
import { type DecodedText, StreamingTextDecoder } from "../src/input/streaming-text-decoder.js";
import { countNonAscii, decodeBytesString, hasNonAscii } from "../src/input/utf8-bytes-string.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
/** The bytes as a one-byte string (a "bytes string", as a latin1 decoding makes it). */
const bytesString = (bytes: Uint8Array) => String.fromCharCode(...bytes);

describe("findInvalidUtf8: where UTF-8 breaks (Unicode table 3-7)", () => {
  it.each([
    ["ASCII and every well-formed length", [0x41, 0xc2, 0x80, 0xdf, 0xbf, 0xe0, 0xa0, 0x80, 0xed, 0x9f, 0xbf, 0xef, 0xbf, 0xbf, 0xf0, 0x90, 0x80, 0x80, 0xf4, 0x8f, 0xbf, 0xbf], -1],
    ["nothing", [], -1],
    ["a lead byte C1 (overlong)", [0x41, 0xc1, 0xbf], 1],
    ["a continuation byte alone", [0x80], 0],
    ["F5, above every lead", [0xf5, 0x80, 0x80, 0x80], 0],
    ["E0 with a second byte under A0 (overlong)", [0xe0, 0x9f, 0xbf], 0],
    ["ED with a second byte over 9F (a surrogate)", [0xed, 0xa0, 0x80], 0],
    ["F0 with a second byte under 90 (overlong)", [0xf0, 0x8f, 0xbf, 0xbf], 0],
    ["F4 with a second byte over 8F (over U+10FFFF)", [0xf4, 0x90, 0x80, 0x80], 0],
    ["a second byte over BF", [0x41, 0x41, 0xc2, 0xc0], 2],
    ["a third byte that is ASCII", [0xe4, 0xb8, 0x41], 0],
    ["a fourth byte over BF", [0xf0, 0x90, 0x80, 0xc0], 0],
    ["a sequence cut short at the end", [0x41, 0xf0, 0x90, 0x80], 1],
    ["a two-byte sequence cut short at the end", [0xc2], 0],
  ])("%s", (_name, bytes, at) => {
    expect(findInvalidUtf8(Uint8Array.from(bytes))).toBe(at);
  });
});

describe("bytes strings (UTF-8 bytes one per character)", () => {
  it("decode to the text of every UTF-8 length, also past the batch of 4096 characters", () => {
    const text = "A é 张伟 😀 z";
    expect(decodeBytesString(bytesString(utf8(text)))).toBe(text);
    const long = `${"张".repeat(5000)}😀${"a".repeat(5000)}`;
    expect(decodeBytesString(Buffer.from(long, "utf8").toString("latin1"))).toBe(long);
    expect(decodeBytesString("")).toBe("");
  });

  it("count and detect their non-ASCII characters (bytes of multi-byte characters)", () => {
    expect([countNonAscii(bytesString(utf8("a张b"))), countNonAscii("abc"), countNonAscii("\x7f\x80")]).toEqual([3, 0, 1]);
    expect([hasNonAscii("abc\x7f"), hasNonAscii("abc\x80"), hasNonAscii("")]).toEqual([false, true, false]);
  });
});

describe("StreamingTextDecoder (JSON documents)", () => {
  const gb18030 = Uint8Array.of(0xd5, 0xc5, 0xce, 0xb0); // 张伟 in GB18030
  const join = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((part) => [...part]));
  type Encoding = "auto" | "utf-8" | "gb18030";

  /** The whole file's text, invalid bytes (offsets into it) and where it turned GB18030, read in chunks of `size` bytes. */
  function decodeAll(encoding: Encoding, bytes: Uint8Array, size = bytes.length || 1) {
    const decoder = new StreamingTextDecoder(encoding);
    let text = "";
    const bad: number[] = [];
    let gb18030At: number | undefined;
    const take = (part: DecodedText) => {
      bad.push(...part.bad.map((offset) => text.length + offset));
      if (part.gb18030At !== undefined) gb18030At = text.length + part.gb18030At;
      text += part.text;
    };
    for (let at = 0; at < bytes.length; at += size) take(decoder.decode(bytes.slice(at, at + size)));
    take(decoder.decode(new Uint8Array(0), true));
    return gb18030At === undefined ? { text, bad } : { text, bad, gb18030At };
  }

  it("decodes UTF-8 across chunks that cut a character", () => {
    const decoder = new StreamingTextDecoder("auto");
    const bytes = utf8('["张伟"]');
    expect([decoder.decode(bytes.subarray(0, 3)), decoder.decode(bytes.subarray(3), true)]).toEqual([
      { text: '["', bad: [] },
      { text: '张伟"]', bad: [] },
    ]);
  });

  it("with auto, reads a file that is not UTF-8 before any non-ASCII text as GB18030, from the first character that is not UTF-8", () => {
    expect(decodeAll("auto", join(utf8('{"name":\n "'), gb18030, utf8('"}')))).toEqual({ text: '{"name":\n "张伟"}', bad: [], gb18030At: 11 });
  });

  it("stands one U+FFFD for each invalid sequence, at its offset, and reads on: never an ASCII byte, never a U+FFFD of the file", () => {
    // After UTF-8 text: an invalid byte, a character cut short by a quote, a U+FFFD written in the file.
    expect(decodeAll("auto", join(utf8('["张",\n"'), [0xff], utf8('x", "'), [0xe5, 0xbc], utf8('", "\uFFFD"]')))).toEqual({
      text: '["张",\n"\uFFFDx", "\uFFFD", "\uFFFD"]',
      bad: [7, 13],
    });
  });

  it("with auto, a byte invalid in GB18030 too is an invalid byte of a UTF-8 file; a later GB18030 character still makes it GB18030", () => {
    expect(decodeAll("auto", join(utf8('["a'), [0xff], utf8('b"]')))).toEqual({ text: '["a\uFFFDb"]', bad: [3] });
    expect(decodeAll("auto", join(utf8('["a'), [0xff], utf8('b", "'), gb18030, [0xff], utf8('"]')))).toEqual({
      text: '["a\uFFFDb", "张伟\uFFFD"]',
      bad: [3, 11],
      gb18030At: 9,
    });
  });

  it("takes the encoding it is told: UTF-8 never becomes GB18030; GB18030 is read as such, its invalid bytes located as such", () => {
    // 张伟: D5 C5 CE B0, where CE B0 is UTF-8 too (ΰ).
    expect(decodeAll("utf-8", join(utf8('"'), gb18030, utf8('"')))).toEqual({ text: '"\uFFFD\uFFFDΰ"', bad: [1, 2] });
    expect(decodeAll("gb18030", join(gb18030, [0x81, 0x20, 0xff], utf8("a")))).toEqual({ text: "张伟\uFFFD \uFFFDa", bad: [2, 4] });
  });

  it("drops one byte-order mark at the start (UTF-8's, or GB18030's in a GB18030 file), however it is chunked; a second one is text", () => {
    const bom = [0xef, 0xbb, 0xbf];
    const gbBom = [0x84, 0x31, 0x95, 0x33];
    for (const size of [1, 2, 3, 100]) {
      expect(decodeAll("auto", join(bom, utf8("[]")), size)).toEqual({ text: "[]", bad: [] });
      expect(decodeAll("auto", join(bom, bom, utf8("[]")), size)).toEqual({ text: "\uFEFF[]", bad: [] });
      expect(decodeAll("gb18030", join(gbBom, utf8("[]")), size)).toEqual({ text: "[]", bad: [] });
      expect(decodeAll("gb18030", join(gbBom, gbBom, utf8("[]")), size)).toEqual({ text: "\uFEFF[]", bad: [] });
      expect(decodeAll("auto", join(gbBom, gb18030), size)).toEqual({ text: "张伟", bad: [], gb18030At: 0 });
      // Not at the start: a character like any other.
      expect(decodeAll("utf-8", join(utf8(" "), bom), size)).toEqual({ text: " \uFEFF", bad: [] });
    }
  });

  it("decodes as the WHATWG decoders do, and finds each invalid byte at one place, whatever the chunking", () => {
    const tricky = [
      join(utf8('["a", "'), [0xe5, 0xbc, 0xa0, 0xff, 0xe5, 0xbc], utf8('", "'), [0xf0, 0x9f, 0x98, 0x80, 0xf0, 0x9f, 0x98], utf8('"]')),
      join([0xed, 0xa0, 0x80, 0xc0, 0xaf, 0xe0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xc2]),
      join(utf8('["'), gb18030, [0x81, 0x30, 0x81, 0x22, 0x81, 0x30, 0x41, 0x80, 0xff, 0x81, 0x7f, 0x84, 0x31, 0xa4, 0x37, 0xe3, 0x32, 0x9a, 0x36], utf8('"]')),
      join(utf8("x"), [0x84, 0x31, 0x95]),
    ];
    for (const bytes of tricky) {
      for (const encoding of ["auto", "utf-8", "gb18030"] as const) {
        const whole = decodeAll(encoding, bytes);
        for (const size of [1, 2, 3, 4, 5, 7]) expect(decodeAll(encoding, bytes, size)).toEqual(whole);
        for (const offset of whole.bad) expect(whole.text[offset]).toBe("\uFFFD");
        if (encoding !== "auto") expect(whole.text).toBe(new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes));
      }
    }
  });
});
