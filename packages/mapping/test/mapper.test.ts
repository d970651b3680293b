import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type MapProblem, mintId, parseMapping } from "../src/index.js";
import { mapFiles } from "../src/node/index.js";

type Json = Record<string, unknown>;

async function run(mappingYaml: string, files: Record<string, string | Uint8Array>) {
  const parsed = parseMapping(mappingYaml);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const directory = mkdtempSync(join(tmpdir(), "czt-mapper-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(directory, name), content);
  const records: Json[] = [];
  const problems: MapProblem[] = [];
  await mapFiles(parsed.mapping, Object.keys(files).map((name) => join(directory, name)), { record: (record) => records.push(record), problem: (problem) => problems.push(problem) });
  return { records, problems };
}

const header = `mapping: czt-ss/1
header: { city: "430100", publisher: { creditCode: "11430100006100520E", division: "430100", department: hrss, name: 长沙市人力资源和社会保障局 } }
`;

describe("the mapper", () => {
  it("derives sex and birth date from the identity number, mints stable ids, fills defaults", async () => {
    const mapping = `${header}defaults: { person: { nationality: CHN } }
sources:
  - name: people
    file: "*.csv"
    records:
      - recordType: person
        id: { mint: { prefix: "430100-P-", from: [{ column: 身份证号, transform: [idNumber18] }] } }
        fields:
          idNumber: { column: 身份证号, transform: [idNumber18] }
          name: { position: 2 }
          sex: { derive: sexFromIdNumber }
          birthDate: { derive: birthDateFromIdNumber }
`;
    const csv = "身份证号,姓名\n430102900307123,张三\n430102199003071234,张三\n";
    const first = await run(mapping, { "people.csv": csv });
    expect(first.problems).toEqual([
      expect.objectContaining({ code: "map.duplicate-id", location: expect.objectContaining({ file: "people.csv", row: 3 }) }),
    ]);
    expect(first.records).toEqual([{ recordType: "person", id: mintId("430100-P-", ["430102199003071234"]), idNumber: "430102199003071234", name: "张三", sex: "1", birthDate: "1990-03-07", nationality: "CHN" }]);
    expect(String(first.records[0]!["id"])).toMatch(/^430100-P-[0-9a-f]{16}$/);
    const again = await run(mapping, { "people.csv": csv });
    expect(again.records[0]!["id"]).toBe(first.records[0]!["id"]);
  });

  it("JSON Lines rows by member name; a line that is not an object is a located problem", async () => {
    const mapping = `${header}sources:
  - name: people
    file: "*.jsonl"
    records:
      - recordType: person
        id: { column: pid, transform: [{ prefix: "430100-P-" }] }
        fields:
          name: { column: xm }
          hukou.division: { column: hjd, transform: [text] }
`;
    const { records, problems } = await run(mapping, { "people.jsonl": '{"pid":"000001","xm":"李四","hjd":430102}\n[1]\n{"pid":"000002","xm":"王五"}\n' });
    expect(records).toEqual([
      { recordType: "person", id: "430100-P-000001", name: "李四", hukou: { division: "430102" } },
      { recordType: "person", id: "430100-P-000002", name: "王五" },
    ]);
    expect(problems).toMatchObject([{ code: "map.unreadable-row", location: { file: "people.jsonl", row: 2 } }]);
  });

  it("XLSX: merged cells filled down, blank rows skipped, cached formula values, date cells, text codes with leading zeros", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("成员");
    sheet.addRow(["户编号", "个人编号", "民族", "出生日期", "补助（元）"]);
    sheet.addRow(["H1", "000001", "01", new Date("1990-03-07T00:00:00Z"), { formula: "ROUND(12.3,2)", result: 12.3 }]);
    sheet.addRow([null, "000002", "03", 32874, 0.29]);
    sheet.addRow([]);
    sheet.addRow([]);
    sheet.addRow(["H2", "000003", "01", "1990/3/7", "1,200"]);
    sheet.mergeCells("A2:A3");
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const mapping = `${header}sources:
  - name: members
    file: book.xlsx
    sheet: 成员
    records:
      - recordType: person
        id: { column: 个人编号, transform: [{ prefix: "430100-P-" }] }
        fields:
          household.householdId: { column: 户编号, fillDown: true }
          ethnicity: { column: 民族 }
          birthDate: { column: 出生日期, transform: [date] }
          contact.address: { column: 补助（元）, transform: [yuanToFen, text] }
`;
    const { records, problems } = await run(mapping, { "book.xlsx": bytes });
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { recordType: "person", id: "430100-P-000001", household: { householdId: "H1" }, ethnicity: "01", birthDate: "1990-03-07", contact: { address: "1230" } },
      { recordType: "person", id: "430100-P-000002", household: { householdId: "H1" }, ethnicity: "03", birthDate: "1990-01-01", contact: { address: "29" } },
      { recordType: "person", id: "430100-P-000003", household: { householdId: "H2" }, ethnicity: "01", birthDate: "1990-03-07", contact: { address: "120000" } },
    ]);
  });

  it("an identity number stored as a number lost its digits: a finding, not a guess", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Sheet1");
    sheet.addRow(["编号", "身份证"]);
    // What Excel keeps of an 18-digit number typed into a cell: a double, its last digits gone.
    sheet.addRow(["1", Number("430102199003071234")]);
    const mapping = `${header}sources:
  - name: s
    file: book.xlsx
    records:
      - recordType: person
        id: { column: 编号 }
        fields:
          idNumber: { column: 身份证 }
`;
    const { problems } = await run(mapping, { "book.xlsx": new Uint8Array(await workbook.xlsx.writeBuffer()) });
    expect(problems).toMatchObject([{ code: "map.invalid-number", location: { sheet: "Sheet1", row: 2, column: 2 }, field: "idNumber" }]);
  });
});

