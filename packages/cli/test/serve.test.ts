import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliPath, runCzt } from "./run-czt.js";

interface Started {
  child: ChildProcessWithoutNullStreams;
  lines: string[];
  url: string;
  tokens: { city: string; token: string }[];
}

/** Starts `czt serve` and reads its banner up to "Press Ctrl+C". */
function startServe(args: string[]): Promise<Started> {
  const child = spawn(process.execPath, [cliPath, "serve", ...args], { env: { PATH: process.env["PATH"] ?? "" } });
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    let stderr = "";
    child.stderr.on("data", (data: Buffer) => {
      stderr += data.toString();
    });
    child.once("exit", (code) => reject(new Error(`czt serve exited with ${code}: ${stderr}`)));
    createInterface({ input: child.stdout }).on("line", (line) => {
      lines.push(line);
      if (!line.startsWith("Press Ctrl+C")) return;
      const url = /on (http:\/\/\S+)/.exec(lines[0] ?? "")?.[1] ?? "";
      const tokens = lines.filter((entry) => entry.startsWith("token ")).map((entry) => ({ city: entry.split(" ")[1]!, token: entry.split(" ").at(-1)! }));
      resolve({ child, lines, url, tokens });
    });
  });
}

describe("czt serve", () => {
  let sandbox: Started;
  beforeAll(async () => {
    sandbox = await startServe(["--port", "0", "--db", ":memory:"]);
  });
  afterAll(() => {
    sandbox?.child.kill("SIGKILL");
  });

  it("listens on loopback and prints one demo token per city, the token last on its line", () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sandbox.tokens.map((entry) => entry.city)).toEqual(["430100", "430200", "430300"]);
    for (const { token } of sandbox.tokens) expect(token).toMatch(/^czt_[a-z]+-hrss_[A-Za-z0-9_-]{20,}$/);
    expect(sandbox.lines.join("\n")).toMatch(/examples +\d+ records loaded, 0 skipped, from 3 files/);
  });

  it("serves the example data, the contract and the reference page", async () => {
    const headers = { authorization: `Bearer ${sandbox.tokens[0]!.token}`, "czt-purpose": "statistics" };
    const enrolments = await fetch(`${sandbox.url}/v1/enrolments?limit=5`, { headers });
    expect(enrolments.status).toBe(200);
    // A read of personal data without a purpose is refused, naming the header (contract v1.1).
    const unexplained = await fetch(`${sandbox.url}/v1/enrolments?limit=5`, { headers: { authorization: headers.authorization } });
    expect(unexplained.status).toBe(403);
    expect(((await unexplained.json()) as { errors: { pointer: string }[] }).errors[0]!.pointer).toBe("/headers/CZT-Purpose");
    expect(((await enrolments.json()) as { items: unknown[] }).items).toHaveLength(5);
    expect((await fetch(`${sandbox.url}/v1/enrolments`)).status).toBe(401);
    expect(((await (await fetch(`${sandbox.url}/openapi.json`)).json()) as { openapi: string }).openapi).toBe("3.1.0");
    const page = await (await fetch(`${sandbox.url}/docs`)).text();
    expect(page).toContain('<script type="module" src="/docs/init.js"></script>');
    expect((await fetch(`${sandbox.url}/docs/redoc.standalone.js`)).status).toBe(200);
  });

  it("stops cleanly on SIGTERM", async () => {
    const own = await startServe(["--port", "0", "--db", ":memory:", "--no-examples"]);
    const exited = new Promise<number | null>((resolve) => own.child.once("exit", resolve));
    own.child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  it("refuses to listen on anything but loopback, and bad options, with one line and exit 2", async () => {
    const open = await runCzt(["serve", "--host", "0.0.0.0"]);
    expect(open.code).toBe(2);
    expect(open.stderr.trim().split("\n")).toHaveLength(1);
    expect(open.stderr).toContain("loopback only");
    const port = await runCzt(["serve", "--port", "http"]);
    expect(port.code).toBe(2);
    expect((await runCzt(["serve", "--colour"])).code).toBe(2);
  });
});
