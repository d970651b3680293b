/**
 * The legacy-shaped exports shipped in examples/legacy/<city>/, built from the same
 * synthetic records as examples/jsonl: what a 区县 office of 人社, 医保 or 民政 would
 * export from its own system, so that `czt map` with the mapping files beside them gives
 * back those records exactly (test/legacy-examples.test.ts and the CLI's map tests).
 *
 *   人社  hrss-enrolments.csv, hrss-contributions.csv — GBK, indicator-code headers
 *         (AAC001 个人编号, AAC002 公民身份号码, AAE140 险种类型 …), dates as YYYYMMDD, 元,
 *         15-digit identity numbers where the person has one, monthly contribution rows
 *   医保  nhsa-enrolments.csv — GBK, Chinese headers, dates as 2019/3/1, insutype codes
 *   民政  civil-affairs.xlsx — sheets 户信息 (households), 成员信息 (members, the household
 *         number merged over its members' rows), 发放明细 (payments); dates as date
 *         cells, codes with leading zeros as text, amounts as numbers in 元
 *
 * Run: npm run examples:legacy -w @czt/mapping (writes examples/legacy/).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { codeLists } from "@czt/schemas";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";

type Json = Record<string, unknown>;
type Cell = string | number | boolean | Date | null;

export const cities = { changsha: "430100", zhuzhou: "430200", xiangtan: "430300" } as const;
export type City = keyof typeof cities;

export const repositoryRoot = new URL("../../../", import.meta.url).pathname;

/** The records of a city's example export, header first. */
export function exampleRecords(city: City): Json[] {
  return readFileSync(join(repositoryRoot, "examples", "jsonl", `${city}.jsonl`), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Json);
}

const get = (record: unknown, path: string): unknown => path.split(".").reduce<unknown>((node, key) => (node as Json | undefined)?.[key], record);
const localPart = (id: unknown, prefix: string) => {
  const text = String(id);
  if (!text.startsWith(prefix)) throw new Error(`${text} does not start with ${prefix}`);
  return text.slice(prefix.length);
};
const yuan = (fen: unknown) => {
  if (fen === undefined) return null;
  const n = Number(fen);
  const sign = n < 0 ? "-" : "";
  const abs = Math.abs(n);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
};
const compact = (date: unknown) => (date === undefined ? null : String(date).replaceAll("-", ""));
const slashed = (date: unknown) => (date === undefined ? null : String(date).split("-").map(Number).join("/"));
const dateCell = (date: unknown) => (date === undefined ? null : new Date(`${String(date)}T00:00:00Z`));
const localTime = (dateTime: unknown) => String(dateTime).replace("T", " ").replace(/\+08:00$/, "");
const zhTitle = (list: keyof typeof codeLists, code: unknown) => {
  if (code === undefined) return null;
  const title = codeLists[list].codes.find((entry) => entry.code === code)?.title.zh;
  if (!title) throw new Error(`${String(code)} is not in ${list}`);
  return title;
};
const localCode = (system: "hrss" | "nhsa", code: unknown) => codeLists.insuranceScheme.codes.find((entry) => entry.code === code)?.localCodesBySystem?.[system]?.[0];

/** A 15-digit form of an identity number when it has one (born 19xx, and converting it back gives the same number). */
function legacyIdNumber(idNumber: string, useLegacy: boolean): string {
  if (!useLegacy || !idNumber.slice(6, 8).startsWith("19")) return idNumber;
  return `${idNumber.slice(0, 6)}${idNumber.slice(8, 17)}`;
}

/** Person fields every legacy layout carries; a person with others (documents, vital status) is left out of the legacy exports. */
const personKeys = new Set(["recordType", "id", "idNumber", "name", "sex", "birthDate", "ethnicity", "nationality", "hukou", "residenceDivision", "contact", "household", "meta"]);
const personSupported = (person: Json) => Object.keys(person).every((key) => personKeys.has(key)) && person["nationality"] === "CHN" && typeof person["idNumber"] === "string" && !get(person, "contact.address") && !get(person, "meta.sourceAgency");

interface PersonColumns {
  header: string;
  cell: (person: Json, index: number) => Cell;
}

