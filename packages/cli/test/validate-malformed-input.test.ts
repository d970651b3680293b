import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCzt } from "./run-czt.js";

const valid = (n: number) =>
  JSON.stringify({
    recordType: "person",
    id: `430100-P-${String(n).padStart(6, "0")}`,
    idNumber: "430102199003071234",
    name: "张三",
    sex: "1",
    birthDate: "1990-03-07",
    nationality: "CHN",
    meta: { lastUpdated: "2024-01-01T00:00:00+08:00" },
  });

let dir: string;

interface Report {
  summary: { records: number; valid: number; invalid: number; byRule: Record<string, number> };
  findings: { ruleId: string; file: string; line: number; message: string; severity: string }[];
}

async function validateJson(args: string[], stdin?: string | Uint8Array): Promise<{ code: number; report: Report; stderr: string }> {
  const run = await runCzt(["validate", "--format", "json", "--checks", "record", ...args], stdin === undefined ? { cwd: dir } : { cwd: dir, stdin });
  return { code: run.code, report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "czt-malformed-"));
  const w = (name: string, content: string | Uint8Array) => writeFileSync(join(dir, name), content);
  w("bad-line.jsonl", [valid(1), '{"recordType": "person", "id": }', valid(2)].join("\n"));
  w("truncated.jsonl", `${valid(1)}\n${valid(2)}\n${valid(3).slice(0, 50)}`);
  w("truncated.json", `[\n${valid(1)},\n${valid(2)},\n${valid(3).slice(0, 50)}`);
  w("binary.jsonl", new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x0a, 0xff]));
  w("long-line.jsonl", [valid(1), `{"name": "${"x".repeat(3 * 1024 * 1024)}"}`, valid(2)].join("\n"));
  w("deep.jsonl", [valid(1), "[".repeat(100_000) + "]".repeat(100_000), valid(2)].join("\n"));
  w("proto.jsonl", [valid(1), '{"recordType": "person", "__proto__": {"isAdmin": true}}', valid(2)].join("\n"));
  const gb = new Uint8Array([...new TextEncoder().encode(valid(1).replace("张三", "@@")).subarray(0)]);
  const at = new TextDecoder().decode(gb).indexOf("@@");
  w("gb18030.jsonl", new Uint8Array([...gb.subarray(0, at), 0xd5, 0xc5, 0xc8, 0xfd, ...gb.subarray(at + 2), 0x0a]));
  w("crlf-bom.jsonl", `\uFEFF${valid(1)}\r\n${valid(2)}\r\n`);
  // Three records, the second's name holding a byte 0xFF (invalid in UTF-8 and in GB18030).
  const encode = (text: string) => new TextEncoder().encode(text);
  const [beforeName, afterName] = valid(2).split("张三") as [string, string];
  w("invalid-byte.json", new Uint8Array([...encode(`[\n${valid(1)},\n${beforeName}张`), 0xff, ...encode(`${afterName},\n${valid(3)}\n]\n`)]));
  w("two-boms.json", new Uint8Array([0xef, 0xbb, 0xbf, ...encode(`\uFEFF[\n${valid(1)},\n${valid(2)}\n]\n`)]));
});

