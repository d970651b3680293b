import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DecodedText, StreamingTextDecoder } from "../src/input/streaming-text-decoder.js";

// The decoder against Node's own WHATWG decoders (non-fatal): the same text, and its
// U+FFFD reported as invalid exactly where Node's decoder writes U+FFFD. The inputs never
// hold an encoded U+FFFD (EF BF BD in UTF-8, 84 31 A4 37 in GB18030), so every U+FFFD of
// Node's text stands for invalid bytes. Each input starts with a space, so that no
// byte-order mark (which the decoder drops at the start) is at the start.

const runs = Number(process.env["CZT_FC_RUNS"] ?? 100);
type Told = "utf-8" | "gb18030";
interface Decoded {
  text: string;
  bad: number[];
  gb18030At?: number;
}

/** Node's non-fatal decoding of the bytes, with the offsets of its U+FFFD. */
const nodeDecoders = { "utf-8": new TextDecoder("utf-8", { ignoreBOM: true }), gb18030: new TextDecoder("gb18030", { ignoreBOM: true }) };
function node(encoding: Told, bytes: Uint8Array): Decoded {
  const text = nodeDecoders[encoding].decode(bytes);
  const bad: number[] = [];
  for (let at = text.indexOf("\uFFFD"); at !== -1; at = text.indexOf("\uFFFD", at + 1)) bad.push(at);
  return { text, bad };
}

/** The decoder's text of the bytes fed in pieces ending at `cuts` (ascending), then the end of the file. */
function decodeCut(encoding: Told | "auto", bytes: Uint8Array, cuts: readonly number[]): Decoded {
  const decoder = new StreamingTextDecoder(encoding);
  const whole: Decoded = { text: "", bad: [] };
  const take = (part: DecodedText): void => {
    for (const offset of part.bad) whole.bad.push(whole.text.length + offset);
    if (part.gb18030At !== undefined) whole.gb18030At = whole.text.length + part.gb18030At;
    whole.text += part.text;
  };
  let from = 0;
  for (const cut of cuts) {
    take(decoder.decode(bytes.slice(from, cut)));
    from = cut;
  }
  take(decoder.decode(bytes.slice(from), true));
  return whole;
}

/** Cuts into pieces of `size` bytes. */
const every = (length: number, size: number): number[] => Array.from({ length: Math.ceil(length / size) }, (_, k) => k * size).slice(1);

