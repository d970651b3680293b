import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
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
