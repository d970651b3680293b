import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { runCzt } from "./run-czt.js";

const legacyRoot = join(import.meta.dirname, "..", "..", "..", "examples", "legacy");
const folders = ["changsha", "zhuzhou", "xiangtan"].flatMap((city) => ["hrss", "nhsa", "civil-affairs"].map((department) => `${city}/${department}`));

type Json = Record<string, unknown>;

interface Report {
  summary: { records: number; errors: number; warnings: number; byRule: Record<string, number> };
  findings: { ruleId: string; file: string; line: number; column?: number; pointer: string; message: string; params: Record<string, string> }[];
}

const inputsOf = (directory: string) => readdirSync(directory).filter((name) => /\.(csv|xlsx|jsonl)$/.test(name) && name !== "expected.jsonl" && name !== "out.jsonl");
const byId = (records: Json[]) => new Map(records.map((record) => [String(record["id"]), record]));
const readJsonl = (path: string) =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Json);

async function runMap(directory: string, extra: string[] = [], inputs = inputsOf(directory)) {
  const run = await runCzt(["map", "--mapping", "mapping.yaml", "--output", "out.jsonl", "--format", "json", ...extra, ...inputs], { cwd: directory });
  const report = JSON.parse(run.stdout) as Report;
  const lines = readJsonl(join(directory, "out.jsonl"));
  return { code: run.code, report, header: lines[0]!, records: lines.slice(1), stderr: run.stderr };
}

describe("czt map on the shipped legacy exports: the example records back, valid", () => {
  for (const folder of folders) {
    it(`${folder}: maps and validates with zero findings, every record equal to the original`, async () => {
      const directory = join(legacyRoot, folder);
      const work = mkdtempSync(join(tmpdir(), "czt-map-"));
      cpSync(directory, work, { recursive: true });
      const { code, report, header, records } = await runMap(work, ["--validate"]);
      expect(report.findings).toEqual([]);
      expect(code).toBe(0);
      expect(header).toMatchObject({ recordType: "header", schemaVersion: "1.1" });
      const expected = readJsonl(join(directory, "expected.jsonl"));
      expect(records.length).toBe(expected.length);
      expect(byId(records)).toEqual(byId(expected));
    });
  }
});

/** A copy of a legacy example to break. */
function copyOf(folder: string): string {
  const work = mkdtempSync(join(tmpdir(), "czt-map-broken-"));
  cpSync(join(legacyRoot, folder), work, { recursive: true });
  return work;
}

/** Rewrites a GB18030 CSV of a copy: `edit` gets and returns its rows as arrays of cells (no quoted cells in these files). */
function editCsv(path: string, edit: (rows: string[][]) => string[][]): void {
  const rows = iconv
    .decode(readFileSync(path), "gb18030")
    .split("\r\n")
    .filter((line) => line !== "")
    .map((line) => line.split(","));
  writeFileSync(path, iconv.encode(`${edit(rows).map((row) => row.join(",")).join("\r\n")}\r\n`, "gb18030"));
}

function setCell(rows: string[][], row: number, header: string, value: string): string[][] {
  const column = rows[0]!.indexOf(header);
  if (column === -1) throw new Error(`no column ${header}`);
  rows[row - 1]![column] = value;
  return rows;
}

/** The records of a broken run other than those with these ids: each equal to the original. */
function othersUnharmed(records: Json[], folder: string, except: readonly string[]): void {
  const expected = readJsonl(join(legacyRoot, folder, "expected.jsonl")).filter((record) => !except.includes(String(record["id"])));
  const got = byId(records);
  for (const record of expected) expect(got.get(String(record["id"])), String(record["id"])).toEqual(record);
}