describe("czt validate on malformed input", () => {
  it("a bad JSON line: located error, exit 1, the records around it still validated", async () => {
    const { code, report } = await validateJson(["bad-line.jsonl"]);
    expect(code).toBe(1);
    expect(report.findings).toMatchObject([{ ruleId: "input.malformed-json", file: "bad-line.jsonl", line: 2 }]);
    expect(report.findings[0]!.message).toBe("Cannot parse JSON: expected a value (object, array, string, number, true, false or null) here");
    expect(report.findings[0]).toMatchObject({ column: 32 });
    expect(report.summary).toMatchObject({ records: 3, valid: 2, invalid: 1 });
  });

  it("truncated JSON Lines and JSON files: input.truncated at the cut record, earlier records kept", async () => {
    for (const file of ["truncated.jsonl", "truncated.json"]) {
      const { code, report } = await validateJson([file]);
      expect(code).toBe(1);
      expect(report.findings.map((f) => f.ruleId)).toEqual(["input.truncated"]);
      expect(report.findings[0]!.message).toMatch(/^The file ends in the middle of a record/);
      expect(report.summary.valid).toBe(2);
    }
  });

  it("a binary file: input.binary", async () => {
    const { code, report } = await validateJson(["binary.jsonl"]);
    expect(code).toBe(1);
    expect(report.findings[0]).toMatchObject({ ruleId: "input.binary", line: 1 });
    expect(report.findings[0]!.message).toContain("not a text file");
  });

  it("a line over the limit: skipped with its line number, the next line still read", async () => {
    const { code, report } = await validateJson(["--max-line-bytes", "1048576", "long-line.jsonl"]);
    expect(code).toBe(1);
    expect(report.findings).toMatchObject([{ ruleId: "input.line-too-long", line: 2, message: "The line is longer than 1048576 bytes and was skipped" }]);
    expect(report.summary).toMatchObject({ records: 3, valid: 2 });
  });

  it("deep nesting and __proto__ keys: located findings, no crash, no pollution", async () => {
    const deep = await validateJson(["deep.jsonl"]);
    expect(deep.code).toBe(1);
    expect(deep.report.findings).toMatchObject([{ ruleId: "input.too-deep", line: 2, message: "JSON nesting is deeper than 64 levels", column: 65 }]);
    const proto = await validateJson(["proto.jsonl"]);
    expect(proto.report.findings).toMatchObject([{ ruleId: "input.forbidden-key", line: 2, column: 26, message: "The property name __proto__ is not allowed" }]);
    expect(proto.code).toBe(1);
    expect(proto.report.summary.valid).toBe(2);
  });

  it("GB18030 is decoded with a warning; with --encoding gb18030 silently; as utf-8 it is an error", async () => {
    const auto = await validateJson(["gb18030.jsonl"]);
    expect(auto.code).toBe(0);
    expect(auto.report.findings).toMatchObject([{ ruleId: "input.encoding", severity: "warning" }]);
    expect(auto.report.findings[0]!.message).toContain("decoded as GB18030");
    expect(auto.report.summary.valid).toBe(1);
    const told = await validateJson(["--encoding", "gb18030", "gb18030.jsonl"]);
    expect(told.report.findings).toEqual([]);
    const forced = await validateJson(["--encoding", "utf-8", "gb18030.jsonl"]);
    expect(forced.code).toBe(1);
    expect(forced.report.findings).toMatchObject([{ ruleId: "input.encoding", severity: "error", line: 1, message: "the line is not valid UTF-8" }]);
  });

  it("a JSON document with a byte invalid in UTF-8 and GB18030: that record lost at the byte, the records before and after validated", async () => {
    const { code, report } = await validateJson(["invalid-byte.json"]);
    expect(code).toBe(1);
    const column = valid(2).indexOf("张三") + 2;
    expect(report.findings).toMatchObject([{ ruleId: "input.encoding", severity: "error", file: "invalid-byte.json", line: 3, column, message: "the record is not valid UTF-8 here: it is not read" }]);
    expect(report.summary).toMatchObject({ records: 3, valid: 2, invalid: 1, byRule: { "input.encoding": 1 } });
  });

  it("a JSON document starting with two byte-order marks: a located error for the second, the records validated", async () => {
    const { code, report } = await validateJson(["two-boms.json"]);
    expect(code).toBe(1);
    expect(report.findings).toMatchObject([{ ruleId: "input.encoding", line: 1, column: 1, message: "a byte-order mark (U+FEFF) past the start of the file: only the file's first bytes may be one" }]);
    expect(report.summary).toMatchObject({ records: 2, valid: 2, invalid: 0 });
  });

  it("a BOM and CRLF line endings are read as if absent", async () => {
    const { code, report } = await validateJson(["crlf-bom.jsonl"]);
    expect(code).toBe(0);
    expect(report.summary).toMatchObject({ records: 2, valid: 2 });
  });

  it("standard input with -", async () => {
    const { code, report } = await validateJson(["-"], `${valid(1)}\n{oops\n`);
    expect(code).toBe(1);
    expect(report.findings).toMatchObject([{ ruleId: "input.malformed-json", file: "<stdin>", line: 2 }]);
  });

  it("an unreadable path: exit 2 with a clear message, the readable files still validated", async () => {
    const { code, report } = await validateJson(["no-such-file.jsonl", "crlf-bom.jsonl"]);
    expect(code).toBe(2);
    expect(report.findings[0]).toMatchObject({ ruleId: "input.unreadable", file: "no-such-file.jsonl" });
    expect(report.findings[0]!.message).toContain("no-such-file.jsonl: no such file or directory");
    expect(report.summary.valid).toBe(2);
  });

  it("a usage error: one line on stderr, exit 2, no stack trace", async () => {
    const run = await runCzt(["validate", "--format", "xml", "a.jsonl"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("czt validate: --format must be one of text, json, sarif, junit, github, csv, not 'xml'\n");
    const none = await runCzt(["validate"], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).not.toMatch(/\n\s+at /);
  });

  it("a bad parameter file: every problem located, exit 2, nothing validated, no stack trace", async () => {
    const entry = { region: "430000", validFrom: "2024-13-01", lowerBound: 4000.5, upperBound: 2000000, source: "PLACEHOLDER", verified: false };
    writeFileSync(join(dir, "params-invalid.json"), JSON.stringify({ contributionBases: [], contributionBase: [entry] }));
    const invalid = await runCzt(["validate", "--lang", "en", "--params", "params-invalid.json", "crlf-bom.jsonl"], { cwd: dir });
    expect(invalid.code).toBe(2);
    expect(invalid.stdout).toBe("");
    expect(invalid.stderr).toBe(
      "czt validate: parameter file params-invalid.json is invalid:\n" +
        "  Missing required field: Parameters version (/parametersVersion)\n" +
        "  The parameter file has the field 'contributionBases', which the standard does not define\n" +
        "  Valid from (/contributionBase/0/validFrom) has the value '2024-13-01', which does not match the format of a date, YYYY-MM-DD (a real calendar day)\n" +
        "  Lower bound (fen) (/contributionBase/0/lowerBound) must be an integer, not a number\n",
    );
    // In the report's language.
    const zh = await runCzt(["validate", "--lang", "zh", "--params", "params-invalid.json", "crlf-bom.jsonl"], { cwd: dir });
    expect(zh.stderr).toContain("\n  缺少必填字段：参数格式版本（/parametersVersion）\n");
    writeFileSync(join(dir, "params-broken.json"), "{bad");
    const broken = await runCzt(["validate", "--params", "params-broken.json", "crlf-bom.jsonl"], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^czt validate: cannot read the parameter file params-broken\.json: .+\n$/);
    const missing = await runCzt(["validate", "--params", "no-such-params.json", "crlf-bom.jsonl"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^czt validate: cannot read the parameter file no-such-params\.json: .*no such file/);
  });
});

describe("czt validate: an export cannot pass by trickery", () => {
  const write = (name: string, content: string) => writeFileSync(join(dir, name), content);
  const publisher = '"publisher":{"creditCode":"12430000444876548X","division":"430000","department":"cztCentre"},"created":"2025-06-30T12:00:00+08:00"';

  it("a JSON package with two records members: a located duplicate-name error, and the records of both are checked", async () => {
    write("two-records.json", `{"schemaVersion":"1.0",${publisher},"city":"430100",\n"records":[${valid(1)}],\n"records":[{"recordType":"person","id":"430100-P-000002"}]}\n`);
    const { code, report } = await validateJson(["two-records.json"]);
    expect(code).toBe(1);
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: "input.duplicate-name", line: 3, column: 1, message: "The member name records appears more than once in one object" }));
    expect(report.findings.some((finding) => finding.ruleId === "schema.required")).toBe(true);
    expect(report.summary.records).toBe(2);
  });

  it("members after records are read (a wrong city there is reported)", async () => {
    write("late-city.json", `{"schemaVersion":"1.0",${publisher},"records":[${valid(1)}],"city":430100}\n`);
    const { code, report } = await validateJson(["late-city.json"]);
    expect(code).toBe(1);
    expect(report.findings).toMatchObject([{ ruleId: "schema.type", message: "City (/city) must be a string, not an integer" }]);
  });

  it("a package of an unknown version, declared after its records: one finding, from a file and from standard input", async () => {
    const text = `{"records":[${valid(1)}],"schemaVersion":"9.9","city":"430100"}\n`;
    write("late-unknown-version.json", text);
    for (const run of [await validateJson(["late-unknown-version.json"]), await validateJson(["-"], text)]) {
      expect(run.code).toBe(1);
      expect(run.report.findings).toMatchObject([
        { ruleId: "input.unknown-schema-version", line: 1, pointer: "/schemaVersion", message: 'schemaVersion "9.9" is not a version this validator knows (1.0, 1.1); the records of this file were not checked' },
      ]);
      expect(run.report.summary).toMatchObject({ records: 1, valid: 0, invalid: 1 });
    }
  });

  it("the same package from standard input: the envelope is checked once, whole, as for the file", async () => {
    // A known version, declared after the records; a city that is not one of the three.
    const text = `{"records":[${valid(1)}],"schemaVersion":"1.0","city":"430400"}\n`;
    write("late-version.json", text);
    const fromFile = await validateJson(["late-version.json"]);
    const fromStdin = await validateJson(["-"], text);
    expect(fromFile.report.findings.map((finding) => finding.message).sort()).toEqual(fromStdin.report.findings.map((finding) => finding.message).sort());
    expect(fromStdin.report.findings.map((finding) => finding.ruleId).sort()).toEqual(["schema.enum", "schema.required", "schema.required"]);
  });

  it("a minified .json export (one line) is read as JSON, not as JSON Lines", async () => {
    write("minified.json", `${JSON.stringify({ schemaVersion: "1.0", publisher: { creditCode: "12430000444876548X", division: "430000", department: "cztCentre" }, created: "2025-06-30T12:00:00+08:00", city: "430100", records: [JSON.parse(valid(1)), JSON.parse(valid(2))] })}\n`);
    const { code, report } = await validateJson(["minified.json"]);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
    expect(report.summary).toMatchObject({ records: 2, valid: 2 });
  });

  it("a name written twice in a JSON Lines record is a located error", async () => {
    write("twice.jsonl", `${valid(1)}\n${valid(2).replace('"sex":"1"', '"sex":"1","sex":"9"')}\n`);
    const { code, report } = await validateJson(["twice.jsonl"]);
    expect(code).toBe(1);
    expect(report.findings).toMatchObject([{ ruleId: "input.duplicate-name", line: 2, column: 101 }]);
    expect(report.summary).toMatchObject({ records: 2, valid: 1 });
  });
});