describe("mapping files", () => {
  it("are checked against the schema and the rules it cannot say, each problem with its line", () => {
    const parsed = parseMapping(`${header}crosswalks: { t: { a: b } }
sources:
  - name: a
    file: a.csv
    records:
      - recordType: person
        fields:
          name: { column: 姓名, indicator: AAC003 }
      - recordType: enrolment
        into: { source: nowhere, array: contributions, key: { column: x } }
        fields:
          scheme: { column: 险种, transform: [{ crosswalk: { list: sex, system: hrss } }, { crosswalk: { table: missing } }] }
`);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toContainEqual({ line: 10, pointer: "/sources/0/records/0/fields/name", message: "must have exactly one of column, indicator, position, value, derive, mint" });
    const semantic = parseMapping(`${header}sources:
  - name: a
    file: a.csv
    records:
      - recordType: person
        fields: {}
      - recordType: enrolment
        into: { source: nowhere, array: contributions, key: { column: x } }
        fields:
          scheme: { column: 险种, transform: [{ crosswalk: { list: sex, system: hrss } }, { crosswalk: { table: missing } }] }
`);
    expect(semantic.ok).toBe(false);
    if (semantic.ok) return;
    expect(semantic.problems.map((problem) => [problem.line, problem.message])).toEqual([
      [7, "a record that joins into no other needs an id (a column or mint)"],
      [10, "joins into 'nowhere', which is not a source of this mapping"],
      [12, "the code list sex has no local codes of the system hrss: give a table"],
      [12, "no crosswalk table 'missing' under crosswalks"],
    ]);
  });

  it("YAML syntax errors are located", () => {
    const parsed = parseMapping("mapping: czt-ss/1\nsources: [\n");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]!.line).toBeGreaterThan(0);
  });
});

describe("mapping files that YAML reads oddly", () => {
  it("an unquoted * pattern (a YAML alias) is a problem of the file, not a crash", () => {
    const parsed = parseMapping(`${header}sources:\n  - name: a\n    file: *.csv\n    records: []\n`);
    expect(parsed).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining("quote values that start with * or &") }] });
  });
});