const same = (a: Decoded, b: Decoded): boolean => a.text === b.text && a.bad.join() === b.bad.join() && a.gb18030At === b.gb18030At;
const hex = (bytes: Iterable<number>): string => [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join(" ");
const holds = (bytes: Uint8Array, sequence: number[]): boolean => {
  for (let at = 0; at + sequence.length <= bytes.length; at++) if (sequence.every((byte, k) => bytes[at + k] === byte)) return true;
  return false;
};
const encodedReplacement: Record<Told, number[]> = { "utf-8": [0xef, 0xbf, 0xbd], gb18030: [0x84, 0x31, 0xa4, 0x37] };

/**
 * The cases joined (each after a space, so each starts a sequence afresh in both
 * encodings: a space is never a trail byte), compared with Node's decoder as one file,
 * and, when they differ, case by case to name the first that does.
 */
function expectLikeNode(encoding: Told, cases: readonly number[][], sizes: readonly number[]): void {
  const bytes = Uint8Array.from(cases.flatMap((bytes) => [0x20, ...bytes]));
  expect(holds(bytes, encodedReplacement[encoding])).toBe(false);
  const expected = node(encoding, bytes);
  for (const size of [bytes.length, ...sizes]) {
    const decoded = decodeCut(encoding, bytes, every(bytes.length, size));
    if (same(decoded, expected)) continue;
    for (const one of cases) {
      const single = Uint8Array.from([0x20, ...one]);
      const cuts = every(single.length, size);
      expect({ bytes: hex(single), cuts, ...decodeCut(encoding, single, cuts) }).toEqual({ bytes: hex(single), cuts, ...node(encoding, single) });
    }
    expect(decoded, `chunks of ${size}`).toEqual(expected);
  }
}

/** The bytes cut at every position into two pieces, and into single bytes, give the text of the whole. */
function expectChunkingIrrelevant(encoding: Told | "auto", bytes: Uint8Array): void {
  const whole = decodeCut(encoding, bytes, []);
  for (let cut = 0; cut <= bytes.length; cut++) expect(decodeCut(encoding, bytes, [cut]), `${encoding} ${hex(bytes)} cut at ${cut}`).toEqual(whole);
  expect(decodeCut(encoding, bytes, every(bytes.length, 1)), `${encoding} ${hex(bytes)} in single bytes`).toEqual(whole);
}

function fatal(encoding: Told, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * With `--encoding auto`, by Node's decoders: UTF-8, unless, before any well-formed non-ASCII
 * UTF-8 character, a non-ASCII byte starts a GB18030 character (which UTF-8 would call
 * invalid): then GB18030 from that byte. (A UTF-8 sequence invalid but longer than one byte
 * is a lead byte and a byte 0x80–0xBF: always a GB18030 character.)
 */
function autoByNode(bytes: Uint8Array): Decoded {
  for (let at = 0; at < bytes.length; at++) {
    if (bytes[at]! < 0x80) continue;
    const starts = (encoding: Told, lengths: number[]) => lengths.some((n) => at + n <= bytes.length && fatal(encoding, bytes.subarray(at, at + n)) !== undefined);
    if (starts("utf-8", [2, 3, 4])) break;
    if (starts("gb18030", [1, 2, 4])) {
      const text = node("utf-8", bytes.subarray(0, at)).text + node("gb18030", bytes.subarray(at)).text;
      return { ...node("utf-8", new TextEncoder().encode(text)), gb18030At: node("utf-8", bytes.subarray(0, at)).text.length };
    }
  }
  return node("utf-8", bytes);
}

/** Each chunk's text, as the decoder and Node's streaming UTF-8 decoder hand them out. */
function streamed(encoding: "utf-8" | "auto", bytes: Uint8Array, cuts: readonly number[]): { ours: string[]; node: string[] } {
  const ours = new StreamingTextDecoder(encoding);
  const theirs = new TextDecoder("utf-8", { ignoreBOM: true });
  const texts = { ours: [] as string[], node: [] as string[] };
  let from = 0;
  for (const cut of cuts) {
    const chunk = bytes.slice(from, cut);
    texts.ours.push(ours.decode(chunk).text);
    texts.node.push(theirs.decode(chunk, { stream: true }));
    from = cut;
  }
  texts.ours.push(ours.decode(bytes.slice(from), true).text);
  texts.node.push(theirs.decode(bytes.slice(from)));
  return texts;
}

/** UTF-8 second bytes at and around each boundary of Unicode table 3-7, and some that start sequences. */
const utf8Seconds = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xef, 0xf0, 0xf4, 0xf5, 0xff];
const utf8Trails = [0x7f, 0x80, 0xbf, 0xc0];
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, k) => from + k);

