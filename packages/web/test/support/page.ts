import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Download, Page } from "playwright-core";

/** Where the tests write their screenshots (ignored by git; docs/images/ keeps the one the README shows). */
export const screenshots = fileURLToPath(new URL("../../test-output/screenshots/", import.meta.url));

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: `${screenshots}${name}.png`, fullPage: true });
}

/** Picks files as a clerk does, and waits for the summary. */
export async function validate(page: Page, files: string[], timeout = 60_000): Promise<void> {
  await page.locator("#files").setInputFiles(files);
  await page.locator("#results").waitFor({ state: "visible", timeout });
}

/** The rule ids the findings table lists (all rows: the table is scrolled through). */
export async function ruleIdsShown(page: Page): Promise<string[]> {
  return page.locator("#filter-rule option").evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).filter((value) => value !== ""));
}

/** The report's figures that depend on the clock (run time, records per second), blanked. */
export function withoutTimings(report: string): string {
  return report
    .replace(/"elapsedMs": [\d.]+/g, '"elapsedMs": 0')
    .replace(/"recordsPerSecond": [\d.]+/g, '"recordsPerSecond": 0')
    .replace(/ time="[\d.]+"/g, ' time="0"');
}

export type ReportDownload = "json" | "sarif" | "junit" | "csv";

/** Clicks a report download as a user does; the file is on disk once `path()` resolves. */
export async function downloadReport(page: Page, format: ReportDownload): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator(`#downloads [data-format="${format}"]`).click()]);
  return download;
}
