import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { currentVersion } from "@czt/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContractSchemas } from "@czt/validator";
import { bodiesOf, examplesOf, type Node, type Operation, operationsOf, resolve } from "./contract-walk.js";

/**
 * Stoplight Prism (`prism mock`) serving the bundled contract, called over real HTTP for every
 * operation and every documented status: what a vendor gets from a mock must be what the
 * contract promises (the issue's mock returned `{"idNumber":null,"documents":null}`).
 */

const require = createRequire(import.meta.url);
/** The committed bundle of the current version, as a vendor takes it from the @czt/schemas tarball. */
const bundleName = `@czt/schemas/bundles/${currentVersion}/openapi.json`;
const bundleFile = require.resolve(bundleName);

const prismCli = join(dirname(require.resolve("@stoplight/prism-cli/package.json")), "dist/index.js");
const startupTimeoutMs = 60_000;
const requestTimeoutMs = 15_000;

async function freePort(): Promise<number> {
  return await new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** Starts `prism mock`; resolves once it listens, rejects (with its output) when it exits or takes too long. */
async function startPrism(file: string, port: number): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [prismCli, "mock", "--host", "127.0.0.1", "--port", String(port), file], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", SCARF_ANALYTICS: "false" },
  });
  let output = "";
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      fail(new Error(`prism mock did not listen within ${startupTimeoutMs} ms:\n${output}`));
    }, startupTimeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (output.includes("Prism is listening")) {
        clearTimeout(timer);
        done();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`prism mock exited with ${String(code)}:\n${output}`));
    });
  });
  return { child, output: () => output };
}

/** The example value of a parameter (its own, or its schema's). */
function parameterValue(parameter: Node): string {
  const value = parameter["example"] ?? (parameter["schema"] as Node | undefined)?.["example"];
  if (value === undefined) throw new Error(`parameter ${String(parameter["name"])} has no example to call the mock with`);
  return String(value);
}

/** A request that satisfies the contract: path and required parameters from their examples, the bearer token, the first request example. */
function validRequest(contract: Node, operation: Operation): { url: string; init: RequestInit } {
  const pathItem = (contract["paths"] as Record<string, Node>)[operation.path]!;
  const parameters = [...((pathItem["parameters"] ?? []) as Node[]), ...((operation.node["parameters"] ?? []) as Node[])].map((parameter) => resolve(contract, parameter));
  let path = operation.path;
  const query = new URLSearchParams();
  const headers: Record<string, string> = { authorization: "Bearer czt_changsha-hrss_mock-token-0001", accept: "application/json, application/problem+json" };
  for (const parameter of parameters) {
    const name = String(parameter["name"]);
    if (parameter["in"] === "path") path = path.replace(`{${name}}`, encodeURIComponent(parameterValue(parameter)));
    else if (parameter["required"] === true && parameter["in"] === "query") query.set(name, parameterValue(parameter));
    else if (parameter["required"] === true && parameter["in"] === "header") headers[name.toLowerCase()] = parameterValue(parameter);
  }
  const init: RequestInit = { method: operation.method.toUpperCase(), headers };
  const request = bodiesOf(contract, operation).find((body) => body.status === "request");
  if (request !== undefined) {
    const [example] = examplesOf(contract, request.media);
    if (example === undefined) throw new Error(`${request.where} has no example to call the mock with`);
    headers["content-type"] = request.mediaType;
    init.body = typeof example.value === "string" ? example.value : JSON.stringify(example.value);
  }
  const search = query.toString();
  return { url: `${path}${search === "" ? "" : `?${search}`}`, init };
}

const contract = JSON.parse(readFileSync(bundleFile, "utf8")) as Node;
const schemas = new ContractSchemas(contract);
const operations = operationsOf(contract);

describe(`prism mock on ${bundleName}`, () => {
  let prism: Awaited<ReturnType<typeof startPrism>> | undefined;
  let base = "";

  beforeAll(async () => {
    const port = await freePort();
    prism = await startPrism(bundleFile, port);
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(() => {
    prism?.child.kill("SIGTERM");
  });

  /** What is wrong with the mock's answer to `operation` when `status` is asked for (empty when it keeps the contract). */
  async function violations(operation: Operation, status: string, prefer: boolean): Promise<string[]> {
    const { url, init } = validRequest(contract, operation);
    const headers = { ...(init.headers as Record<string, string>), ...(prefer ? { prefer: `code=${status}` } : {}) };
    const response = await fetch(base + url, { ...init, headers, signal: AbortSignal.timeout(requestTimeoutMs) });
    const text = await response.text();
    const where = `${operation.operationId} ${status}`;
    const found: string[] = [];
    if (String(response.status) !== status) return [`${where}: the mock answered ${response.status} ${text.slice(0, 300)}`];
    const violation = response.headers.get("sl-violations");
    if (violation !== null) found.push(`${where}: prism reports ${violation.slice(0, 500)}`);
    const bodies = bodiesOf(contract, operation).filter((body) => body.status === status);
    if (bodies.length === 0) return text === "" ? found : [...found, `${where}: a body where the contract documents none`];
    const mediaType = (response.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    const body = bodies.find((candidate) => candidate.mediaType === mediaType);
    if (body === undefined) return [...found, `${where}: content type ${mediaType || "(none)"}, the contract documents ${bodies.map((b) => b.mediaType).join(", ")}`];
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return [...found, `${where} ${mediaType}: not JSON: ${text.slice(0, 200)}`];
    }
    const errors = schemas.check(body.schemaPointer, value);
    if (errors.length > 0) found.push(`${where} ${mediaType}: ${JSON.stringify(errors)} in ${text.slice(0, 300)}`);
    return found;
  }

  it("answers a valid request to every operation with its success status and a contract-valid body", async () => {
    const problems: string[] = [];
    for (const operation of operations) {
      const success = Object.keys(operation.node["responses"] as Node).find((status) => status.startsWith("2"));
      if (success === undefined) problems.push(`${operation.operationId}: no success response`);
      else problems.push(...(await violations(operation, success, false)));
    }
    expect(problems).toEqual([]);
    expect(operations.length).toBeGreaterThanOrEqual(20);
  });

  it("answers every documented status of every operation (asked with Prefer: code=…) with a contract-valid body", async () => {
    const problems: string[] = [];
    let asked = 0;
    for (const operation of operations) {
      for (const status of Object.keys(operation.node["responses"] as Node)) {
        asked++;
        problems.push(...(await violations(operation, status, true)));
      }
    }
    expect(problems).toEqual([]);
    expect(asked).toBeGreaterThanOrEqual(145);
    // Some 150 sequential requests to the Prism mock: seconds on a quiet machine, over a
    // minute under the whole suite's load on two cores.
  }, 240_000);

  it("refuses a request without the bearer token the contract requires", async () => {
    const operation = operations.find((candidate) => candidate.operationId === "getPerson")!;
    const { url, init } = validRequest(contract, operation);
    const { authorization: _dropped, ...headers } = init.headers as Record<string, string>;
    const response = await fetch(base + url, { ...init, headers, signal: AbortSignal.timeout(requestTimeoutMs) });
    expect(response.status).toBe(401);
  });
});
