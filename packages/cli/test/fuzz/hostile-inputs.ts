import { type CztRecord, csvChunks, datasetArbitrary, jsonLinesChunks, jsonPackageChunks, exportHeader } from "@czt/conformance";
import fc from "fast-check";

/** One file handed to `czt validate`: its name (the extension chooses the reader) and bytes. */
export interface HostileFile {
  name: string;
  bytes: Uint8Array;
  /** The records the file was made from, before it was broken: their personal data must not leak. */
  records: readonly CztRecord[];
}

const encoder = new TextEncoder();

/** Extensions a careless exporter uses, and none (the reader is then chosen by content). */
const extension = fc.constantFrom(".json", ".jsonl", ".csv", ".txt", "");

/**
 * Fragments that have broken a reader or a report somewhere: structure characters,
 * escapes of lone surrogates and non-characters, terminal and workflow-command
 * injections, bidi overrides, reserved member names, a CSV header with a huge index.
 */
const hostileFragments = [
  "{",
  "}",
  "[",
  "]",
  '"',
  ",",
  ":",
  "\\",
  "\n",
  "\r\n",
  "\r",
  "\u0000",
  "\ufeff",
  '\\ud800"',
  '"\\udfff\\ud800"',
  '"\\ufffe"',
  "\u001b[2J\u001b[31m",
  "\u001b]8;;https://example.invalid\u0007link\u001b]8;;\u0007",
  "\u202e",
  "\n::error::forged\n",
  "\n::add-mask::x\n",
  '"\\u001b[2J\\r\\n::error::forged"',
  '"__proto__":{"admin":true},',
  '"constructor":{"prototype":{}},',
  '"name":"重复","name":',
  '"records":[],',
  "documents.99999999.number,",
  "陈浩",
  "0",
  "1e999",
  "-",
];

const hostileFragment = fc.constantFrom(...hostileFragments);

/** Text made mostly of hostile fragments, with some arbitrary characters. */
const hostileText = fc.string({ unit: fc.oneof({ weight: 3, arbitrary: hostileFragment }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 3 }) }), maxLength: 200 });

export const arbitraryBytesFile: fc.Arbitrary<HostileFile> = fc
  .record({
    ext: extension,
    bytes: fc.oneof({ weight: 1, arbitrary: fc.uint8Array({ maxLength: 2048 }) }, { weight: 2, arbitrary: hostileText.map((text) => encoder.encode(text)) }),
  })
  .map(({ ext, bytes }) => ({ name: `bytes${ext}`, bytes, records: [] }));

/** Any JSON value, as a whole document, as the records of a package, or one per line. */
export const arbitraryJsonFile: fc.Arbitrary<HostileFile> = fc
  .record({
    ext: extension,
    values: fc.array(fc.jsonValue({ maxDepth: 4 }), { minLength: 1, maxLength: 6 }),
    shape: fc.constantFrom("document", "package", "lines"),
  })
  .map(({ ext, values, shape }) => {
    const text =
      shape === "document"
        ? JSON.stringify(values[0])
        : shape === "package"
          ? JSON.stringify({ schemaVersion: "1.0", records: values }, null, 1)
          : values.map((value) => JSON.stringify(value)).join("\n");
    return { name: `json${ext}`, bytes: encoder.encode(text), records: [] };
  });

/** A change a careless exporter or an attacker makes to the text of a valid export. */
type TextMutation = (text: string, at: number, fragment: string, depth: number) => string;

