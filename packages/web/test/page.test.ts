import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repository, runCzt } from "./support/czt.js";
import { downloadReport, ruleIdsShown, screenshot, validate, withoutTimings } from "./support/page.js";
import { openPage, type PageRun, requestsByOrigin, startPageRun, stopPageRun } from "./support/page-run.js";

const examples = join(repository, "examples");
const cities = ["changsha", "xiangtan", "zhuzhou"];
const demo = join(examples, "demo/zhuzhou-with-faults.jsonl");
/** The demo export's records (its lines but the header), as the summary counts them. */
const demoRecords = readFileSync(demo, "utf8").trim().split("\n").length - 1;
/** The last line of the demo export with a finding (the examples change; the page must follow the CLI). */
const lastDemoFindingLine = async () => {
  const report = JSON.parse((await runCzt(["validate", "--format", "json", "--max-findings", "all", demo])).stdout) as { findings: { line: number }[] };
  return String(Math.max(...report.findings.map((finding) => finding.line)));
};
const manifest = JSON.parse(readFileSync(join(examples, "invalid-manifest.json"), "utf8")) as { file: string; ruleId: string; validatorRuleId?: string }[];

let run: PageRun;

beforeAll(async () => {
  run = await startPageRun("czt-web-");
});

afterAll(() => stopPageRun(run));

