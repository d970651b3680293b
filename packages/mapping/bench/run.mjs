// `npm run bench -w @czt/mapping [-- --rows N]`: czt map on N CSV rows (GB18030, Chinese
// headers) and on an N-row XLSX sheet, against czt validate (one thread, all rules) on the
// same records as JSON Lines: rows/s and peak memory, each in a fresh process; the CSV path
// also at N/2 and 2N, to show memory does not grow with the input.
import { createWriteStream, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { measureProcess } from "../../validator/bench/measure-process.mjs";

const { values } = parseArgs({ options: { rows: { type: "string" } } });
const rows = Number(values.rows ?? 200_000);
const here = import.meta.dirname;
const cli = join(here, "..", "..", "cli", "dist", "main.js");
const dir = mkdtempSync(join(tmpdir(), "czt-map-bench-"));

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idNumber = (i) => {
  const birth = new Date(Date.UTC(1950, 0, 1) + (i % 20000) * 86_400_000).toISOString().slice(0, 10).replaceAll("-", "");
  const first17 = `430102${birth}${String(i % 1000).padStart(3, "0")}`;
  const sum = [...first17].reduce((total, digit, k) => total + Number(digit) * weights[k], 0);
  return { number: first17 + "10X98765432"[sum % 11], birth, sex: (i % 1000) % 2 === 1 ? "男" : "女" };
};
const header = ["个人编号", "公民身份号码", "姓名", "性别", "出生日期", "户籍所在地", "城乡类型", "更新时间"];
const row = (i) => {
  const id = idNumber(i);
  return [String(i).padStart(7, "0"), id.number, "张三", id.sex, `${id.birth.slice(0, 4)}/${Number(id.birth.slice(4, 6))}/${Number(id.birth.slice(6))}`, "430102", "城镇", "2025-04-02 16:10:00"];
};

async function writeCsv(path, count) {
  const out = createWriteStream(path);
  out.write(iconv.encode(`${header.join(",")}\r\n`, "gb18030"));
  for (let i = 1; i <= count; i++) {
    if (!out.write(iconv.encode(`${row(i).join(",")}\r\n`, "gb18030"))) await new Promise((resolve) => out.once("drain", resolve));
  }
  await new Promise((resolve) => out.end(resolve));
}

async function writeXlsx(path, count) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  const sheet = workbook.addWorksheet("人员");
  sheet.addRow(header).commit();
  for (let i = 1; i <= count; i++) sheet.addRow(row(i)).commit();
  await workbook.commit();
}

const mapping = (file) => `mapping: czt-ss/1
header: { city: "430100", asOf: "2026-10-31", publisher: { creditCode: 11430100MB1C00716X, division: "430100", department: healthcareSecurity, name: 长沙市医疗保障局 } }
crosswalks: { sex: { 男: "1", 女: "2" } }
defaults: { person: { nationality: CHN } }
sources:
  - name: people
    file: "${file}"
    records:
      - recordType: person
        id: { column: 个人编号, transform: [{ prefix: "430100-P-" }] }
        fields:
          idNumber: { column: 公民身份号码, transform: [idNumber18] }
          name: { column: 姓名 }
          sex: { column: 性别, transform: [{ crosswalk: { list: sex, table: sex } }] }
          birthDate: { column: 出生日期, transform: [{ date: Y/M/D }] }
          hukou.division: { column: 户籍所在地 }
          hukou.residenceType: { column: 城乡类型, transform: [{ crosswalk: { list: residenceType } }] }
          meta.lastUpdated: { column: 更新时间, transform: [dateTime] }
`;
writeFileSync(join(dir, "csv.yaml"), mapping("*.csv"));
writeFileSync(join(dir, "xlsx.yaml"), mapping("*.xlsx"));

const results = [];
async function measure(name, count, args) {
  const run = await measureProcess(args, dir);
  results.push({ name, rowsPerSecond: Math.round(count / run.seconds), seconds: run.seconds.toFixed(1), rssMiB: (run.rss / 1048576).toFixed(0) });
}

for (const count of [Math.round(rows / 2), rows, rows * 2]) {
  const csv = join(dir, `people-${count}.csv`);
  await writeCsv(csv, count);
  const out = join(dir, `mapped-${count}.jsonl`);
  await measure(`czt map, CSV ${count.toLocaleString("en")} rows`, count, [cli, "map", "--mapping", join(dir, "csv.yaml"), "--output", out, "--report", join(dir, "report.txt"), csv]);
  if (count === rows) await measure(`czt validate (1 thread) on the ${count.toLocaleString("en")} mapped records`, count, [cli, "validate", "--format", "json", "--max-findings", "10", "--as-of", "2026-10-31", out]);
}
const xlsx = join(dir, `people-${rows}.xlsx`);
await writeXlsx(xlsx, rows);
await measure(`czt map, XLSX ${rows.toLocaleString("en")} rows`, rows, [cli, "map", "--mapping", join(dir, "xlsx.yaml"), "--output", join(dir, "mapped-xlsx.jsonl"), "--report", join(dir, "report-xlsx.txt"), xlsx]);

console.log("| run | rows/s | seconds | peak RSS (MiB) |\n|---|---|---|---|");
for (const result of results) console.log(`| ${result.name} | ${result.rowsPerSecond.toLocaleString("en")} | ${result.seconds} | ${result.rssMiB} |`);
console.log(`(scratch: ${dir})`);