function personColumns(dialect: "hrss" | "nhsa" | "civil", city: string): PersonColumns[] {
  const h = (code: string, zh: string) => (dialect === "hrss" ? code : zh);
  const date = dialect === "hrss" ? compact : dialect === "nhsa" ? slashed : dateCell;
  return [
    { header: h("AAC001", "个人编号"), cell: (p) => localPart(p["id"], `${city}-P-`) },
    // Every third person of the 人社 export has the 15-digit number of the old register.
    { header: h("AAC002", "公民身份号码"), cell: (p, i) => legacyIdNumber(String(p["idNumber"]), dialect === "hrss" && i % 3 === 0) },
    { header: h("AAC003", "姓名"), cell: (p) => String(p["name"]) },
    { header: h("AAC004", "性别"), cell: (p) => (dialect === "hrss" ? String(p["sex"]) : p["sex"] === "1" ? "男" : "女") },
    { header: h("AAC005", "民族"), cell: (p) => (get(p, "ethnicity") === undefined ? null : dialect === "nhsa" ? zhTitle("ethnicity", p["ethnicity"]) : String(p["ethnicity"])) },
    { header: h("AAC006", "出生日期"), cell: (p) => date(p["birthDate"]) },
    { header: h("AAC010", "户籍所在地"), cell: (p) => (get(p, "hukou.division") as string | undefined) ?? null },
    { header: "城乡类型", cell: (p) => zhTitle("residenceType", get(p, "hukou.residenceType")) },
    { header: h("AAC009", "户口性质"), cell: (p) => (dialect === "hrss" ? ({ "non-agricultural": "10", agricultural: "20" }[String(get(p, "hukou.historicalCategory"))] ?? null) : zhTitle("hukouCategory", get(p, "hukou.historicalCategory"))) },
    { header: h("AAB301", "居住地"), cell: (p) => (get(p, "residenceDivision") as string | undefined) ?? null },
    { header: h("AAE005", "手机号码"), cell: (p) => (get(p, "contact.mobile") as string | undefined) ?? null },
    { header: "固定电话", cell: (p) => (get(p, "contact.phone") as string | undefined) ?? null },
    { header: "户编号", cell: (p) => (get(p, "household.householdId") as string | undefined) ?? null },
    { header: "与户主关系", cell: (p) => (get(p, "household.relationToHead") as string | undefined) ?? null },
    { header: h("AAE036", "更新时间"), cell: (p) => localTime(get(p, "meta.lastUpdated")) },
  ];
}

