import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/browser.js";
import { cztMain, repository, runCzt } from "./support/czt.js";
import { validate } from "./support/page.js";

const dist = join(repository, "packages/web/dist");

/** A raw GET (fetch would normalise `..` away). */
function get(url: string, path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((done, fail) => {
    const { hostname, port } = new URL(url);
    request({ hostname, port, path }, (response) => {
      let body = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      response.on("end", () => done({ status: response.statusCode ?? 0, headers: response.headers, body }));
    })
      .on("error", fail)
      .end();
  });
}

describe("czt web", () => {
  let server: ChildProcess;
  let origin: string;
  let browser: Browser;

  beforeAll(async () => {
    server = spawn(process.execPath, [cztMain, "web", "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
    origin = await new Promise<string>((done, fail) => {
      let out = "";
      server.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
        out += chunk;
        const match = /on (http:\/\/\S+?)\/validate\//.exec(out);
        if (match) done(match[1]!);
      });
      server.on("exit", (code) => fail(new Error(`czt web exited with ${code}: ${out}`)));
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    server?.kill("SIGTERM");
  });

  it("serves the page at /validate/ with the policy as a header (it covers the worker too), on loopback", async () => {
    expect((await get(origin, "/validate")).headers["location"]).toBe("/validate/");
    const page = await get(origin, "/validate/");
    expect(page.status).toBe(200);
    expect(page.body).toBe(readFileSync(join(dist, "index.html"), "utf8"));
    expect(page.headers["content-security-policy"]).toContain("connect-src 'none'");
    expect((await get(origin, "/validate/%2e%2e/package.json")).status).toBe(404);
    expect((await get(origin, "/validate/../../package.json")).status).toBe(404);
  });

  it("the page it serves validates in the browser", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto(`${origin}/validate/`);
    await validate(page, [join(repository, "examples/demo/zhuzhou-with-faults.jsonl")]);
    await expect.poll(() => page.locator("#shown").textContent()).toBe("10 of 10 shown");
    // The worker too may connect nowhere: its policy comes from the header of its own response.
    const [worker] = page.workers();
    expect(worker).toBeDefined();
    const attempt = (url: string) => fetch(url).then(() => "connected", () => "blocked");
    expect(await worker!.evaluate(attempt, `${origin}/validate/index.html`)).toBe("blocked");
    expect(await page.evaluate(attempt, `${origin}/validate/index.html`)).toBe("blocked");
    await context.close();
  });

  it("--out DIR copies the built page for any web server", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "czt-web-out-")), "page");
    const run = await runCzt(["web", "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^copied the validation page \(\d+ files\) to /);
    const files = (folder: string) => readdirSync(folder, { recursive: true }).map(String).sort();
    expect(files(out)).toEqual(files(dist));
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe(readFileSync(join(dist, "index.html"), "utf8"));
  });

  it("refuses another interface than loopback", async () => {
    const run = await runCzt(["web", "--host", "0.0.0.0"]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 2, stderr: "czt web: the page is served on loopback only (127.0.0.1, ::1, localhost), not 0.0.0.0\n" });
  });
});
