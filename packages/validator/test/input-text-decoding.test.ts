import { describe, expect, it } from "vitest";
import { findInvalidUtf8 } from "../src/input/find-invalid-utf8.js";
import { StreamingTextDecoder } from "../src/input/streaming-text-decoder.js";
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
  function decoder(encoding: "auto" | "utf-8" | "gb18030") {
    const problems: unknown[][] = [];
    return { decoder: new StreamingTextDecoder(encoding, (...problem) => problems.push(problem)), problems };
  }

  it("decodes UTF-8 across chunks that cut a character", () => {
    const { decoder: d, problems } = decoder("auto");
    const bytes = utf8("[\"张伟\"]");
    expect(`${d.decode(bytes.subarray(0, 3), 1)}${d.decode(bytes.subarray(3), 1, true)}`).toBe('["张伟"]');
    expect(problems).toEqual([]);
  });

  it("with auto, reads a file that is not UTF-8 before any non-ASCII text as GB18030, with a warning on its line", () => {
    const { decoder: d, problems } = decoder("auto");
    expect(d.decode(utf8('{"name": "'), 1)).toBe('{"name": "');
    expect(d.decode(gb18030, 3, true)).toBe("张伟");
    expect(problems).toEqual([["input.encoding", expect.objectContaining({ detail: "decoded-as-gb18030", encoding: "gb18030" }), 3, "warning", false]]);
    expect(d.failed).toBe(false);
  });

  it("with auto, after UTF-8 text that was not ASCII, fails on bytes that are not UTF-8 (an error, then nothing more)", () => {
    const { decoder: d, problems } = decoder("auto");
    expect(d.decode(utf8("张"), 1)).toBe("张");
    expect(d.decode(Uint8Array.of(0xff), 2)).toBeUndefined();
    expect(problems).toEqual([["input.encoding", expect.objectContaining({ detail: "file-not-utf-8" }), 2]]);
    expect(d.failed).toBe(true);
    expect(d.decode(utf8("a"), 3)).toBeUndefined();
    expect(problems).toHaveLength(1);
  });

  it("takes the encoding it is told: UTF-8 never becomes GB18030, GB18030 is read as such and fails as such", () => {
    const told = decoder("utf-8");
    expect(told.decoder.decode(gb18030, 1)).toBeUndefined();
    expect(told.problems).toEqual([["input.encoding", expect.objectContaining({ detail: "file-not-utf-8" }), 1]]);
    const gb = decoder("gb18030");
    expect(gb.decoder.decode(gb18030, 1)).toBe("张伟");
    expect(gb.decoder.decode(Uint8Array.of(0x81, 0x20), 4, true)).toBeUndefined();
    expect(gb.problems).toEqual([["input.encoding", expect.objectContaining({ detail: "file-not-gb18030" }), 4]]);
  });
});
