// The bench's synthetic legacy export: people rows as a 医保 office keeps them (GB18030 CSV
// with Chinese headers, or an XLSX sheet), and the mapping that reads them.
import { createWriteStream } from "node:fs";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
// Distinct for 20 million rows (20 000 birth dates × 1 000 sequence numbers): a repeated
// number would make the validator's comparison run report duplicates, not check records.
const idNumber = (i) => {
  const birth = new Date(Date.UTC(1950, 0, 1) + (i % 20000) * 86_400_000).toISOString().slice(0, 10).replaceAll("-", "");
  const sequence = Math.floor(i / 20000) % 1000;
  const first17 = `430102${birth}${String(sequence).padStart(3, "0")}`;
  const sum = [...first17].reduce((total, digit, k) => total + Number(digit) * weights[k], 0);
  return { number: first17 + "10X98765432"[sum % 11], birth, sex: sequence % 2 === 1 ? "男" : "女" };
};
export const header = ["个人编号", "公民身份号码", "姓名", "性别", "出生日期", "户籍所在地", "城乡类型", "更新时间"];
export const row = (i) => {
  const id = idNumber(i);
  return [String(i).padStart(7, "0"), id.number, "张三", id.sex, `${id.birth.slice(0, 4)}/${Number(id.birth.slice(4, 6))}/${Number(id.birth.slice(6))}`, "430102", "城镇", "2025-04-02 16:10:00"];
};

export async function writeCsv(path, count) {
  const out = createWriteStream(path);
  out.write(iconv.encode(`${header.join(",")}\r\n`, "gb18030"));
  for (let i = 1; i <= count; i++) {
    if (!out.write(iconv.encode(`${row(i).join(",")}\r\n`, "gb18030"))) await new Promise((resolve) => out.once("drain", resolve));
  }
  await new Promise((resolve) => out.end(resolve));
}

export async function writeXlsx(path, count) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  const sheet = workbook.addWorksheet("人员");
  sheet.addRow(header).commit();
  for (let i = 1; i <= count; i++) sheet.addRow(row(i)).commit();
  await workbook.commit();
}

export const mapping = (file) => `mapping: czt-ss/1
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