describe("czt validate: a malformed record is never quoted", () => {
  it("no format shows the name or identity number of a line that is not JSON; the position and expectation are given in the report's language", async () => {
    writeFileSync(join(dir, "leaky.jsonl"), `${valid(1)}\n{"recordType":"person","name":陈桂兰,"idNumber":"430102199003071234"}\n`);
    for (const format of ["text", "json", "sarif", "junit", "github"]) {
      const run = await runCzt(["validate", "--format", format, "--checks", "record", "leaky.jsonl"], { cwd: dir });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("input.malformed-json");
      expect(run.stdout).not.toContain("陈桂兰");
      expect(run.stdout).not.toMatch(/430102199003071234|19900307/);
    }
    const zh = await validateJson(["--lang", "zh", "leaky.jsonl"]);
    expect(zh.report.findings).toMatchObject([{ ruleId: "input.malformed-json", line: 2, column: 31, message: "无法解析 JSON：此处应为一个值（对象、数组、字符串、数字、true、false 或 null）" }]);
  });
});

describe("czt validate: CSV that would exhaust time or memory", () => {
  it("a header index of 99 999 999: one located finding at the header, exit 1", async () => {
    writeFileSync(join(dir, "huge-index.csv"), "recordType,id,documents.99999999.number\nperson,430100-P-000001,E1\n");
    const { code, report } = await validateJson(["huge-index.csv"]);
    expect(code).toBe(1);
    expect(report.findings).toMatchObject([
      { ruleId: "input.csv-columns", line: 1, message: "the header of column 3 has an array index above 99 (a CSV array holds at most 99 + 1 items)" },
    ]);
  });

  it("an unterminated quote costs its row only; the rows after it are validated", async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `person,430100-P-${String(i + 2).padStart(6, "0")},430102199003071234,张三,1,1990-03-07,CHN,2024-01-01T00:00:00+08:00`);
    const head = "recordType,id,idNumber,name,sex,birthDate,nationality,meta.lastUpdated";
    writeFileSync(join(dir, "stray-quote.csv"), [head, rows[0]!.replace("张三", '"张三'), ...rows.slice(1)].join("\n"));
    const { code, report } = await validateJson(["stray-quote.csv"]);
    expect(code).toBe(1);
    expect(report.findings).toMatchObject([{ ruleId: "input.csv-columns", line: 2 }]);
    expect(report.summary).toMatchObject({ records: 2000, valid: 1999, invalid: 1 });
  });
});