describe("czt map on broken inputs: a located finding with the source value, no other row lost", () => {
  const hrss = "changsha/hrss";
  const nhsa = "changsha/nhsa";
  const civil = "changsha/civil-affairs";
  let enrolmentIds: string[];

  beforeAll(() => {
    enrolmentIds = readJsonl(join(legacyRoot, hrss, "expected.jsonl"))
      .filter((record) => record["recordType"] === "enrolment")
      .map((record) => String(record["id"]));
  });

  it("an unmapped 险种 code: map.unmapped-code at the row and the AAE140 column, with the value", async () => {
    const work = copyOf(hrss);
    editCsv(join(work, "hrss-enrolments.csv"), (rows) => setCell(rows, 3, "AAE140", "999"));
    const { code, report, records } = await runMap(work);
    expect(code).toBe(1);
    expect(report.findings).toMatchObject([{ ruleId: "map.unmapped-code", file: "hrss-enrolments.csv", line: 3, column: 17, pointer: "/scheme", params: { value: "999", header: "AAE140" } }]);
    expect(report.findings[0]!.message).toBe("the code 999 has no standard code in the crosswalk (insuranceScheme, hrss) (column 'AAE140', field scheme)");
    othersUnharmed(records, hrss, [enrolmentIds[1]!]);
  });

  it("a date that does not exist (2019-02-30): map.invalid-date, the record kept without it", async () => {
    const work = copyOf(hrss);
    editCsv(join(work, "hrss-enrolments.csv"), (rows) => setCell(rows, 2, "AAE030", "20190230"));
    const { report, records } = await runMap(work);
    expect(report.findings).toMatchObject([{ ruleId: "map.invalid-date", line: 2, pointer: "/period/start", params: { value: "20190230" } }]);
    expect(report.findings[0]!.message).toContain("the date 20190230 does not exist");
    othersUnharmed(records, hrss, [enrolmentIds[0]!]);
  });

  it("元 with three decimals: map.invalid-amount, never rounded", async () => {
    const work = copyOf(hrss);
    editCsv(join(work, "hrss-contributions.csv"), (rows) => setCell(rows, 2, "AAE022", "57.665"));
    const { report, records } = await runMap(work);
    expect(report.findings).toMatchObject([{ ruleId: "map.invalid-amount", file: "hrss-contributions.csv", line: 2, params: { value: "57.665", header: "AAE022" } }]);
    othersUnharmed(records, hrss, [enrolmentIds[0]!]);
  });

  it("a duplicate record id with different content: map.duplicate-id at the second row, which is not written", async () => {
    const work = copyOf(hrss);
    editCsv(join(work, "hrss-enrolments.csv"), (rows) => setCell(rows, 3, "AAZ159", rows[1]![rows[0]!.indexOf("AAZ159")]!));
    const { report, records } = await runMap(work);
    expect(report.findings).toMatchObject([{ ruleId: "map.duplicate-id", line: 3, params: { value: enrolmentIds[0]! } }]);
    othersUnharmed(records, hrss, [enrolmentIds[0]!, enrolmentIds[1]!]);
  });

  it("a contribution row whose enrolment is missing: map.parent-missing with the key", async () => {
    const work = copyOf(hrss);
    editCsv(join(work, "hrss-contributions.csv"), (rows) => setCell(rows, 5, "AAZ159", "999999"));
    const { report, records } = await runMap(work);
    expect(report.findings).toMatchObject([{ ruleId: "map.parent-missing", file: "hrss-contributions.csv", line: 5, params: { value: "999999" } }]);
    othersUnharmed(records, hrss, [enrolmentIds[0]!]);
  });

  it("an identity number that is neither 15 nor 18 characters: located, masked unless --reveal", async () => {
    const work = copyOf(nhsa);
    editCsv(join(work, "nhsa-enrolments.csv"), (rows) => setCell(rows, 2, "公民身份号码", "4301241975041803"));
    const masked = await runMap(work);
    expect(masked.report.findings).toMatchObject([{ ruleId: "map.invalid-id-number", line: 2, pointer: "/idNumber", params: { header: "公民身份号码" } }]);
    expect(masked.report.findings[0]!.params["value"]).not.toBe("4301241975041803");
    expect(masked.report.findings[0]!.message).not.toContain("4301241975041803");
    const revealed = await runMap(work, ["--reveal"]);
    expect(revealed.report.findings[0]!.params["value"]).toBe("4301241975041803");
  });

  it("a sex the crosswalk does not know, and an empty required name: two findings on the row", async () => {
    const work = copyOf(nhsa);
    editCsv(join(work, "nhsa-enrolments.csv"), (rows) => setCell(setCell(rows, 3, "性别", "未知"), 3, "姓名", ""));
    const { report } = await runMap(work);
    expect(report.findings.map((finding) => [finding.ruleId, finding.line, finding.pointer])).toEqual([
      ["map.missing-value", 3, "/name"],
      ["map.unmapped-code", 3, "/sex"],
    ]);
  });

  it("a column the mapping names is not in the file: map.column-missing at the header row, once", async () => {
    const work = copyOf(nhsa);
    editCsv(join(work, "nhsa-enrolments.csv"), (rows) => setCell(rows, 1, "固定电话", "电话"));
    const { report } = await runMap(work);
    expect(report.findings).toMatchObject([{ ruleId: "map.column-missing", line: 1, params: { value: "固定电话" } }]);
  });

  it("a payment row whose household is missing: map.parent-missing at its sheet and A1 cell", async () => {
    const work = copyOf(civil);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(work, "civil-affairs.xlsx"));
    workbook.getWorksheet("发放明细")!.getCell("A3").value = "430199-H-999999";
    await workbook.xlsx.writeFile(join(work, "civil-affairs.xlsx"));
    const { report, records } = await runMap(work);
    expect(report.findings).toMatchObject([{ ruleId: "map.parent-missing", file: "civil-affairs.xlsx#发放明细", line: 3, column: 1, params: { sheet: "发放明细", cell: "A3", value: "430199-H-999999" } }]);
    expect(report.findings[0]!.message).toContain("sheet 发放明细, cell A3");
    const assistance = readJsonl(join(legacyRoot, civil, "expected.jsonl")).filter((record) => record["recordType"] === "person");
    othersUnharmed(records, civil, readJsonl(join(legacyRoot, civil, "expected.jsonl")).filter((record) => record["recordType"] === "assistance").map((record) => String(record["id"])));
    expect(assistance.length).toBeGreaterThan(0);
  });

  it("a sheet the mapping reads is missing: map.sheet-missing naming the file and sheet; the other sheets mapped", async () => {
    const work = copyOf(civil);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(work, "civil-affairs.xlsx"));
    workbook.removeWorksheet(workbook.getWorksheet("发放明细")!.id);
    await workbook.xlsx.writeFile(join(work, "civil-affairs.xlsx"));
    const { code, report, records } = await runMap(work);
    expect(code).toBe(1);
    expect(report.findings).toMatchObject([{ ruleId: "map.sheet-missing", file: "civil-affairs.xlsx#发放明细", line: 0, params: { value: "发放明细", sheet: "发放明细" } }]);
    const persons = readJsonl(join(legacyRoot, civil, "expected.jsonl")).filter((record) => record["recordType"] === "person");
    othersUnharmed(records, civil, readJsonl(join(legacyRoot, civil, "expected.jsonl")).filter((record) => record["recordType"] === "assistance").map((record) => String(record["id"])));
    expect(records.filter((record) => record["recordType"] === "assistance").length).toBeGreaterThan(0);
    expect(persons.length).toBeGreaterThan(0);
  });

  it("an Excel date cell typed as text that is not a date: map.invalid-date at its cell", async () => {
    const work = copyOf(civil);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(work, "civil-affairs.xlsx"));
    workbook.getWorksheet("户信息")!.getCell("H2").value = "2019年13月1日";
    await workbook.xlsx.writeFile(join(work, "civil-affairs.xlsx"));
    const { report } = await runMap(work);
    expect(report.findings).toMatchObject([{ ruleId: "map.invalid-date", file: "civil-affairs.xlsx#户信息", line: 2, column: 8, pointer: "/dates/applied", params: { cell: "H2", value: "2019年13月1日" } }]);
  });

  it("an invalid mapping file: exit 2 with each problem located by line", async () => {
    const work = copyOf(nhsa);
    writeFileSync(join(work, "mapping.yaml"), readFileSync(join(work, "mapping.yaml"), "utf8").replace("transform: [yuanToFen]", "transform: [yuanToCents]"));
    const run = await runCzt(["map", "--mapping", "mapping.yaml", "nhsa-enrolments.csv"], { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/mapping file mapping\.yaml is invalid:\n {2}mapping\.yaml:\d+ \/sources\/0\/records\/1\/fields\/monthlyContributionBase\/transform\/0: /);
  });
});

