import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { runCzt } from "./run-czt.js";

interface Report {
  summary: { records: number; valid: number; invalid: number; errors: number; warnings: number; byRule: Record<string, number> };
  findings: { ruleId: string; file: string; line: number; message: string; pointer?: string }[];
}

/** A 区县 office's export: Chinese titles as headers, 人员 as the record type, 男/女 for sex, GB18030 text. */
const chineseCsv = [
  "记录类型,记录标识,公民身份号码,姓名,性别,出生日期,民族,国籍,户籍.户籍所在地,户籍.城乡类型,居住地,联系方式.手机号码,记录元数据.最后更新时间",
  "人员,430100-P-000001,430124197504180315,周志强,男,1975-04-18,01,CHN,430104,urban,430104,13807315526,2025-04-02T16:10:00+08:00",
  "人员,430100-P-000002,430103195409120460,陈桂兰,女性,1954-09-12,01,CHN,430103,城镇,430103,,2026-10-30T17:45:00+08:00",
  "person,430100-P-000003,430103198203050157,陈小军,1,1982-03-05,01,CHN,430103,urban,430103,,2026-10-30T17:45:00+08:00",
].join("\r\n");

let dir: string;

async function validate(args: string[]): Promise<{ code: number; report: Report }> {
  const run = await runCzt(["validate", "--format", "json", "--checks", "record", ...args], { cwd: dir });
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "czt-zh-headers-"));
  writeFileSync(join(dir, "people-gb18030.csv"), iconv.encode(`${chineseCsv}\r\n`, "gb18030"));
  writeFileSync(join(dir, "people-utf8.csv"), `${chineseCsv}\n`);
  writeFileSync(join(dir, "bad-sex.csv"), `${chineseCsv.split("\r\n")[0]}\n${chineseCsv.split("\r\n")[1]!.replace(",男,", ",男人,")}\n`);
  writeFileSync(join(dir, "no-type.csv"), "记录标识,姓名\n430100-P-000001,周志强\n");
});

describe("czt validate reads CSV headers written as the fields' Chinese titles", () => {
  it("a GB18030 CSV with Chinese headers, zh record types and code titles: zero findings", async () => {
    const { code, report } = await validate(["--encoding", "gb18030", "people-gb18030.csv"]);
    expect(report.findings).toEqual([]);
    expect(report.summary).toMatchObject({ records: 3, valid: 3, invalid: 0, errors: 0, warnings: 0 });
    expect(code).toBe(0);
  });

  it("detected as GB18030 without --encoding: only the encoding notice, every record valid", async () => {
    const { report } = await validate(["people-gb18030.csv"]);
    expect(report.findings.map((finding) => finding.ruleId)).toEqual(["input.encoding"]);
    expect(report.summary).toMatchObject({ records: 3, valid: 3 });
  });

  it("the same rows in UTF-8 are valid too", async () => {
    const { code, report } = await validate(["people-utf8.csv"]);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
  });

  it("a sex that is neither a code nor a title is a located finding on /sex", async () => {
    const { code, report } = await validate(["--lang", "zh", "bad-sex.csv"]);
    expect(code).toBe(1);
    expect(report.findings).toMatchObject([{ file: "bad-sex.csv", line: 2, pointer: "/sex" }]);
  });

  it("no record type column under --lang zh: the message is Chinese and names both accepted headers", async () => {
    const run = await runCzt(["validate", "--lang", "zh", "no-type.csv"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("no-type.csv:1 错误 input.csv-columns: 首行没有 recordType（记录类型）列");
  });
});
