// The page with a mapping file: legacy exports mapped in the browser as `czt map --validate`
// maps them, in real Chromium, compared with the CLI run as a process on the same files.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repository, runCzt } from "./support/czt.js";
import { downloadReport, type ReportDownload, screenshot, withoutTimings } from "./support/page.js";
import { openPage, type PageRun, requestsByOrigin, startPageRun, stopPageRun } from "./support/page-run.js";

const legacy = join(repository, "examples/legacy/changsha");
const departments = {
  hrss: ["hrss-contributions.csv", "hrss-enrolments.csv"],
  nhsa: ["nhsa-enrolments.csv"],
  "civil-affairs": ["civil-affairs.xlsx"],
} as const;

let run: PageRun;

beforeAll(async () => {
  run = await startPageRun("czt-web-mapping-");
});

afterAll(() => stopPageRun(run));

/** Picks a mapping file, then the data files, as a clerk does, and waits for the summary. */
async function mapAndValidate(page: Page, mapping: string, files: string[]): Promise<void> {
  await page.locator("#mapping").setInputFiles([mapping]);
  await page.locator("#files").setInputFiles(files);
  await page.locator("#results").waitFor({ state: "visible", timeout: 60_000 });
}

/** The page's report, downloaded as a user downloads it. */
const download = async (page: Page, format: ReportDownload) => readFileSync(await (await downloadReport(page, format)).path(), "utf8");

const downloadJson = (page: Page) => download(page, "json");

/** `czt map --validate` on the same files, its export written as mapped.jsonl (where the page locates the mapped records). */
async function cliMap(mapping: string, files: string[], extra: string[] = [], format = "json"): Promise<{ code: number | null; report: string; records: number }> {
  const work = mkdtempSync(join(run.scratch, "cli-"));
  const cli = await runCzt(["map", "--mapping", mapping, "--validate", "--output", "mapped.jsonl", "--format", format, "--lang", "en", ...extra, ...files], work);
  const records = readFileSync(join(work, "mapped.jsonl"), "utf8").trim().split("\n").length - 1;
  return { code: cli.code, report: cli.stdout, records };
}