describe("StreamingTextDecoder decodes UTF-8 as Node's decoder does", () => {
  it("every lead byte 0x80–0xFF with second bytes around each range boundary, and continuation bytes or not, followed by ASCII or the end", () => {
    const cases: number[][] = [];
    for (const lead of range(0x80, 0xff)) {
      for (const second of utf8Seconds) {
        cases.push([lead], [lead, second]);
        for (const third of utf8Trails) {
          cases.push([lead, second, third]);
          if (third === 0x80 || third === 0xbf) for (const fourth of utf8Trails) cases.push([lead, second, third, fourth]);
        }
        cases.push([lead, second, 0x80, 0x80, 0x80]);
      }
    }
    const ends = range(0x80, 0xff).flatMap((lead) => [[lead], [lead, 0x80], [lead, 0x90], [lead, 0xa0], [lead, 0xbf], [lead, 0x80, 0x80], [lead, 0x90, 0x80], [lead, 0xa0, 0x80], [lead, 0x8f, 0xbf]]);
    expectLikeNode("utf-8", cases, [29, 64]);
    // Cut short by the end of the file.
    for (const bytes of ends) {
      const single = Uint8Array.from([0x41, ...bytes]);
      expect(decodeCut("utf-8", single, []), hex(single)).toEqual(node("utf-8", single));
    }
  });

  it("characters of every length cut at every byte, and bytes that only look like a cut character", () => {
    const inputs = [
      [0x20, 0xc2, 0x80, 0xdf, 0xbf, 0xe0, 0xa0, 0x80, 0xed, 0x9f, 0xbf, 0xef, 0xbf, 0xbe, 0xf0, 0x90, 0x80, 0x80, 0xf4, 0x8f, 0xbf, 0xbf, 0x41],
      [0x20, 0xe0, 0x9f, 0xf0, 0x8f, 0xf4, 0x90, 0xed, 0xa0, 0xc1, 0xf5, 0xe1, 0x80, 0xf1, 0x80, 0x80],
      [0x20, 0xe1, 0x80, 0xf1, 0x80, 0x80, 0xc2],
      [0x20, 0x80, 0x80, 0x80, 0xf1, 0x80, 0x80],
      [0x20, 0xf0, 0x90, 0x80, 0x80, 0x80, 0xe1, 0x80, 0x41, 0xf3, 0xbf, 0xbf],
    ];
    for (const input of inputs) {
      const bytes = Uint8Array.from(input);
      expect(decodeCut("utf-8", bytes, [])).toEqual(node("utf-8", bytes));
      expectChunkingIrrelevant("utf-8", bytes);
      expectChunkingIrrelevant("auto", bytes);
    }
  });

  it("hands each chunk all the text its bytes decide, as Node's streaming decoder does: it keeps back only a character more bytes may complete", () => {
    const inputs = [
      [0x20, 0xe4, 0xb8, 0xad, 0xe4, 0xb8, 0x41, 0xe0, 0x80, 0xf0, 0x9f, 0x98, 0x80, 0xf4, 0x90, 0xc2, 0xed, 0xa0, 0xf0, 0x90, 0x80],
      [0x20, 0xc2, 0x80, 0xdf, 0xbf, 0xe0, 0xa0, 0x80, 0xed, 0x9f, 0xbf, 0xf0, 0x90, 0x41, 0xf1, 0x80, 0xc0, 0xe1, 0x80, 0x80, 0xf4, 0x8f, 0xbf, 0xbf],
      [0x20, 0xe0, 0x9f, 0x80, 0xf0, 0x8f, 0x80, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xed, 0xa0, 0x80, 0xc2, 0x41, 0xe1, 0xc0, 0xf1, 0x80, 0x7f],
    ];
    for (const input of inputs) {
      const bytes = Uint8Array.from(input);
      // With auto, a file whose first non-ASCII character is UTF-8 stays UTF-8.
      for (const encoding of autoByNode(bytes).gb18030At === undefined ? (["utf-8", "auto"] as const) : (["utf-8"] as const)) {
        for (const cuts of [...range(0, bytes.length).map((cut) => [cut]), every(bytes.length, 1), every(bytes.length, 2), every(bytes.length, 3)]) {
          const { ours, node } = streamed(encoding, bytes, cuts);
          expect(ours, `${encoding} ${hex(bytes)} cut at ${cuts.join()}`).toEqual(node);
        }
      }
    }
    // With auto, bytes invalid in both encodings, after ASCII only: nothing to wait for.
    const invalid = Uint8Array.from([0x20, 0xff, 0x41, 0xff, 0xff, 0x20, 0x42, 0xff, 0x43, 0xff]);
    for (const size of [1, 2, 3]) {
      const { ours, node } = streamed("auto", invalid, every(invalid.length, size));
      expect(ours, `chunks of ${size}`).toEqual(node);
    }
  });

  it("drops a byte-order mark at the start, but not bytes that only look like one; after one, bytes invalid in UTF-8 are never GB18030", () => {
    const withBom = (bytes: number[]) => new TextDecoder("utf-8").decode(Uint8Array.from(bytes));
    for (const start of [[0xef, 0xbb, 0xbf], [0xe1, 0xbb, 0xbf], [0xef, 0x80, 0xbf], [0xef, 0xbb, 0x80], [0xef, 0xbb], [0xef]]) {
      const bytes = [...start, 0x41, 0xd5, 0xc5, 0x42];
      const input = Uint8Array.from(bytes);
      expect(decodeCut("utf-8", input, []).text, hex(bytes)).toBe(withBom(bytes));
      const bom = start.join() === "239,187,191";
      expect(decodeCut("auto", input, []), `auto ${hex(bytes)}`).toEqual(bom ? node("utf-8", input.subarray(3)) : autoByNode(input));
    }
    // In a GB18030 file, EF BB BF is text; its own byte-order mark is dropped, the offsets after it moved.
    const gb = Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]);
    expect(decodeCut("gb18030", gb, [])).toEqual(node("gb18030", gb));
    for (const encoding of ["gb18030", "auto"] as const) {
      expect(decodeCut(encoding, Uint8Array.from([0x84, 0x31, 0x95, 0x33, 0xff, 0x41, 0xd5, 0xc5, 0x81, 0x20]), [])).toEqual({
        text: "\uFFFDA张\uFFFD ",
        bad: [0, 3],
        ...(encoding === "auto" ? { gb18030At: 0 } : {}),
      });
    }
  });
});

