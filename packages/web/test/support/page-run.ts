import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "./browser.js";
import { repository } from "./czt.js";
import { type StaticServer, serveFolder } from "./static-server.js";

/** What a browser test file runs against: Debian's chromium, the built page on a loopback server, a scratch folder. */
export interface PageRun {
  browser: Browser;
  server: StaticServer;
  scratch: string;
}

export async function startPageRun(scratchPrefix: string): Promise<PageRun> {
  const browser = await launchChromium();
  const server = await serveFolder(join(repository, "packages/web/dist"));
  return { browser, server, scratch: mkdtempSync(join(tmpdir(), scratchPrefix)) };
}

export async function stopPageRun(run: PageRun | undefined): Promise<void> {
  await run?.browser.close();
  await run?.server.close();
}

/** The requests a page made, split into its own files (`blob:` and `data:` are its own too) and any other. */
export function requestsByOrigin(requests: readonly string[], pageUrl: string): { own: string[]; others: string[] } {
  const own = requests.filter((url) => url.startsWith(pageUrl));
  const others = requests.filter((url) => !url.startsWith(pageUrl) && !url.startsWith("blob:") && !url.startsWith("data:"));
  return { own, others };
}

/** A fresh browser context on the page, recording every request (the page's and its worker's) and every page error. */
export async function openPage(run: PageRun, locale = "en-US"): Promise<{ context: BrowserContext; page: Page; requests: string[]; errors: string[] }> {
  const context = await run.browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(run.server.url);
  return { context, page, requests, errors };
}