describe("the validation page with a mapping file, in Chromium", () => {
  for (const [department, names] of Object.entries(departments)) {
    it(`maps Changsha's ${department} legacy export with its mapping.yaml: zero findings, the records and report of czt map`, async () => {
      const folder = join(legacy, department);
      const files = names.map((name) => join(folder, name));
      const cli = await cliMap(join(folder, "mapping.yaml"), files);
      expect(cli.code).toBe(0);
      expect(cli.records).toBeGreaterThan(0);
      const { context, page, errors } = await openPage(run);
      await mapAndValidate(page, join(folder, "mapping.yaml"), files);
      await page.locator("#clean").waitFor({ state: "visible" });
      await expect.poll(() => page.locator("#totals").textContent()).toContain(`Records${cli.records}Valid${cli.records}`);
      const pageReport = await downloadJson(page);
      expect(JSON.parse(pageReport).summary.records).toBe(cli.records);
      expect(withoutTimings(pageReport)).toBe(withoutTimings(cli.report));
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it("shows the map.* rules of broken legacy inputs (a payment whose household is missing, an unmapped code in a GBK CSV) at their sheet, A1 cell or column, and downloads the report czt map --validate writes", async () => {
    // A payment row of the workbook whose household is missing, and an unmapped 险种 code in the GBK CSV.
    const work = mkdtempSync(join(run.scratch, "broken-"));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(legacy, "civil-affairs/civil-affairs.xlsx"));
    workbook.getWorksheet("发放明细")!.getCell("A3").value = "430199-H-999999";
    const book = join(work, "civil-affairs.xlsx");
    await workbook.xlsx.writeFile(book);
    const enrolments = join(work, "hrss-enrolments.csv");
    const rows = iconv.decode(readFileSync(join(legacy, "hrss/hrss-enrolments.csv")), "gb18030").split("\r\n");
    const header = rows[0]!.split(",");
    const third = rows[2]!.split(",");
    third[header.indexOf("AAE140")] = "999";
    rows[2] = third.join(",");
    writeFileSync(enrolments, iconv.encode(rows.join("\r\n"), "gb18030"));
    const civilMapping = join(legacy, "civil-affairs/mapping.yaml");
    const hrssMapping = join(legacy, "hrss/mapping.yaml");
    const hrssFiles = [join(legacy, "hrss/hrss-contributions.csv"), enrolments];
    const civilCli = await cliMap(civilMapping, [book]);
    const hrssCli = await cliMap(hrssMapping, hrssFiles);
    expect([civilCli.code, hrssCli.code]).toEqual([1, 1]);

    const { context, page, errors } = await openPage(run);
    const rowsShown = page.locator("#rows .row");
    await mapAndValidate(page, civilMapping, [book]);
    await page.locator("#filter-rule").selectOption("map.parent-missing");
    await expect.poll(() => rowsShown.count()).toBe(1);
    const parentMissing = await rowsShown.first().textContent();
    expect(parentMissing).toContain("civil-affairs.xlsx#发放明细");
    expect(parentMissing).toContain("sheet 发放明细, cell A3");
    // The rule is titled in the summary as the validator's rules are.
    await expect.poll(() => page.locator("#rules-table").textContent()).toContain("map.parent-missing — Parent record missing");
    await page.locator("#filter-rule").selectOption("");
    await screenshot(page, "results-mapping");
    let pageReport = await downloadJson(page);
    expect(withoutTimings(pageReport)).toBe(withoutTimings(civilCli.report));
    // `czt map` writes no CSV report (its formats: text, json, sarif, junit, github): the page's CSV is the validator's writer over the same findings.
    for (const format of ["sarif", "junit"] as const) {
      expect(withoutTimings(await download(page, format)), format).toBe(withoutTimings((await cliMap(civilMapping, [book], [], format)).report));
    }
    type Report = { findings: { ruleId: string; file: string; line: number; column?: number; params: Record<string, string> }[] };
    expect((JSON.parse(pageReport) as Report).findings).toContainEqual(
      expect.objectContaining({ ruleId: "map.parent-missing", file: "civil-affairs.xlsx#发放明细", line: 3, column: 1, params: expect.objectContaining({ sheet: "发放明细", cell: "A3", value: "430199-H-999999" }) }),
    );

    await mapAndValidate(page, hrssMapping, hrssFiles);
    await page.locator("#filter-rule").selectOption("map.unmapped-code");
    await expect.poll(() => rowsShown.count()).toBe(1);
    expect(await rowsShown.first().textContent()).toContain("the code 999 has no standard code in the crosswalk (insuranceScheme, hrss) (column 'AAE140', field scheme)");
    await page.locator("#filter-rule").selectOption("");
    pageReport = await downloadJson(page);
    expect(withoutTimings(pageReport)).toBe(withoutTimings(hrssCli.report));
    expect((JSON.parse(pageReport) as Report).findings).toContainEqual(expect.objectContaining({ ruleId: "map.unmapped-code", file: "hrss-enrolments.csv", line: 3, column: 17, params: expect.objectContaining({ value: "999", header: "AAE140" }) }));
    expect(errors).toEqual([]);
    await context.close();
  });

  it("masks a personal source value as czt map does, and reveals it with the switch", async () => {
    const work = mkdtempSync(join(run.scratch, "id-number-"));
    const path = join(work, "nhsa-enrolments.csv");
    const rows = iconv.decode(readFileSync(join(legacy, "nhsa/nhsa-enrolments.csv")), "gb18030").split("\r\n");
    const column = rows[0]!.split(",").indexOf("公民身份号码");
    const second = rows[1]!.split(",");
    second[column] = "4301241975041803";
    rows[1] = second.join(",");
    writeFileSync(path, iconv.encode(rows.join("\r\n"), "gb18030"));
    const mapping = join(legacy, "nhsa/mapping.yaml");
    const { context, page } = await openPage(run);
    await mapAndValidate(page, mapping, [path]);
    await page.locator("#filter-rule").selectOption("map.invalid-id-number");
    await expect.poll(() => page.locator("#rows").textContent()).toContain("map.invalid-id-number");
    expect(await page.locator("#rows").textContent()).not.toContain("4301241975041803");
    expect(withoutTimings(await downloadJson(page))).toBe(withoutTimings((await cliMap(mapping, [path])).report));
    await page.locator("#reveal").check();
    await page.locator("#results").waitFor({ state: "visible" });
    expect(withoutTimings(await downloadJson(page))).toBe(withoutTimings((await cliMap(mapping, [path], ["--reveal"])).report));
    expect(JSON.stringify(JSON.parse(await downloadJson(page)).findings)).toContain("4301241975041803");
    await context.close();
  });

  it("says where an invalid mapping file is wrong, line and JSON pointer as czt map lists them, in English and Chinese, and checks nothing", async () => {
    const mapping = join(run.scratch, "broken-mapping.yaml");
    const text = readFileSync(join(legacy, "civil-affairs/mapping.yaml"), "utf8").replace("    sheet: 户信息\n", "    shet: 户信息\n");
    writeFileSync(mapping, text);
    const cli = await runCzt(["map", "--mapping", mapping, join(legacy, "civil-affairs/civil-affairs.xlsx")], run.scratch);
    expect(cli.code).toBe(2);
    // `  /path/broken-mapping.yaml:17 /sources/0: unknown member 'shet'`: the page names the file as it was picked.
    const problems = cli.stderr
      .split("\n")
      .filter((line) => line.startsWith("  "))
      .map((line) => line.trim().replace(mapping, basename(mapping)));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toContain("unknown member 'shet'");
    const { context, page, errors } = await openPage(run);
    // The mapping picker is reached from the files picker with the keyboard, and labelled in both languages.
    await page.locator("#files").focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("mapping");
    expect(await page.locator("#mapping").evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent)).toMatch(/^Mapping file/);
    await page.locator("#mapping").setInputFiles([mapping]);
    await page.locator("#files").setInputFiles([join(legacy, "civil-affairs/civil-affairs.xlsx")]);
    const status = page.locator("#status");
    await expect.poll(() => status.textContent()).toContain("The mapping file broken-mapping.yaml is invalid");
    for (const problem of problems) expect(await status.textContent()).toContain(problem);
    expect(await page.locator("#results").isVisible()).toBe(false);
    await page.locator("#language").click();
    await expect.poll(() => status.textContent()).toContain("映射文件 broken-mapping.yaml 有误");
    expect(await page.locator("#mapping").evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent)).toMatch(/^映射文件/);
    // The mapping removed, the same file is checked as it is (czt validate reads the workbook as CZT-SS sheets).
    await page.locator("#remove-mapping").click();
    await page.locator("#results").waitFor({ state: "visible" });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("maps a large legacy CSV with progress, cancels it at once, and maps again afterwards", async () => {
    const folder = join(legacy, "nhsa");
    const lines = iconv.decode(readFileSync(join(folder, "nhsa-enrolments.csv")), "gb18030").trim().split("\r\n");
    const header = lines[0]!.split(",");
    const [person, enrolment] = [header.indexOf("个人编号"), header.indexOf("参保登记号")];
    const templates = lines.slice(1).map((line) => line.split(","));
    const rows = Array.from({ length: 150_000 }, (_, i) => {
      const cells = [...templates[i % templates.length]!];
      cells[person] = String(i + 1).padStart(7, "0");
      cells[enrolment] = String(i + 1).padStart(7, "0");
      return cells.join(",");
    });
    const large = join(mkdtempSync(join(run.scratch, "large-")), "nhsa-enrolments.csv");
    writeFileSync(large, iconv.encode(`${[lines[0], ...rows].join("\r\n")}\r\n`, "gb18030"));
    const { context, page } = await openPage(run);
    await page.locator("#mapping").setInputFiles([join(folder, "mapping.yaml")]);
    await page.locator("#files").setInputFiles([large]);
    await page.locator("#running").waitFor({ state: "visible" });
    // Bytes read and records mapped so far, while the worker maps.
    await expect.poll(() => page.locator("#progress-text").textContent(), { timeout: 30_000 }).toMatch(/^[1-9][\d.]* (KB|MB) of [\d.]+ MB read, [1-9][\d,]* records$/);
    await page.locator("#cancel").click();
    await expect.poll(() => page.locator("#status").textContent()).toBe("Validation cancelled.");
    await page.locator("#results").waitFor({ state: "hidden" });
    await page.locator("#files").setInputFiles([join(folder, "nhsa-enrolments.csv")]);
    await page.locator("#clean").waitFor({ state: "visible", timeout: 60_000 });
    await context.close();
  });

  it("takes the mapping file dropped with the data, maps and validates them with the CZT-SS files alongside as one dataset, shows a mapped record, and makes no request but for its own files", async () => {
    const folder = join(legacy, "nhsa");
    const { context, page, requests } = await openPage(run);
    await page.locator("#files").setInputFiles([join(folder, "mapping.yaml"), join(folder, "nhsa-enrolments.csv"), join(repository, "examples/jsonl/changsha.jsonl")]);
    await page.locator("#results").waitFor({ state: "visible", timeout: 60_000 });
    expect(await page.locator("#mapping").evaluate((input) => (input as HTMLInputElement).files?.[0]?.name)).toBe("mapping.yaml");
    // The legacy export was generated from the Changsha example: its mapped records repeat ids of changsha.jsonl, which only a dataset rule across both can see.
    const cli = await cliMap(join(folder, "mapping.yaml"), [join(folder, "nhsa-enrolments.csv")]);
    const mappedRecords = cli.records;
    const exampleRecords = readFileSync(join(repository, "examples/jsonl/changsha.jsonl"), "utf8").trim().split("\n").length - 1;
    await expect.poll(() => page.locator("#totals").textContent()).toContain(`Records${mappedRecords + exampleRecords}`);
    await page.locator("#filter-file").selectOption("mapped.jsonl");
    const rows = page.locator("#rows .row");
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    await rows.first().click();
    await page.locator("#record mark").waitFor({ state: "visible" });
    expect(await page.locator("#record").textContent()).toContain('"recordType"');
    const download = await downloadReport(page, "sarif");
    await download.path();
    const { own, others } = requestsByOrigin(requests, run.server.url);
    expect(others).toEqual([]);
    for (const url of own) expect(url.slice(run.server.url.length)).toMatch(/^(|index\.html|assets\/[\w-]+\.(js|css))$/);
    await context.close();
  });
});