/** GB18030 four-byte sequences at the boundaries of the valid pointer ranges (0–39419, 189000–1237575) and of each byte's range. */
const gbFourBytes = [
  [0x81, 0x30, 0x81, 0x30], // pointer 0
  [0x84, 0x31, 0xa4, 0x38], // 39418
  [0x84, 0x31, 0xa4, 0x39], // 39419, the last below U+10000
  [0x84, 0x31, 0xa5, 0x30], // 39420, none
  [0x84, 0x32, 0x81, 0x30],
  [0x8f, 0x39, 0xfe, 0x39], // 188999, none
  [0x90, 0x30, 0x81, 0x30], // 189000, U+10000
  [0xe3, 0x32, 0x9a, 0x35], // 1237575, U+10FFFF
  [0xe3, 0x32, 0x9a, 0x36], // 1237576, none
  [0xfe, 0x39, 0xfe, 0x39], // the largest
  [0x81, 0x39, 0xfe, 0x39],
  [0x81, 0x30, 0x80, 0x30], // third byte under 0x81
  [0x81, 0x30, 0xff, 0x30], // third byte over 0xFE
  [0x81, 0x30, 0x81, 0x2f], // fourth byte under 0x30
  [0x81, 0x30, 0x81, 0x3a], // fourth byte over 0x39
  [0x81, 0x30, 0x81, 0x41],
  [0x81, 0x30, 0x41],
  [0x81, 0x2f, 0x81, 0x30], // second byte under 0x30
  [0x81, 0x3a, 0x81, 0x30], // second byte over 0x39
  [0x80, 0x30, 0x81, 0x30], // 0x80 is €
  [0xff, 0x30, 0x81, 0x30],
  [0x81, 0x30, 0x81],
  [0x81, 0x30],
  [0x81, 0xff, 0x30], // second bytes in no range
  [0x81, 0x7f, 0x30],
  [0x81, 0x3f],
  [0x81],
  [0xfe],
];

