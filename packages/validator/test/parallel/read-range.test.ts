import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { feedRange, type ReadAt } from "../../src/node/parallel/read-range.js";

const runs = Number(process.env["CZT_FC_RUNS"] ?? 100);
const encoder = new TextEncoder();

function readerOf(bytes: Uint8Array): ReadAt {
  return (into, position) => {
    const part = bytes.subarray(position, position + into.length);
    into.set(part);
    return part.length;
  };
}

/** What a range hands out, as text, with its newline count. */
function feed(bytes: Uint8Array, start: number, end: number, bufferBytes = 4): { text: string; newlines: number; chunks: number } {
  const parts: Uint8Array[] = [];
  const newlines = feedRange(readerOf(bytes), start, end, new Uint8Array(bufferBytes), (chunk) => parts.push(Uint8Array.prototype.slice.call(chunk)));
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return { text: new TextDecoder().decode(joined), newlines, chunks: parts.length };
}

/** Cuts [0, size) into ranges at the given points. */
function rangesOf(size: number, cuts: number[]): [number, number][] {
  const bounds = [...new Set([0, ...cuts.filter((cut) => cut > 0 && cut < size), size])].sort((a, b) => a - b);
  return bounds.slice(0, -1).map((start, i) => [start, bounds[i + 1]!]);
}

describe("feedRange", () => {
  it("hands out each line exactly once, whole, from the range its first byte lies in, however the file is cut", () => {
    const line = fc.string({ unit: fc.constantFrom("a", "{", " ", "\r", "é", "张", "😀"), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 8 }), fc.integer({ min: 1, max: 9 }), (lines, finalNewline, cuts, bufferBytes) => {
        const text = lines.join("\n") + (finalNewline && lines.length > 0 ? "\n" : "");
        const bytes = encoder.encode(text);
        const ranges = rangesOf(bytes.length, cuts.map((cut) => cut % (bytes.length + 1)));
        let joined = "";
        let newlines = 0;
        for (const [start, end] of ranges) {
          const out = feed(bytes, start, end, bufferBytes);
          // A range's lines start at its first line start: at `start` or just after a newline.
          if (out.text.length > 0) {
            const first = encoder.encode(joined).length;
            expect(first === 0 || bytes[first - 1] === 10).toBe(true);
            expect(first >= start && first < end).toBe(true);
          }
          joined += out.text;
          newlines += out.newlines;
        }
        expect(joined).toBe(text);
        expect(newlines).toBe(text.split("\n").length - 1);
      }),
      { numRuns: runs },
    );
  });

  it("leaves a line cut in the middle of a UTF-8 character to the range it starts in", () => {
    const bytes = encoder.encode('{"n":"张三"}\n{"n":"李四"}\n');
    const cut = bytes.indexOf(0xe5, 14) + 1; // inside 李 (three bytes)
    expect(feed(bytes, 0, cut)).toMatchObject({ text: '{"n":"张三"}\n{"n":"李四"}\n', newlines: 2 });
    expect(feed(bytes, cut, bytes.length)).toMatchObject({ text: "", newlines: 0 });
  });

  it("takes a line starting exactly at the range start, and leaves the one starting at its end", () => {
    const bytes = encoder.encode("aa\nbb\ncc\n");
    expect(feed(bytes, 3, 6).text).toBe("bb\n");
    expect(feed(bytes, 0, 3).text).toBe("aa\n");
    expect(feed(bytes, 6, 9).text).toBe("cc\n");
  });

  it("gives an empty range when no line starts in it (a long line spans it)", () => {
    const bytes = encoder.encode(`short\n${"x".repeat(40)}\nnext\n`);
    expect(feed(bytes, 10, 30)).toEqual({ text: "", newlines: 0, chunks: 0 });
    expect(feed(bytes, 0, 10).text).toBe(`short\n${"x".repeat(40)}\n`);
    expect(feed(bytes, 30, bytes.length).text).toBe("next\n");
  });

  it("reads a long line straddling the range end in buffer-sized chunks, holding none of it", () => {
    const long = "y".repeat(100);
    const bytes = encoder.encode(`a\n${long}\nb\n`);
    const out = feed(bytes, 0, 5, 8);
    expect(out.text).toBe(`a\n${long}\n`);
    expect(out.chunks).toBeGreaterThan(10);
    expect(feed(bytes, 5, bytes.length, 8).text).toBe("b\n");
  });

  it("ends with the file: a last line without newline, ranges that divide the size exactly", () => {
    const bytes = encoder.encode("12\n45\n78"); // 8 bytes: two ranges of 4
    expect(feed(bytes, 0, 4)).toMatchObject({ text: "12\n45\n", newlines: 2 });
    expect(feed(bytes, 4, 8)).toMatchObject({ text: "78", newlines: 0 });
    const exact = encoder.encode("123\n567\n"); // a newline at each range's last byte
    expect(feed(exact, 0, 4).text).toBe("123\n");
    expect(feed(exact, 4, 8).text).toBe("567\n");
  });

  it("keeps CRLF line ends whole", () => {
    const bytes = encoder.encode("ab\r\ncd\r\n");
    expect(feed(bytes, 0, 3).text).toBe("ab\r\n");
    expect(feed(bytes, 3, 8).text).toBe("cd\r\n");
    expect(feed(bytes, 4, 8).text).toBe("cd\r\n");
  });
});