describe("czt validate: mixed encodings", () => {
  it("a UTF-8 line in a file found to be GB18030 is a located error, never mojibake; the details are in the report's language", async () => {
    const gb = new TextEncoder().encode(valid(1).replace("张三", "@@"));
    const at = new TextDecoder().decode(gb).indexOf("@@");
    const gbLine = [...gb.subarray(0, at), 0xd5, 0xc5, 0xc8, 0xfd, ...gb.subarray(at + 2), 0x0a];
    writeFileSync(join(dir, "mixed.jsonl"), new Uint8Array([...gbLine, ...new TextEncoder().encode(`${valid(2).replace("张三", "陈浩")}\n`)]));
    const { code, report } = await validateJson(["mixed.jsonl"]);
    expect(code).toBe(1);
    expect(report.findings).toMatchObject([
      { ruleId: "input.encoding", line: 1, severity: "warning" },
      { ruleId: "input.encoding", line: 2, severity: "error", message: "this line is UTF-8 while the file before it was decoded as GB18030: one file, one encoding" },
    ]);
    expect(JSON.stringify(report)).not.toContain("闄");
    const zh = await validateJson(["--lang", "zh", "mixed.jsonl"]);
    expect(zh.report.findings.map((finding) => finding.message)).toEqual([
      "不是 UTF-8：已按 GB18030 解码（请用 --encoding gb18030 明确指定，或以 UTF-8 导出）",
      "该行是 UTF-8，而文件的前面部分按 GB18030 解码：一个文件只能使用一种编码",
    ]);
  });
});