describe("the validation page in Chromium", () => {
  it("validates the three cities' exports together (JSON Lines, then JSON packages) with no finding, as the CLI does", async () => {
    const { context, page } = await openPage(run);
    await expect.poll(() => page.locator("#status").textContent()).toBe("No file checked yet.");
    await screenshot(page, "empty");
    for (const folder of ["jsonl", "json"]) {
      await validate(page, cities.map((city) => join(examples, folder, `${city}.${folder}`)));
      const cli = JSON.parse((await runCzt(["validate", "--format", "json", join(examples, folder)])).stdout);
      await page.locator("#clean").waitFor({ state: "visible" });
      await expect.poll(() => page.locator("#totals").textContent()).toContain(`Records${cli.summary.records}`);
      expect(cli.summary.errors + cli.summary.warnings + cli.summary.infos).toBe(0);
      await page.locator("#findings-section").waitFor({ state: "hidden" });
    }
    await context.close();
  });

  it("shows the rule of each invalid example", async () => {
    const { context, page } = await openPage(run);
    // The rule czt validate reports: the manifest's validatorRuleId where it differs from the schema rule.
    for (const { file, ruleId: schemaRuleId, validatorRuleId } of manifest) {
      const ruleId = validatorRuleId ?? schemaRuleId;
      await validate(page, [join(examples, "invalid", file)]);
      expect(await ruleIdsShown(page), file).toContain(ruleId);
      await expect.poll(() => page.locator("#rules-table").textContent()).toContain(ruleId);
    }
    await context.close();
  });

  it("reads a GBK (GB18030) CSV export, says it did, and reports what the CLI reports", async () => {
    const utf8 = join(run.scratch, "utf8.csv");
    await runCzt(["generate", "--type", "record", "--count", "40", "--format", "csv", "--output", utf8]);
    const gbk = join(run.scratch, "gbk-export.csv");
    writeFileSync(gbk, execFileSync("iconv", ["-f", "UTF-8", "-t", "GB18030", utf8]));
    const { context, page } = await openPage(run);
    await page.locator("#reveal").check();
    await validate(page, [gbk]);
    expect(await ruleIdsShown(page)).toContain("input.encoding");
    await page.locator("#filter-rule").selectOption("input.encoding");
    await expect.poll(() => page.locator("#rows").textContent()).toContain("GB18030");
    await page.locator("#filter-rule").selectOption("");
    const download = await downloadReport(page, "json");
    const pageReport = readFileSync(await download.path(), "utf8");
    const cli = await runCzt(["validate", "--format", "json", "--lang", "en", "--max-findings", "all", "--reveal", basename(gbk)], run.scratch);
    expect(withoutTimings(pageReport)).toBe(withoutTimings(cli.stdout));
    expect(JSON.parse(pageReport).summary.records).toBe(40);
    await context.close();
  });

  it("reads an XLSX workbook sheet by sheet as czt validate does: zh sheet name and headers, a date cell, a blank row, locations file#sheet", async () => {
    const book = join(run.scratch, "book.xlsx");
    const workbook = new ExcelJS.Workbook();
    const people = workbook.addWorksheet("人员");
    people.addRow(["记录标识", "公民身份号码", "姓名", "性别", "出生日期", "国籍", "户籍所在地", "户籍.城乡类型", "记录元数据.最后更新时间"]);
    people.addRow(["430100-P-000001", "430124197504180315", "周志强", "男", new Date("1975-04-18T00:00:00Z"), "CHN", "430104", "城镇", "2025-04-02T16:10:00+08:00"]);
    people.addRow([]);
    people.addRow(["430100-P-000002", "430103195409120460", "陈桂兰", "女人", new Date("1954-09-12T00:00:00Z"), "CHN", "430103", "城镇", "2026-10-30T17:45:00+08:00"]);
    const mixed = workbook.addWorksheet("export");
    mixed.addRow(["recordType", "id", "idNumber", "name", "sex", "birthDate", "nationality", "meta.lastUpdated"]);
    mixed.addRow(["person", "430100-P-000003", "430103198203050157", "陈小军", "1", "1982-03-05", "CHN", "2026-10-30T17:45:00+08:00"]);
    await workbook.xlsx.writeFile(book);
    const { context, page } = await openPage(run);
    await validate(page, [book]);
    await expect.poll(() => page.locator("#totals").textContent()).toContain("Records3");
    const download = await downloadReport(page, "json");
    const pageReport = readFileSync(await download.path(), "utf8");
    const cli = await runCzt(["validate", "--format", "json", "--lang", "en", "--max-findings", "all", basename(book)], run.scratch);
    expect(withoutTimings(pageReport)).toBe(withoutTimings(cli.stdout));
    expect(JSON.parse(pageReport).findings).toContainEqual(expect.objectContaining({ ruleId: "schema.enum", file: "book.xlsx#人员", line: 4, pointer: "/sex" }));
    await context.close();
  });

  it("cancels a large run at once, keeps nothing of it, and validates again afterwards", async () => {
    const large = join(run.scratch, "large.jsonl");
    await runCzt(["generate", "--count", "300000", "--seed", "7", "--output", large]);
    const { context, page } = await openPage(run);
    await page.locator("#files").setInputFiles([large]);
    await page.locator("#running").waitFor({ state: "visible" });
    await expect.poll(() => page.locator("#progress-text").textContent(), { timeout: 30_000 }).toContain("records");
    await screenshot(page, "running");
    await page.locator("#cancel").click();
    await expect.poll(() => page.locator("#status").textContent()).toBe("Validation cancelled.");
    await page.locator("#running").waitFor({ state: "hidden" });
    await page.locator("#results").waitFor({ state: "hidden" });
    await validate(page, [demo]);
    await expect.poll(() => page.locator("#totals").textContent()).toContain(`Records${demoRecords}`);
    await context.close();
  });

  it("starts in the browser's language, switches between Chinese and English, and has every text in both", async () => {
    const { context, page } = await openPage(run, "zh-CN");
    await expect.poll(() => page.locator("h1").textContent()).toBe("CZT-SS 数据校验");
    await validate(page, [demo]);
    await expect.poll(() => page.locator("#totals").textContent()).toContain(`记录${demoRecords}`);
    await expect.poll(() => page.locator("#rows").textContent()).toContain("公民身份号码");
    await screenshot(page, "results-zh");
    const emptyTexts = () => page.locator("[data-text]").evaluateAll((elements) => elements.filter((element) => element.textContent?.trim() === "").length);
    expect(await emptyTexts()).toBe(0);
    await page.locator("#language").click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("CZT-SS validator");
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");
    await expect.poll(() => page.locator("#totals").textContent()).toContain(`Records${demoRecords}`);
    await expect.poll(() => page.locator("#rows").textContent()).toContain("Identity number");
    expect(await emptyTexts()).toBe(0);
    await screenshot(page, "results-en");
    await context.close();
  });

  it("filters the findings by severity, rule, file and text, and shows a finding's record with the field highlighted, masked unless revealed", async () => {
    const { context, page } = await openPage(run);
    await validate(page, [demo, join(examples, "invalid/person-missing-name.jsonl")]);
    const rows = page.locator("#rows .row");
    const shown = page.locator("#shown");
    await expect.poll(() => shown.textContent()).toBe("11 of 11 shown");
    // Sorting by line, then by line descending.
    const lines = () => page.locator("#rows .row > span:nth-child(4)").allTextContents();
    await page.locator('#table-head button:has-text("Line")').click();
    await expect.poll(async () => (await lines())[0]).toBe("2");
    await page.locator('#table-head button:has-text("Line")').click();
    const lastLine = await lastDemoFindingLine();
    await expect.poll(async () => (await lines())[0]).toBe(lastLine);
    expect(await page.locator('#table-head button:has-text("Line")').getAttribute("aria-sort")).toBe("descending");
    await page.locator("#filter-severity").selectOption("warning");
    await expect.poll(() => shown.textContent()).toBe("3 of 11 shown");
    await expect.poll(() => rows.count()).toBe(3);
    await page.locator("#filter-severity").selectOption("");
    await page.locator("#filter-rule").selectOption("dataset.unresolved-reference");
    await expect.poll(() => rows.count()).toBe(2);
    await page.locator("#filter-rule").selectOption("");
    await page.locator("#filter-file").selectOption("person-missing-name.jsonl");
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => rows.first().textContent()).toContain("schema.required");
    await page.locator("#filter-file").selectOption("");
    await page.locator("#filter-text").fill("430200-P-000001");
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().click();
    await expect.poll(() => page.locator("#record mark").textContent()).toBe('"430124********0310"');
    await expect.poll(() => page.locator("#record-note").textContent()).toBe("Personal data is masked.");
    await page.locator("#reveal").check();
    await page.locator("#results").waitFor({ state: "visible" });
    await page.locator("#filter-text").fill("430200-P-000001");
    await page.locator("#rows .row").first().click();
    await expect.poll(() => page.locator("#record mark").textContent()).toMatch(/"430124\d{8}0310"/);
    await context.close();
  });

  it("downloads each report format identical to the CLI's for the same input and options", async () => {
    const { context, page } = await openPage(run);
    await validate(page, [demo]);
    const extensions = { json: "json", sarif: "sarif", junit: "xml", csv: "csv" } as const;
    for (const lang of ["en", "zh"] as const) {
      if (lang === "zh") await page.locator("#language").click();
      for (const format of ["json", "sarif", "junit", "csv"] as const) {
        const download = await downloadReport(page, format);
        expect(download.suggestedFilename()).toBe(`czt-report.${extensions[format]}`);
        const pageReport = readFileSync(await download.path(), "utf8");
        const cli = await runCzt(["validate", "--format", format, "--lang", lang, "--max-findings", "all", basename(demo)], join(examples, "demo"));
        expect(cli.code).toBe(1);
        expect(withoutTimings(pageReport), `${format} ${lang}`).toBe(withoutTimings(cli.stdout));
        expect(pageReport.length).toBeGreaterThan(200);
      }
    }
    await context.close();
  });

  it("lists 100 000 findings with only the rows in view in the page, and scrolls to the last", async () => {
    const lines = readFileSync(join(examples, "invalid/person-missing-name.jsonl"), "utf8").trim().split("\n");
    const [header, person] = [lines[0]!, lines[1]!];
    const many = join(run.scratch, "many-findings.jsonl");
    const records = Array.from({ length: 100_000 }, (_, i) => person.replace('"430100-P-000001"', `"430100-P-${String(i + 1).padStart(6, "0")}"`));
    writeFileSync(many, `${header}\n${records.join("\n")}\n`);
    const { context, page } = await openPage(run);
    await validate(page, [many], 120_000);
    const total = await page.evaluate(() => Number(document.getElementById("table")?.getAttribute("aria-rowcount")) - 1);
    expect(total).toBeGreaterThanOrEqual(100_000);
    expect(await page.locator("#rows .row").count()).toBeLessThan(80);
    await page.locator("#viewport").evaluate((viewport) => {
      viewport.scrollTop = viewport.scrollHeight;
    });
    await expect.poll(() => page.locator("#rows .row").last().getAttribute("aria-rowindex")).toBe(String(total + 1));
    await page.locator("#filter-text").fill("430100-P-099999");
    await expect.poll(() => page.locator("#rows .row").count()).toBeGreaterThan(0);
    expect(await page.locator("#rows").textContent()).toContain("430100-P-099999");
    await context.close();
  });

  it("works from the keyboard alone, labels its controls, and prints the summary without the controls", async () => {
    const { context, page } = await openPage(run);
    const focused = () => page.evaluate(() => document.activeElement?.id ?? "");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("language");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("files");
    await validate(page, [demo]);
    // Every form control has a label a screen reader reads.
    const unlabelled = await page.locator("input, select").evaluateAll((controls) => controls.filter((control) => (control as HTMLInputElement).labels?.length === 0).map((control) => control.id));
    expect(unlabelled).toEqual([]);
    await page.locator("#viewport").focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => page.locator("#rows .row.selected").textContent()).toContain("transfer.funds-within-pool");
    await expect.poll(() => page.locator("#record mark").textContent()).toBe("1");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#totals").isVisible()).toBe(true);
    expect(await page.locator("#rules-table").isVisible()).toBe(true);
    for (const hidden of ["#findings-section", "#downloads", "#input"]) expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    await context.close();
  });

  it("takes a reference date and a parameter file as czt validate --as-of and --params do, and says what is wrong with a bad parameter file", async () => {
    const params = join(examples, "parameters/placeholder-parameters.json");
    const { context, page } = await openPage(run);
    await page.locator("#options summary").click();
    await page.locator("#as-of").fill("2026-10-31");
    await page.locator("#params").setInputFiles([params]);
    await validate(page, [demo]);
    const download = await downloadReport(page, "json");
    const pageReport = readFileSync(await download.path(), "utf8");
    const cli = await runCzt(["validate", "--format", "json", "--lang", "en", "--max-findings", "all", "--as-of", "2026-10-31", "--params", params, basename(demo)], join(examples, "demo"));
    expect(withoutTimings(pageReport)).toBe(withoutTimings(cli.stdout));
    const broken = join(run.scratch, "broken-parameters.json");
    writeFileSync(broken, JSON.stringify({ contributionBases: "none" }));
    await page.locator("#params").setInputFiles([broken]);
    await expect.poll(() => page.locator("#status").textContent()).toMatch(/^Validation failed: broken-parameters\.json: .+/);
    await context.close();
  });

  it("makes no request but for its own files while validating, and its policy forbids any connection", async () => {
    const { context, page, requests } = await openPage(run);
    await validate(page, [...cities.map((city) => join(examples, "jsonl", `${city}.jsonl`)), demo]);
    await page.locator("#rows .row").first().click();
    await page.locator("#record mark").waitFor({ state: "visible" });
    const download = await downloadReport(page, "sarif");
    await download.path();
    const { own, others } = requestsByOrigin(requests, run.server.url);
    expect(others).toEqual([]);
    // Only the built files: the page, its script, its style; the worker starts from a blob: of the script.
    for (const url of own) expect(url.slice(run.server.url.length)).toMatch(/^(|index\.html|assets\/[\w-]+\.(js|css))$/);
    expect(requests.filter((url) => url.startsWith("blob:")).length).toBeGreaterThan(0);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy).toContain("connect-src 'none'");
    // This server sends no policy header: the page's own policy blocks connections, the worker's included.
    const attempt = (url: string) => fetch(url).then(() => "connected", () => "blocked");
    expect(await page.evaluate(attempt, `${run.server.url}index.html`)).toBe("blocked");
    const [worker] = page.workers();
    expect(worker).toBeDefined();
    expect(await worker!.evaluate(attempt, `${run.server.url}index.html`)).toBe("blocked");
    await context.close();
  });
});