describe("czt map without --output", () => {
  it("writes the export to standard output (header line first) and the report to standard error", async () => {
    const run = await runCzt(["map", "--mapping", "mapping.yaml", "--lang", "zh", "nhsa-enrolments.csv"], { cwd: join(legacyRoot, "zhuzhou/nhsa") });
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as Json);
    expect(lines[0]).toMatchObject({ recordType: "header", city: "430200" });
    expect(lines.length - 1).toBe(readJsonl(join(legacyRoot, "zhuzhou/nhsa", "expected.jsonl")).length);
    expect(run.stderr).toContain("未发现问题。");
  });

  it("without --mapping: a usage error, exit 2", async () => {
    const run = await runCzt(["map", "x.csv"]);
    expect(run).toMatchObject({ code: 2 });
    expect(run.stderr).toContain("--mapping FILE is required");
  });
});

describe("czt map --profile", () => {
  it("prints fill rates and each coded value with its code, flags the unmapped, lists failing rows, writes nothing", async () => {
    const work = copyOf("changsha/hrss");
    editCsv(join(work, "hrss-enrolments.csv"), (rows) => setCell(rows, 3, "AAE140", "999"));
    const run = await runCzt(["map", "--mapping", "mapping.yaml", "--profile", "--output", "out.jsonl", "hrss-enrolments.csv", "hrss-contributions.csv"], { cwd: work });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^ {2}17\. AAE140 {2}filled 100\.0% → enrolment\.scheme$/m);
    expect(run.stdout).toContain("       110 ×");
    expect(run.stdout).toContain("→ pension.employee");
    expect(run.stdout).toContain("       999 ×1 → ✗ unmapped");
    expect(run.stdout).toMatch(/^ {2}hrss-enrolments\.csv:3:17 map\.unmapped-code: the code 999 has no standard code/m);
    expect(readdirSync(work)).not.toContain("out.jsonl");
  });
});
