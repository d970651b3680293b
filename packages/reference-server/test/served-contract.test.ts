/**
 * /openapi.json (and so the Redoc page at /docs, which renders it) names the server it is
 * served by, over real HTTP on a random port: not the sandbox's default 127.0.0.1:8080.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { currentVersion } from "@czt/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ListeningServer, listenWith } from "./listening-server.js";
import { bodyOf, rawRequest } from "./raw-http.js";

const committedBundle = JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`@czt/schemas/bundles/${currentVersion}/openapi.json`), "utf8")) as Record<string, unknown>;

async function servedContract(url: string, headers: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}/openapi.json`, { headers });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

describe("the contract at /openapi.json, served on a random port", () => {
  let server: ListeningServer;
  beforeAll(async () => {
    server = await listenWith({});
  });
  afterAll(() => server.close());

  it("advertises the URL the server listens on", async () => {
    expect(server.url).not.toBe("http://127.0.0.1:8080");
    const contract = await servedContract(server.url);
    expect(contract["servers"]).toEqual([{ url: server.url, description: expect.any(String) }]);
  });

  it("is the committed bundle of the current version, servers apart", async () => {
    const { servers: _served, ...contract } = await servedContract(server.url);
    const { servers: _committed, ...bundle } = committedBundle;
    expect(contract).toEqual(bundle);
  });

  it("names the host the client reached it by (the Host header)", async () => {
    const port = new URL(server.url).port;
    const contract = await servedContract(server.url.replace("127.0.0.1", "localhost"));
    expect(contract["servers"]).toEqual([{ url: `http://localhost:${port}`, description: expect.any(String) }]);
  });

  it("ignores X-Forwarded-* headers when no proxy is trusted", async () => {
    const contract = await servedContract(server.url, { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    expect(contract["servers"]).toEqual([{ url: server.url, description: expect.any(String) }]);
  });

  it("falls back to the listening address when the Host header is not a host", async () => {
    const answer = await rawRequest(server.url, "GET /openapi.json HTTP/1.1\r\nHost: <script>\r\nConnection: close\r\n\r\n");
    expect(answer.status).toBe(200);
    expect((bodyOf(answer) as Record<string, unknown>)["servers"]).toEqual([{ url: server.url, description: expect.any(String) }]);
  });
});

describe("behind a trusted proxy (trustProxy)", () => {
  let server: ListeningServer;
  beforeAll(async () => {
    server = await listenWith({ trustProxy: true });
  });
  afterAll(() => server.close());

  it("advertises the public URL the proxy forwards (X-Forwarded-Proto and X-Forwarded-Host)", async () => {
    const contract = await servedContract(server.url, { "x-forwarded-host": "api.czt-ss.example", "x-forwarded-proto": "https" });
    expect(contract["servers"]).toEqual([{ url: "https://api.czt-ss.example", description: expect.any(String) }]);
  });
});