const textMutations: Record<string, TextMutation> = {
  truncate: (text, at) => text.slice(0, at),
  insert: (text, at, fragment) => text.slice(0, at) + fragment + text.slice(at),
  duplicateMember: (text, at) => {
    // Repeat the member that starts after `at` ("key": value → "key":"x","key": value).
    const match = /"([A-Za-z]+)":/g;
    match.lastIndex = at;
    const found = match.exec(text) ?? /"([A-Za-z]+)":/.exec(text);
    if (!found) return text;
    return `${text.slice(0, found.index)}"${found[1]}":"x",${text.slice(found.index)}`;
  },
  deepen: (text, at, _fragment, depth) => {
    const open = text.indexOf("{", at) === -1 ? text.indexOf("{") : text.indexOf("{", at);
    if (open === -1) return text;
    return `${text.slice(0, open + 1)}"extensions":${"[".repeat(depth)}${"]".repeat(depth)},${text.slice(open + 1)}`;
  },
  controlInValue: (text, at) => {
    // Put escaped terminal and workflow-command characters into the string value after `at`.
    const quote = text.indexOf(':"', at) === -1 ? text.indexOf(':"') : text.indexOf(':"', at);
    if (quote === -1) return text;
    return `${text.slice(0, quote + 2)}\\u001b]8;;x\\u0007\\r\\n::error::forged\\u202e${text.slice(quote + 2)}`;
  },
  unquoteValue: (text, at) => {
    // Drop the opening quote of the string value after `at`: the line no longer parses, and its parse error must not quote it.
    const quote = text.indexOf(':"', at) === -1 ? text.indexOf(':"') : text.indexOf(':"', at);
    return quote === -1 ? text : text.slice(0, quote + 1) + text.slice(quote + 2);
  },
  hugeCsvIndex: (text) => (text.startsWith("recordType,") ? text.replace(/^[^,\n]*/, "documents.99999999.number") : text),
};

/** Mostly damage that leaves the file readable, so findings quote the damaged values. */
const mutationName = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("controlInValue", "unquoteValue") },
  { weight: 2, arbitrary: fc.constantFrom("duplicateMember", "insert") },
  { weight: 1, arbitrary: fc.constantFrom("truncate", "deepen", "hugeCsvIndex") },
);

/** Bytes that are not UTF-8 (a lone continuation byte, an overlong form, GB18030 for 张三). */
const foreignBytes = fc.constantFrom([0xff], [0x80], [0xc0, 0xaf], [0xd5, 0xc5, 0xc8, 0xfd], [0xed, 0xa0, 0x80]);

function exportText(records: readonly CztRecord[], format: "json" | "jsonl" | "csv"): string {
  const header = exportHeader("2025-06-30T09:00:00+08:00");
  const chunks = format === "json" ? jsonPackageChunks(records, header) : format === "jsonl" ? jsonLinesChunks(records, header) : csvChunks(records);
  return [...chunks].join("");
}

/** A valid generated export (JSON package, JSON Lines or CSV) with one or two mutations, some at the byte level. */
export const mutatedExportFile: fc.Arbitrary<HostileFile> = fc
  .record({
    entries: datasetArbitrary({ maxStories: 3 }),
    format: fc.constantFrom("json" as const, "jsonl" as const, "csv" as const),
    ext: fc.option(extension, { nil: undefined, freq: 3 }),
    mutations: fc.array(fc.record({ name: mutationName, at: fc.nat(), fragment: hostileFragment, depth: fc.constantFrom(3, 1_001, 20_000) }), {
      minLength: 1,
      maxLength: 2,
    }),
    bytes: fc.option(fc.record({ at: fc.nat(), insert: foreignBytes }), { nil: undefined }),
  })
  .map(({ entries, format, ext, mutations, bytes }) => {
    const records = entries.map((entry) => entry.record);
    let text = exportText(records, format);
    // Damage lands after the first line (the header or the package's opening), among the records.
    const firstLineEnd = text.indexOf("\n") + 1;
    for (const mutation of mutations) {
      const at = firstLineEnd + (mutation.at % (text.length - firstLineEnd + 1));
      text = textMutations[mutation.name]!(text, at, mutation.fragment, mutation.depth);
    }
    let encoded = encoder.encode(text);
    if (bytes) {
      const at = bytes.at % (encoded.length + 1);
      encoded = new Uint8Array([...encoded.subarray(0, at), ...bytes.insert, ...encoded.subarray(at)]);
    }
    return { name: `export${ext ?? `.${format}`}`, bytes: encoded, records };
  });