describe("StreamingTextDecoder decodes GB18030 as Node's decoder does", () => {
  it("every two-byte pair (first byte 0x81–0xFE, second 0x00–0xFF), followed by a space", () => {
    const cases: number[][] = [];
    for (const first of range(0x81, 0xfe)) for (const second of range(0x00, 0xff)) cases.push([first, second]);
    expectLikeNode("gb18030", cases, [29, 64]);
  });

  it("four-byte sequences at the boundaries of the valid pointer ranges, with invalid bytes in each place, followed by ASCII or the end", () => {
    expectLikeNode("gb18030", gbFourBytes, [1, 2, 3, 5]);
    expectLikeNode("gb18030", [...gbFourBytes.map((bytes) => [...bytes, 0x41]), ...gbFourBytes.map((bytes) => [0x81, 0x30, ...bytes])], [1, 2, 3, 5]);
    for (const sequence of gbFourBytes) {
      const bytes = Uint8Array.from([0x31, ...sequence]);
      expect(decodeCut("gb18030", bytes, []), hex(bytes)).toEqual(node("gb18030", bytes));
    }
  });

  it("with auto, turns GB18030 at a four-byte character only when it is one, as Node's decoders read the bytes", () => {
    for (const sequence of gbFourBytes) {
      for (const bytes of [[0x20, ...sequence], [0x20, ...sequence, 0x41], [0x20, 0xff, ...sequence, 0x41], [0x20, ...sequence, 0xd5, 0xc5]]) {
        const input = Uint8Array.from(bytes);
        expect(decodeCut("auto", input, []), hex(input)).toEqual(autoByNode(input));
      }
    }
  });

  it("hands each chunk the characters it completes, keeping back only one that more bytes may complete", () => {
    const chunks = (encoding: Told | "auto", ...parts: number[][]) => {
      const decoder = new StreamingTextDecoder(encoding);
      return parts.map((part, k) => decoder.decode(Uint8Array.from(part), k === parts.length - 1).text);
    };
    expect(chunks("gb18030", [0x20, 0xd5, 0xc5, 0x81], [0x30, 0x81], [0x30])).toEqual([" 张", "", "\u0080"]);
    expect(chunks("gb18030", [0x39, 0xd5, 0xc5, 0x90, 0x30, 0x81, 0x30, 0x84, 0x31], [0xa4, 0x39], [])).toEqual(["9张\u{10000}", "\uFFFF", ""]);
    expect(chunks("auto", [0x20, 0xd5, 0xc5, 0x81, 0x30], [0x81, 0x30])).toEqual([" 张", "\u0080"]);
    expect(chunks("gb18030", [0x20, 0x81, 0x41, 0x81, 0x30, 0xff, 0x81], [0x20])).toEqual([" 丄\uFFFD0\uFFFD", "\uFFFD "]);
  });

  it("four-byte sequences cut at every byte, after digits and lead bytes that could start one", () => {
    const inputs = [
      [0x20, 0x84, 0x31, 0xa4, 0x39, 0x90, 0x30, 0x81, 0x30, 0xe3, 0x32, 0x9a, 0x35, 0x41],
      [0x31, 0x81, 0x39, 0x81, 0x30, 0xfe, 0x39, 0xfe, 0x39],
      [0x20, 0x81, 0x81, 0x30, 0x81, 0x30, 0x81],
      [0x20, 0x81, 0x30, 0x81, 0x81, 0x30, 0x81, 0x30],
      [0x20, 0x39, 0x81, 0x39, 0x81, 0x39, 0x81],
      [0x20, 0xe3, 0x32, 0x9a, 0x36, 0x84, 0x31, 0xa5, 0x30, 0x81],
      [0x20, 0xd5, 0xc5, 0x81, 0x30, 0xff, 0x81, 0x7f, 0x81, 0xff, 0x81],
      [0x20, 0xfe, 0xfe, 0xfe, 0x30, 0xfe, 0x39],
    ];
    for (const input of inputs) {
      const bytes = Uint8Array.from(input);
      expect(decodeCut("gb18030", bytes, []), hex(bytes)).toEqual(node("gb18030", bytes));
      expectChunkingIrrelevant("gb18030", bytes);
      expectChunkingIrrelevant("auto", bytes);
    }
  });
});

describe("StreamingTextDecoder on random bytes and random chunkings", () => {
  const byte = fc.oneof(
    { arbitrary: fc.integer({ min: 0x80, max: 0xff }), weight: 6 },
    { arbitrary: fc.constantFrom(0x30, 0x31, 0x39, 0x81, 0x84, 0x90, 0xe3, 0xf0, 0xf4, 0xfe, 0xff), weight: 3 },
    { arbitrary: fc.integer({ min: 0x00, max: 0x7f }), weight: 2 },
  );
  const input = fc
    .tuple(fc.array(byte, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 8 }))
    .map(([bytes, cuts]) => ({ bytes: Uint8Array.from([0x20, ...bytes]), cuts: [...new Set(cuts.map((cut) => cut % (bytes.length + 2)))].sort((a, b) => a - b) }));

  for (const encoding of ["utf-8", "gb18030"] as const) {
    it(`${encoding}: the text and its invalid bytes are Node's, however the bytes are chunked`, () => {
      fc.assert(
        fc.property(input, ({ bytes, cuts }) => {
          fc.pre(!holds(bytes, encodedReplacement[encoding]));
          const expected = node(encoding, bytes);
          expect(decodeCut(encoding, bytes, cuts)).toEqual(expected);
          expect(decodeCut(encoding, bytes, every(bytes.length, 1))).toEqual(expected);
          if (encoding === "utf-8") {
            const { ours, node } = streamed(encoding, bytes, cuts);
            expect(ours).toEqual(node);
          }
        }),
        { numRuns: runs },
      );
    });
  }

  it("auto: the text, its invalid bytes and where it turns GB18030 are as Node's decoders read them, however the bytes are chunked", () => {
    fc.assert(
      fc.property(input, ({ bytes, cuts }) => {
        const whole = decodeCut("auto", bytes, []);
        expect(decodeCut("auto", bytes, cuts)).toEqual(whole);
        expect(decodeCut("auto", bytes, every(bytes.length, 1))).toEqual(whole);
        if (!holds(bytes, encodedReplacement["utf-8"]) && !holds(bytes, encodedReplacement.gb18030)) expect(whole).toEqual(autoByNode(bytes));
      }),
      { numRuns: runs },
    );
  });
});