function csv(rows: readonly (readonly Cell[])[]): string {
  const quote = (cell: Cell) => {
    const text = cell === null ? "" : String(cell);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `${rows.map((row) => row.map(quote).join(",")).join("\r\n")}\r\n`;
}

/** Monthly rows of a yearly contribution entry: the amounts split in whole 分 so that they add up exactly. */
function monthlyRows(entry: Json, startMonth: number): { month: string; individual: number; employer: number }[] {
  const months = Number(entry["months"]);
  const split = (total: number) => Array.from({ length: months }, (_, i) => Math.floor(total / months) + (i < total - Math.floor(total / months) * months ? 1 : 0));
  const individual = split(Number(entry["individualAmount"]));
  const employer = split(Number(entry["employerAmount"]));
  return individual.map((amount, i) => ({ month: `${entry["year"]}${String(Math.min(startMonth + i, 12)).padStart(2, "0")}`, individual: amount, employer: employer[i]! }));
}

const enrolmentKeys = new Set(["recordType", "id", "personId", "scheme", "city", "agency", "employer", "contributionStatus", "employmentStatus", "period", "monthlyContributionBase", "contributions", "participationType", "endReason", "meta"]);
const contributionKeys = new Set(["year", "months", "monthlyBase", "individualAmount", "employerAmount", "paidMonths", "kind", "paidOn"]);

/** What a legacy export holds: its files (name → bytes) and the records it stands for. */
export interface LegacyExport {
  files: Record<string, Uint8Array>;
  records: Json[];
  mapping: string;
}

function selectEnrolments(records: Json[], department: string, system: "hrss" | "nhsa", persons: Map<string, Json>): Json[] {
  return records.filter(
    (r) =>
      r["recordType"] === "enrolment" &&
      get(r, "agency.department") === department &&
      localCode(system, r["scheme"]) !== undefined &&
      Object.keys(r).every((key) => enrolmentKeys.has(key)) &&
      ((r["contributions"] as Json[] | undefined) ?? []).every((entry) => Object.keys(entry).every((key) => contributionKeys.has(key))) &&
      persons.has(String(r["personId"])),
  );
}

function personsOf(records: Json[]): Map<string, Json> {
  return new Map(records.filter((r) => r["recordType"] === "person" && personSupported(r)).map((r) => [String(r["id"]), r]));
}

/** 人社: enrolments with their people, and monthly contribution rows, in GBK with indicator codes. */
export function hrssExport(city: City): LegacyExport {
  const code = cities[city];
  const records = exampleRecords(city);
  const header = records[0]!;
  const persons = personsOf(records);
  const enrolments = selectEnrolments(records, "hrss", "hrss", persons);
  const columns = personColumns("hrss", code);
  const personIndex = new Map([...persons.keys()].map((id, i) => [id, i]));
  const enrolmentHeader = [...columns.map((c) => c.header), "AAZ159", "AAE140", "AAB004", "单位统一社会信用代码", "AAC008", "AAC031", "AAE030", "AAE031", "AAC040", "参保身份", "终止原因", "经办时间"];
  const rows: Cell[][] = [enrolmentHeader];
  const detail: Cell[][] = [["AAZ159", "AAE002", "AAE180", "AAE022", "AAE020", "缴费类型", "到账日期", "实缴月数"]];
  for (const enrolment of enrolments) {
    const person = persons.get(String(enrolment["personId"]))!;
    rows.push([
      ...columns.map((c) => c.cell(person, personIndex.get(String(person["id"]))!)),
      localPart(enrolment["id"], `${code}-E-`),
      localCode("hrss", enrolment["scheme"])!,
      (get(enrolment, "employer.name") as string | undefined) ?? null,
      (get(enrolment, "employer.creditCode") as string | undefined) ?? null,
      (enrolment["contributionStatus"] as string | undefined) ?? null,
      (enrolment["employmentStatus"] as string | undefined) ?? null,
      compact(get(enrolment, "period.start")),
      compact(get(enrolment, "period.end")),
      yuan(enrolment["monthlyContributionBase"]),
      zhTitle("participationType", enrolment["participationType"]),
      zhTitle("enrolmentEndReason", enrolment["endReason"]),
      localTime(get(enrolment, "meta.lastUpdated")),
    ]);
    const start = String(get(enrolment, "period.start"));
    for (const entry of (enrolment["contributions"] as Json[] | undefined) ?? []) {
      const startMonth = Number(start.slice(0, 4)) === entry["year"] ? Number(start.slice(5, 7)) : 1;
      for (const month of monthlyRows(entry, startMonth)) {
        detail.push([
          localPart(enrolment["id"], `${code}-E-`),
          month.month,
          yuan(entry["monthlyBase"]),
          yuan(month.individual),
          yuan(month.employer),
          zhTitle("contributionKind", entry["kind"]),
          compact(entry["paidOn"]),
          (entry["paidMonths"] as string | undefined) ?? null,
        ]);
      }
    }
  }
  const people = [...new Set(enrolments.map((e) => String(e["personId"])))].map((id) => persons.get(id)!);
  return {
    files: { "hrss-enrolments.csv": iconv.encode(csv(rows), "gb18030"), "hrss-contributions.csv": iconv.encode(csv(detail), "gb18030") },
    records: [...people, ...enrolments],
    mapping: hrssMapping(code, header, enrolments[0]!),
  };
}

/** 医保: medical enrolments with their people, GBK with Chinese headers, insutype codes, dates as 2019/3/1. */
export function nhsaExport(city: City): LegacyExport {
  const code = cities[city];
  const records = exampleRecords(city);
  const persons = personsOf(records);
  const enrolments = selectEnrolments(records, "healthcareSecurity", "nhsa", persons).filter((e) => !e["contributions"]);
  const columns = personColumns("nhsa", code);
  const rows: Cell[][] = [[...columns.map((c) => c.header), "参保登记号", "险种类型", "单位名称", "单位统一社会信用代码", "参保状态", "人员类别", "参保开始日期", "参保终止日期", "月缴费基数（元）", "参保身份", "终止原因", "经办时间"]];
  for (const enrolment of enrolments) {
    const person = persons.get(String(enrolment["personId"]))!;
    rows.push([
      ...columns.map((c) => c.cell(person, 0)),
      localPart(enrolment["id"], `${code}-E-`),
      localCode("nhsa", enrolment["scheme"])!,
      (get(enrolment, "employer.name") as string | undefined) ?? null,
      (get(enrolment, "employer.creditCode") as string | undefined) ?? null,
      zhTitle("contributionStatus", enrolment["contributionStatus"]),
      zhTitle("employmentStatus", enrolment["employmentStatus"]),
      slashed(get(enrolment, "period.start")),
      slashed(get(enrolment, "period.end")),
      yuan(enrolment["monthlyContributionBase"]),
      zhTitle("participationType", enrolment["participationType"]),
      zhTitle("enrolmentEndReason", enrolment["endReason"]),
      localTime(get(enrolment, "meta.lastUpdated")),
    ]);
  }
  const people = [...new Set(enrolments.map((e) => String(e["personId"])))].map((id) => persons.get(id)!);
  return { files: { "nhsa-enrolments.csv": iconv.encode(csv(rows), "gb18030") }, records: [...people, ...enrolments], mapping: nhsaMapping(code, records[0]!, enrolments[0]!) };
}

const assistanceKeys = new Set(["recordType", "id", "programme", "household", "coveredMembers", "city", "agency", "caseStatus", "dates", "monthlyStandard", "perCapitaIncome", "benefitAmount", "classifiedSupplement", "payments", "lastReviewDate", "nextReviewDate", "meta"]);
const memberKeys = new Set(["personId", "relationToHead", "covered"]);

/** 民政: households, their members and payments in three sheets of one workbook. */
export async function civilAffairsExport(city: City): Promise<LegacyExport> {
  const code = cities[city];
  const records = exampleRecords(city);
  const persons = personsOf(records);
  const households = records.filter(
    (r) =>
      r["recordType"] === "assistance" &&
      r["household"] !== undefined &&
      Object.keys(r).every((key) => assistanceKeys.has(key)) &&
      ((get(r, "household.members") as Json[] | undefined) ?? []).every((m) => Object.keys(m).every((key) => memberKeys.has(key)) && persons.has(String(m["personId"]))) &&
      ((r["payments"] as Json[] | undefined) ?? []).every((p) => Object.keys(p).every((key) => ["month", "amount", "paidOn"].includes(key))),
  );
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date("2026-11-01T00:00:00Z");
  workbook.modified = workbook.created;
  const householdSheet = workbook.addWorksheet("户信息");
  householdSheet.addRow(["户编号", "救助编号", "救助类别", "户主个人编号", "家庭人口数", "保障人数", "救助状态", "申请日期", "审批日期", "终止日期", "保障标准（元）", "家庭人均收入（元）", "保障金额（元）", "分类施保金（元）", "上次复核日期", "下次复核日期", "经办机构统一社会信用代码", "经办机构区划", "经办机构", "经办时间"]);
  for (const h of households) {
    householdSheet.addRow([
      get(h, "household.householdId"),
      localPart(h["id"], `${code}-A-`),
      zhTitle("assistanceProgramme", h["programme"]),
      localPart(get(h, "household.headPersonId"), `${code}-P-`),
      get(h, "household.size"),
      h["coveredMembers"] ?? null,
      zhTitle("caseStatus", h["caseStatus"]),
      dateCell(get(h, "dates.applied")),
      dateCell(get(h, "dates.approved")),
      dateCell(get(h, "dates.terminated")),
      h["monthlyStandard"] === undefined ? null : Number(h["monthlyStandard"]) / 100,
      h["perCapitaIncome"] === undefined ? null : Number(h["perCapitaIncome"]) / 100,
      Number(h["benefitAmount"]) / 100,
      h["classifiedSupplement"] === undefined ? null : Number(h["classifiedSupplement"]) / 100,
      dateCell(h["lastReviewDate"]),
      dateCell(h["nextReviewDate"]),
      get(h, "agency.creditCode"),
      get(h, "agency.division"),
      get(h, "agency.name"),
      localTime(get(h, "meta.lastUpdated")),
    ]);
  }
  const columns = personColumns("civil", code);
  const memberSheet = workbook.addWorksheet("成员信息");
  memberSheet.addRow(["户编号", ...columns.filter((c) => !["户编号", "与户主关系"].includes(c.header)).map((c) => c.header), "与户主关系", "是否保障对象"]);
  const people: Json[] = [];
  for (const h of households) {
    const members = (get(h, "household.members") as Json[] | undefined) ?? [];
    const first = memberSheet.rowCount + 1;
    for (const [i, member] of members.entries()) {
      const person = persons.get(String(member["personId"]))!;
      if (get(person, "household.householdId") !== get(h, "household.householdId") || get(person, "household.relationToHead") !== member["relationToHead"]) {
        throw new Error(`${String(person["id"])}: household fields differ from the household's member entry`);
      }
      people.push(person);
      // Codes with leading zeros (民族 01, 与户主关系 02) are text cells, as a careful office types them.
      memberSheet.addRow([i === 0 ? get(h, "household.householdId") : null, ...columns.filter((c) => !["户编号", "与户主关系"].includes(c.header)).map((c) => c.cell(person, 0)), member["relationToHead"], member["covered"] ? "是" : "否"]);
    }
    if (members.length > 1) memberSheet.mergeCells(first, 1, first + members.length - 1, 1);
  }
  const paymentSheet = workbook.addWorksheet("发放明细");
  paymentSheet.addRow(["户编号", "发放月份", "发放金额（元）", "发放日期"]);
  for (const h of households) {
    for (const payment of (h["payments"] as Json[] | undefined) ?? []) {
      // The amount is a formula with its cached value, as Excel saves it: the mapping reads the value.
      const amount = Number(payment["amount"]) / 100;
      paymentSheet.addRow([get(h, "household.householdId"), String(payment["month"]).replace("-", ""), { formula: `ROUND(${amount},2)`, result: amount }, dateCell(payment["paidOn"])]);
    }
  }
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return { files: { "civil-affairs.xlsx": bytes }, records: [...people, ...households], mapping: civilAffairsMapping(code, records[0]!, households[0]!["agency"]) };
}

const yamlHeader = (code: string, header: Json, publisher: unknown) => `mapping: czt-ss/1
header:
  schemaVersion: "${String(header["schemaVersion"])}"
  city: "${code}"
  asOf: "${String(header["asOf"])}"
  created: "${String(header["created"])}"
  publisher: ${JSON.stringify(publisher)}`;

const personFields = (dialect: "hrss" | "nhsa" | "civil", code: string) => {
  const c = (indicator: string, zh: string) => (dialect === "hrss" ? `indicator: ${indicator}` : `column: ${zh}`);
  const dateFormat = dialect === "hrss" ? "{ date: YYYYMMDD }" : dialect === "nhsa" ? "{ date: Y/M/D }" : "date";
  return `        id: { ${c("AAC001", "个人编号")}, transform: [{ prefix: "${code}-P-" }] }
        fields:
          idNumber: { ${c("AAC002", "公民身份号码")}, transform: [halfWidth, idNumber18], required: true }
          name: { ${c("AAC003", "姓名")}, required: true }
          sex: { ${c("AAC004", "性别")}${dialect === "hrss" ? ", transform: [{ crosswalk: { list: sex, codes: true } }]" : ", transform: [{ crosswalk: { list: sex, table: sex } }]"} }
          birthDate: { ${c("AAC006", "出生日期")}, transform: [${dateFormat}] }
          ethnicity: { ${c("AAC005", "民族")}, transform: [{ crosswalk: { list: ethnicity, codes: true } }] }
          hukou.division: { ${c("AAC010", "户籍所在地")} }
          hukou.residenceType: { column: 城乡类型, transform: [{ crosswalk: { list: residenceType } }] }
          hukou.historicalCategory: { ${c("AAC009", "户口性质")}, transform: [{ crosswalk: { list: hukouCategory${dialect === "hrss" ? ", table: hukou" : ""} } }] }
          residenceDivision: { ${c("AAB301", "居住地")} }
          contact.mobile: { ${c("AAE005", "手机号码")} }
          contact.phone: { column: 固定电话 }
          household.householdId: { column: 户编号${dialect === "civil" ? ", fillDown: true" : ""} }
          household.relationToHead: { column: 与户主关系, transform: [{ crosswalk: { list: relationToHead, codes: true } }] }
          meta.lastUpdated: { ${c("AAE036", "更新时间")}, transform: [dateTime] }`;
};

const defaults = (code: string, agency: unknown) => `defaults:
  person: { nationality: CHN }
  enrolment: { city: "${code}", agency: ${JSON.stringify(agency)} }`;

function hrssMapping(code: string, header: Json, sample: Json): string {
  return `# 人社 金保 export: enrolments (one row each, the person's columns repeated) and monthly
# contribution rows, GBK, headed by indicator codes. Generated with the legacy examples.
${yamlHeader(code, header, sample["agency"])}
crosswalks:
  hukou: { "10": non-agricultural, "20": agricultural }
${defaults(code, sample["agency"])}
sources:
  - name: enrolments
    file: hrss-enrolments.csv
    records:
      - recordType: person
        repeated: true
${personFields("hrss", code)}
      - recordType: enrolment
        id: { indicator: AAZ159, transform: [{ prefix: "${code}-E-" }] }
        fields:
          personId: { indicator: AAC001, transform: [{ prefix: "${code}-P-" }], required: true }
          scheme: { indicator: AAE140, transform: [{ crosswalk: { list: insuranceScheme, system: hrss } }], required: true }
          employer.creditCode: { column: 单位统一社会信用代码 }
          employer.name: { indicator: AAB004 }
          contributionStatus: { indicator: AAC008, transform: [{ crosswalk: { list: contributionStatus, codes: true } }] }
          employmentStatus: { indicator: AAC031, transform: [{ crosswalk: { list: employmentStatus, codes: true } }] }
          period.start: { indicator: AAE030, transform: [{ date: YYYYMMDD }] }
          period.end: { indicator: AAE031, transform: [{ date: YYYYMMDD }] }
          monthlyContributionBase: { indicator: AAC040, transform: [yuanToFen] }
          participationType: { column: 参保身份, transform: [{ crosswalk: { list: participationType } }] }
          endReason: { column: 终止原因, transform: [{ crosswalk: { list: enrolmentEndReason } }] }
          meta.lastUpdated: { column: 经办时间, transform: [dateTime] }
        key: { indicator: AAZ159 }
  - name: contributions
    file: hrss-contributions.csv
    records:
      - recordType: enrolment
        into: { source: enrolments, array: contributions, key: { indicator: AAZ159 }, groupBy: [year, monthlyBase, kind, paidOn, paidMonths], sum: [individualAmount, employerAmount], count: months }
        fields:
          year: { indicator: AAE002, transform: [year] }
          monthlyBase: { indicator: AAE180, transform: [yuanToFen] }
          individualAmount: { indicator: AAE022, transform: [yuanToFen] }
          employerAmount: { indicator: AAE020, transform: [yuanToFen] }
          kind: { column: 缴费类型, transform: [{ crosswalk: { list: contributionKind } }] }
          paidOn: { column: 到账日期, transform: [{ date: YYYYMMDD }] }
          paidMonths: { column: 实缴月数 }
`;
}

function nhsaMapping(code: string, header: Json, sample: Json): string {
  return `# 医保 平台 export: medical enrolments (one row each, the person's columns repeated), GBK,
# Chinese headers, insutype codes, dates as 2019/3/1. Generated with the legacy examples.
${yamlHeader(code, header, sample["agency"])}
crosswalks:
  sex: { 男: "1", 女: "2" }
${defaults(code, sample["agency"])}
sources:
  - name: enrolments
    file: nhsa-enrolments.csv
    records:
      - recordType: person
        repeated: true
${personFields("nhsa", code)}
      - recordType: enrolment
        id: { column: 参保登记号, transform: [{ prefix: "${code}-E-" }] }
        fields:
          personId: { column: 个人编号, transform: [{ prefix: "${code}-P-" }], required: true }
          scheme: { column: 险种类型, transform: [{ crosswalk: { list: insuranceScheme, system: nhsa } }], required: true }
          employer.creditCode: { column: 单位统一社会信用代码 }
          employer.name: { column: 单位名称 }
          contributionStatus: { column: 参保状态, transform: [{ crosswalk: { list: contributionStatus } }] }
          employmentStatus: { column: 人员类别, transform: [{ crosswalk: { list: employmentStatus } }] }
          period.start: { column: 参保开始日期, transform: [{ date: Y/M/D }] }
          period.end: { column: 参保终止日期, transform: [{ date: Y/M/D }] }
          monthlyContributionBase: { column: 月缴费基数（元）, transform: [yuanToFen] }
          participationType: { column: 参保身份, transform: [{ crosswalk: { list: participationType } }] }
          endReason: { column: 终止原因, transform: [{ crosswalk: { list: enrolmentEndReason } }] }
          meta.lastUpdated: { column: 经办时间, transform: [dateTime] }
`;
}

function civilAffairsMapping(code: string, header: Json, publisher: unknown): string {
  return `# 民政 export: a workbook with households (户信息), members (成员信息, the household number
# merged over its members' rows) and payments (发放明细). Generated with the legacy examples.
${yamlHeader(code, header, publisher)}
crosswalks:
  sex: { 男: "1", 女: "2" }
defaults:
  person: { nationality: CHN }
  assistance: { city: "${code}" }
sources:
  - name: households
    file: civil-affairs.xlsx
    sheet: 户信息
    records:
      - recordType: assistance
        id: { column: 救助编号, transform: [{ prefix: "${code}-A-" }] }
        key: { column: 户编号 }
        fields:
          programme: { column: 救助类别, transform: [{ crosswalk: { list: assistanceProgramme } }], required: true }
          household.householdId: { column: 户编号, required: true }
          household.headPersonId: { column: 户主个人编号, transform: [{ prefix: "${code}-P-" }] }
          household.size: { column: 家庭人口数, transform: [integer] }
          coveredMembers: { column: 保障人数, transform: [integer] }
          caseStatus: { column: 救助状态, transform: [{ crosswalk: { list: caseStatus } }] }
          dates.applied: { column: 申请日期, transform: [date] }
          dates.approved: { column: 审批日期, transform: [date] }
          dates.terminated: { column: 终止日期, transform: [date] }
          monthlyStandard: { column: 保障标准（元）, transform: [yuanToFen] }
          perCapitaIncome: { column: 家庭人均收入（元）, transform: [yuanToFen] }
          benefitAmount: { column: 保障金额（元）, transform: [yuanToFen] }
          classifiedSupplement: { column: 分类施保金（元）, transform: [yuanToFen] }
          lastReviewDate: { column: 上次复核日期, transform: [date] }
          nextReviewDate: { column: 下次复核日期, transform: [date] }
          agency.creditCode: { column: 经办机构统一社会信用代码 }
          agency.division: { column: 经办机构区划 }
          agency.department: { value: civilAffairs }
          agency.name: { column: 经办机构 }
          meta.lastUpdated: { column: 经办时间, transform: [dateTime] }
  - name: members
    file: civil-affairs.xlsx
    sheet: 成员信息
    records:
      - recordType: person
${personFields("civil", code)}
      - recordType: assistance
        into: { source: households, array: household.members, key: { column: 户编号, fillDown: true } }
        fields:
          personId: { column: 个人编号, transform: [{ prefix: "${code}-P-" }], required: true }
          relationToHead: { column: 与户主关系, transform: [{ crosswalk: { list: relationToHead, codes: true } }] }
          covered: { column: 是否保障对象, transform: [boolean] }
  - name: payments
    file: civil-affairs.xlsx
    sheet: 发放明细
    records:
      - recordType: assistance
        into: { source: households, array: payments, key: { column: 户编号 } }
        fields:
          month: { column: 发放月份, transform: [month] }
          amount: { column: 发放金额（元）, transform: [yuanToFen] }
          paidOn: { column: 发放日期, transform: [date] }
`;
}

/** Every legacy export of every city, by folder (`changsha/hrss`) — files, expected records, mapping. */
export async function legacyExports(): Promise<Record<string, LegacyExport>> {
  const all: Record<string, LegacyExport> = {};
  for (const city of Object.keys(cities) as City[]) {
    all[`${city}/hrss`] = hrssExport(city);
    all[`${city}/nhsa`] = nhsaExport(city);
    all[`${city}/civil-affairs`] = await civilAffairsExport(city);
  }
  return all;
}

/** Writes examples/legacy/<city>/<department>/ (the files, mapping.yaml, expected.jsonl). */
export async function writeLegacyExamples(root = join(repositoryRoot, "examples", "legacy")): Promise<void> {
  for (const [folder, legacy] of Object.entries(await legacyExports())) {
    const directory = join(root, folder);
    mkdirSync(directory, { recursive: true });
    for (const [name, bytes] of Object.entries(legacy.files)) writeFileSync(join(directory, name), bytes);
    writeFileSync(join(directory, "mapping.yaml"), legacy.mapping);
    writeFileSync(join(directory, "expected.jsonl"), legacy.records.map((record) => `${JSON.stringify(record)}\n`).join(""));
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) await writeLegacyExamples();
