import { asOf, femalePerson, person } from "./base-records.js";
import { at, type Group, invalid, type Test, valid, warns } from "./builders.js";

const line = (value: unknown) => `${JSON.stringify(value)}\n`;
const header = { recordType: "header", schemaVersion: "1.0", publisher: { creditCode: "12430000444876548X", division: "430000", department: "cztCentre" }, city: "430100", created: "2025-06-30T12:00:00+08:00" };

type Format = NonNullable<Test["format"]>;

const raw = (format: Format, text: string): Partial<Test> => ({ raw: text, format });
const rawBytes = (format: Format, bytes: Buffer): Partial<Test> => ({ raw: bytes.toString("base64"), format, rawEncoding: "base64" });

/** The base person as one JSON Lines line with its name 张伟 in GB18030 bytes (D5C5 CEB0). */
function gb18030Person(): Buffer {
  const [before, after] = line({ ...person, name: "@" }).split('"@"') as [string, string];
  return Buffer.concat([Buffer.from(`${before}"`), Buffer.from([0xd5, 0xc5, 0xce, 0xb0]), Buffer.from(`"${after}`)]);
}

/** Arrays nested `levels` deep: `[[…]]`. */
function nestedArrays(levels: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < levels; i++) value = [value];
  return value;
}

/** A package's text with its records (RECORD1, RECORD2 in `members`) after the envelope; `city` before them unless `withCity` is false. */
function packageText(members: string, withCity = true): string {
  const envelope = { schemaVersion: "1.0", publisher: header.publisher, ...(withCity ? { city: "430100" } : {}), created: header.created };
  return `${JSON.stringify(envelope).slice(0, -1)},${members.replace("RECORD1", JSON.stringify(person)).replace("RECORD2", JSON.stringify(femalePerson))}}`;
}

/** CSV columns for the base person (dotted paths). */
const csvHeader = "recordType,id,meta.lastUpdated,idNumber,name,sex,birthDate,ethnicity,nationality,hukou.division,hukou.residenceType,residenceDivision";
const csvPerson = "person,430100-P-000001,2025-03-01T09:00:00+08:00,430102199003071234,张伟,1,1990-03-07,01,CHN,430102,urban,430102";

/**
 * Reading export files: the bytes themselves. Two input rules have no vector:
 * `input.unreadable` is about the file system (a missing path, no permission), and
 * `input.line-too-long` depends on a reader limit each implementation sets (64 MiB here).
 */
