// Round trip as a property: generated CZT records → a legacy layout (GB18030 CSV, Chinese
// headers, local codes, 元, mixed date formats, 15-digit numbers, full-width digits) →
// mapFiles → exactly the generated records, for every generated dataset, not only the fixtures.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { idNumberArbitrary } from "@czt/domain/arbitraries";
import { codeLists } from "@czt/schemas";
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { type MapProblem, parseMapping } from "../src/index.js";
import { mapFiles } from "../src/node/index.js";

type Json = Record<string, unknown>;

const mappingText = `mapping: czt-ss/1
header: { city: "430100", publisher: { creditCode: 11430100MB1C00716X, division: "430100", department: healthcareSecurity, name: 长沙市医疗保障局 } }
crosswalks: { sex: { 男: "1", 女: "2" } }
defaults:
  person: { nationality: CHN }
  enrolment: { city: "430100" }
sources:
  - name: rows
    file: "*.csv"
    records:
      - recordType: person
        repeated: true
        id: { column: 个人编号, transform: [{ prefix: "430100-P-" }] }
        fields:
          idNumber: { column: 公民身份号码, transform: [halfWidth, idNumber18] }
          name: { column: 姓名 }
          sex: { column: 性别, transform: [{ crosswalk: { list: sex, table: sex } }] }
          birthDate: { column: 出生日期, transform: [date] }
          hukou.residenceType: { column: 城乡类型, transform: [{ crosswalk: { list: residenceType } }] }
          meta.lastUpdated: { column: 更新时间, transform: [dateTime] }
      - recordType: enrolment
        id: { column: 参保登记号, transform: [{ prefix: "430100-E-" }] }
        fields:
          personId: { column: 个人编号, transform: [{ prefix: "430100-P-" }] }
          scheme: { column: 险种类型, transform: [{ crosswalk: { list: insuranceScheme, system: nhsa } }] }
          period.start: { column: 参保开始日期, transform: [date] }
          monthlyContributionBase: { column: 月缴费基数（元）, transform: [yuanToFen] }
`;

const nhsaSchemes = codeLists.insuranceScheme.codes.filter((entry) => entry.localCodesBySystem?.nhsa?.length);
const isoDate = fc.integer({ min: Date.UTC(1950, 0, 1) / 86_400_000, max: Date.UTC(2025, 11, 31) / 86_400_000 }).map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
const names = fc.array(fc.constantFrom(..."张王李赵刘陈杨黄周吴志强桂兰小军秀英建华"), { minLength: 2, maxLength: 3 }).map((chars) => chars.join(""));

const personArbitrary = fc.record({
  idNumber: idNumberArbitrary({ minBirthDate: "1930-01-01", maxBirthDate: "2010-12-31" }),
  name: names,
  sex: fc.constantFrom("1", "2"),
  birthDate: isoDate,
  residenceType: fc.constantFrom("urban", "rural"),
  lastUpdated: fc.tuple(isoDate, fc.integer({ min: 0, max: 86_399 })).map(([date, s]) => `${date}T${[Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, "0")).join(":")}+08:00`),
  enrolments: fc.array(fc.record({ scheme: fc.constantFrom(...nhsaSchemes.map((entry) => entry.code)), start: isoDate, base: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }) }), { maxLength: 3 }),
});

/** How the legacy system writes a value: one of the forms the mapping must read back. */
const layout = fc.record({ dateForm: fc.constantFrom("iso", "compact", "slashed"), legacyIds: fc.boolean(), fullWidth: fc.boolean() });

const toFullWidth = (text: string) => text.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const formatDate = (date: string, form: string) => (form === "compact" ? date.replaceAll("-", "") : form === "slashed" ? date.split("-").map(Number).join("/") : date);
const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;

describe("round trip: records → legacy CSV → czt map's mapper → the same records", () => {
  const parsed = parseMapping(mappingText);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const mapping = parsed.mapping;

  it("holds for generated datasets in every date form, with 15-digit and full-width identity numbers", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(personArbitrary, { minLength: 1, maxLength: 12, selector: (person) => person.idNumber }), layout, async (people, form) => {
        const expected: Json[] = [];
        const rows = [["个人编号", "公民身份号码", "姓名", "性别", "出生日期", "城乡类型", "更新时间", "参保登记号", "险种类型", "参保开始日期", "月缴费基数（元）"].join(",")];
        let enrolmentNumber = 0;
        for (const [index, p] of people.entries()) {
          const localId = String(index + 1).padStart(6, "0");
          const person: Json = { recordType: "person", id: `430100-P-${localId}`, idNumber: p.idNumber, name: p.name, sex: p.sex, birthDate: p.birthDate, hukou: { residenceType: p.residenceType }, meta: { lastUpdated: p.lastUpdated }, nationality: "CHN" };
          expected.push(person);
          const born19 = p.idNumber.slice(6, 8) === "19";
          let written = form.legacyIds && born19 ? p.idNumber.slice(0, 6) + p.idNumber.slice(8, 17) : p.idNumber;
          if (form.fullWidth) written = toFullWidth(written);
          const personCells = [localId, written, p.name, p.sex === "1" ? "男" : "女", formatDate(p.birthDate, form.dateForm), p.residenceType === "urban" ? "城镇" : "农村", p.lastUpdated.replace("T", " ").replace("+08:00", "")];
          const enrolments = p.enrolments.length > 0 ? p.enrolments : [undefined];
          for (const e of enrolments) {
            if (!e) {
              rows.push([...personCells, "", "", "", ""].join(","));
              continue;
            }
            const enrolmentId = String(++enrolmentNumber).padStart(6, "0");
            const enrolment: Json = { recordType: "enrolment", id: `430100-E-${enrolmentId}`, personId: person["id"], scheme: e.scheme, period: { start: e.start }, city: "430100" };
            if (e.base !== undefined) enrolment["monthlyContributionBase"] = e.base;
            expected.push(enrolment);
            const local = nhsaSchemes.find((entry) => entry.code === e.scheme)!.localCodesBySystem!.nhsa![0]!;
            rows.push([...personCells, enrolmentId, local, formatDate(e.start, form.dateForm), e.base === undefined ? "" : yuan(e.base)].join(","));
          }
        }
        const directory = mkdtempSync(join(tmpdir(), "czt-round-trip-"));
        writeFileSync(join(directory, "export.csv"), iconv.encode(`${rows.join("\r\n")}\r\n`, "gb18030"));
        const records: Json[] = [];
        const problems: MapProblem[] = [];
        await mapFiles(mapping, [join(directory, "export.csv")], { record: (record) => records.push(record), problem: (problem) => problems.push(problem) });
        // A person's row without an enrolment holds no enrolment: no record, and no finding.
        expect(problems).toEqual([]);
        const byId = (list: Json[]) => new Map(list.map((record) => [record["id"], record]));
        expect(byId(records)).toEqual(byId(expected));
      }),
      { numRuns: 40 },
    );
  });
});