export const inputGroups: Group[] = [
  {
    description: "well-formed exports in the three formats",
    rules: [
      "input.malformed-json",
      "input.truncated",
      "input.binary",
      "input.encoding",
      "input.too-deep",
      "input.forbidden-key",
      "input.duplicate-name",
      "input.invalid-character",
      "input.csv-columns",
      "input.unknown-record-type",
    ],
    asOf,
    tests: [
      valid("input/jsonl-with-header", "JSON Lines: a header line and two records", raw("jsonl", line(header) + line(person) + line(femalePerson))),
      valid("input/json-package", "a JSON package with its records", raw("json", JSON.stringify({ schemaVersion: "1.0", publisher: header.publisher, city: "430100", created: header.created, records: [person] }, null, 2))),
      valid("input/json-array", "a JSON array of records", raw("json", JSON.stringify([person, femalePerson]))),
      valid("input/csv", "CSV with dotted column paths", raw("csv", `${csvHeader}\r\n${csvPerson}\r\n`)),
      valid("input/utf8-bom", "UTF-8 with a byte-order mark", rawBytes("jsonl", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(line(person))]))),
    ],
  },
  {
    description: "malformed and truncated JSON",
    rules: ["input.malformed-json", "input.truncated"],
    asOf,
    tests: [
      invalid("input/malformed-line", "the second line is not JSON; the first is still read", raw("jsonl", `${line(person)}{"recordType": "person", "id": 430100-P-2}\n`), [at("input.malformed-json", "", 1)]),
      invalid("input/truncated-document", "a JSON document cut off in the middle of a record", raw("json", JSON.stringify([person, femalePerson]).slice(0, 500)), [at("input.truncated", "", 1)]),
    ],
  },
  {
    description: "binary content and encodings",
    rules: ["input.binary", "input.encoding"],
    asOf,
    tests: [
      invalid("input/binary", "NUL bytes: not a text export", rawBytes("jsonl", Buffer.from([0x00, 0x01, 0x02, 0x00, 0xff, 0x00, 0x10, 0x00, 0x0a])), [at("input.binary", "", 0)]),
      warns("input/gb18030", "a GB18030 export is read, with a warning to convert it to UTF-8", rawBytes("jsonl", gb18030Person()), [at("input.encoding", "")]),
    ],
  },
  {
    description: "defensive limits: nesting depth and forbidden keys",
    rules: ["input.too-deep", "input.forbidden-key"],
    asOf,
    tests: [
      // Far beyond the standard's limit (64): a parser without a limit overflows its stack.
      invalid("input/too-deep", "10000 nested arrays inside a record", raw("jsonl", `{"recordType":"person","extensions":{"x":${"[".repeat(10_000)}${"]".repeat(10_000)}}}\n`), [at("input.too-deep", "", 0)]),
      invalid("input/forbidden-key", "a __proto__ key (prototype pollution)", raw("jsonl", '{"recordType":"person","id":"430100-P-000001","__proto__":{"admin":true}}\n'), [at("input.forbidden-key", "", 0)]),
    ],
  },
  {
    description: "reading JSON the same way everywhere: rules of the standard, not of one parser",
    rules: ["input.too-deep", "input.forbidden-key", "input.duplicate-name", "input.invalid-character"],
    asOf,
    tests: [
      // The standard's limit: a record nests at most 64 arrays and objects, the record object itself being level 1.
      valid("input/depth-64", "extensions nesting to exactly 64 levels (the record 1, extensions 2, 62 arrays)", raw("jsonl", line({ ...person, extensions: { x: nestedArrays(62) } }))),
      invalid("input/depth-65", "extensions nesting to 65 levels: one more than the standard allows", raw("jsonl", line({ ...person, extensions: { x: nestedArrays(63) } })), [at("input.too-deep", "", 0)]),
      invalid("input/constructor-in-extensions", "a constructor member deep inside extensions: reserved at any depth", raw("jsonl", line({ ...person, extensions: { local: { constructor: { name: "x" } } } })), [at("input.forbidden-key", "", 0)]),
      invalid("input/prototype-escaped", "a prototype member spelled with an escape is the same name", raw("jsonl", `${line(person).replace('"recordType"', '"\\u0070rototype":1,"recordType"')}`), [at("input.forbidden-key", "", 0)]),
      invalid("input/duplicate-name-jsonl", "a member name written twice in one record (parsers disagree on which value wins)", raw("jsonl", line(person).replace('"sex":"1"', '"sex":"1","sex":"2"')), [at("input.duplicate-name", "", 0)]),
      invalid("input/duplicate-name-escaped", "the same name twice, once with an escape", raw("jsonl", line(person).replace('"sex":"1"', '"sex":"1","\\u0073ex":"1"')), [at("input.duplicate-name", "", 0)]),
      valid("input/same-name-in-two-objects", "one name in two different objects is no repeat", raw("jsonl", line({ ...person, extensions: { a: { code: "1" }, b: { code: "1" } } }))),
      invalid("input/duplicate-records-member", "a package with two records members: both arrays are read, the second name is an error", raw("json", packageText('"records":[RECORD1],"records":[RECORD2]')), [at("input.duplicate-name", "")]),
      valid("input/members-after-records", "a package whose members follow its records (read all the same)", raw("json", packageText('"records":[RECORD1],"city":"430100"', false))),
      invalid("input/duplicate-csv-column", "a CSV header naming one column twice", raw("csv", `${csvHeader},name\r\n${csvPerson},张伟\r\n`), [at("input.duplicate-name", "")]),
      invalid("input/lone-surrogate", "a lone surrogate escape in a string (no character; other implementations cannot read it)", raw("jsonl", line({ ...person, name: "@" }).replace('"@"', '"张\\ud800"')), [at("input.invalid-character", "", 0)]),
      invalid("input/noncharacter", "U+FFFF in a string", raw("jsonl", line({ ...person, name: "@" }).replace('"@"', '"张\\uffff"')), [at("input.invalid-character", "", 0)]),
      valid("input/surrogate-pair", "an escaped surrogate pair is one character (U+23D66)", raw("jsonl", line({ ...person, name: "@" }).replace('"@"', '"张\\ud84f\\udd66"'))),
    ],
  },
  {
    description: "CSV rows match the header",
    rules: ["input.csv-columns"],
    asOf,
    tests: [
      invalid("input/csv-short-row", "a row with fewer cells than the header", raw("csv", `${csvHeader}\r\n${csvPerson}\r\nperson,430100-P-000009\r\n`), [at("input.csv-columns", "", 1)]),
      invalid("input/csv-no-record-type", "a header without a recordType column", raw("csv", "id,name\r\n430100-P-000001,张伟\r\n"), [at("input.csv-columns", "")]),
      invalid("input/csv-array-index", "a header array index above the standard's maximum of 99", raw("csv", `${csvHeader},documents.100.number\r\n${csvPerson},E1\r\n`), [at("input.csv-columns", "")]),
      invalid("input/csv-stray-quote", "a quote that never closes costs its row; the rows after it are read", raw("csv", `${csvHeader}\r\n${csvPerson.replace(",张伟,", ',"张伟,')}\r\n${csvPerson.replace("430100-P-000001", "430100-P-000002")}\r\n`), [at("input.csv-columns", "", 0)]),
    ],
  },
  {
    description: "each export declares the version of the standard it follows, and is checked against it",
    rules: ["input.unknown-schema-version", "input.missing-schema-version"],
    asOf,
    tests: [
      valid("input/version-1.0", "JSON Lines declaring 1.0, the released version", raw("jsonl", line(header) + line(person))),
      valid("input/version-1.1", "JSON Lines declaring 1.1, the current version", raw("jsonl", line({ ...header, schemaVersion: "1.1" }) + line(person))),
      valid("input/version-package-1.1", "a package declaring 1.1", raw("json", JSON.stringify({ schemaVersion: "1.1", publisher: header.publisher, city: "430100", created: header.created, records: [person] }))),
      invalid(
        "input/version-unknown",
        "a package declaring 2.3, a version that does not exist: one finding at the envelope, and its broken record is not checked",
        raw("json", JSON.stringify({ schemaVersion: "2.3", publisher: header.publisher, city: "430100", created: header.created, records: [{ ...person, sex: 1 }] })),
        [at("input.unknown-schema-version", "/schemaVersion")],
      ),
      invalid(
        "input/version-missing",
        "a JSON Lines header without schemaVersion: one finding at the header, and its broken record is not checked",
        raw("jsonl", line({ ...header, schemaVersion: undefined }) + line({ ...person, sex: 1 })),
        [at("input.missing-schema-version", "/schemaVersion")],
      ),
    ],
  },
  {
    description: "every record says which of the four types it is",
    rules: ["input.unknown-record-type"],
    asOf,
    tests: [
      invalid("input/unknown-record-type", "recordType pension is not a record type", raw("jsonl", `${line(person)}${line({ recordType: "pension", id: "430100-X-1" })}`), [at("input.unknown-record-type", "/recordType", 1)]),
    ],
  },
];
