import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ListeningServer, listenWith } from "./listening-server.js";
import { bodyOf, collect, openSocket, rawRequest } from "./raw-http.js";
import { startTestServer } from "./support.js";

function expectProblem(answer: { text: string; status: number | undefined }, status: number): void {
  expect(answer.status).toBe(status);
  expect(answer.text.toLowerCase()).toContain("content-type: application/problem+json");
  expect(bodyOf(answer as never)).toMatchObject({ status, type: expect.stringMatching(/^https:\/\/czt-ss\.org\/problems\//) });
}

describe("slow requests and connection counts", () => {
  let server: ListeningServer;
  beforeAll(async () => {
    // Small limits, so that each is reached in well under a second.
    server = await listenWith({ limits: { requestTimeoutMs: 800, headersTimeoutMs: 800, maxConnections: 3 } });
  });
  afterAll(() => server.close());

  it("answers a body that trickles in with 408 problem+json and closes the connection, within the request timeout", async () => {
    const socket = await openSocket(server.url);
    const answer = collect(socket, 5000);
    socket.write(`POST /v1/persons HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${server.token}\r\nIdempotency-Key: slow\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`);
    // One byte every 100 ms: the body would take 100 s.
    const drip = setInterval(() => socket.writable && socket.write(" "), 100);
    const result = await answer;
    clearInterval(drip);
    socket.destroy();
    expectProblem(result, 408);
    expect(result.closed).toBe(true);
    // The limit plus at most one check interval (a quarter of it), with room for a loaded machine.
    expect(result.elapsedMs).toBeLessThan(2500);
  });

  it("closes connections beyond the cap while those inside it are still served", async () => {
    const held = await Promise.all([openSocket(server.url), openSocket(server.url), openSocket(server.url)]);
    const extra = await openSocket(server.url);
    const refused = await collect(extra, 1500);
    expect(refused).toMatchObject({ closed: true, text: "" });
    const served = collect(held[0]!, 2000);
    held[0]!.write(`GET /v1/me HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer ${server.token}\r\n\r\n`);
    expect((await served).status).toBe(200);
    for (const socket of held) socket.destroy();
  });
});

describe("oversized request lines and headers", () => {
  let server: ListeningServer;
  beforeAll(async () => {
    server = await listenWith({});
  });
  afterAll(() => server.close());

  it("answers a header section over 16 KiB with 431 problem+json", async () => {
    const answer = await rawRequest(server.url, `GET /v1/me HTTP/1.1\r\nHost: x\r\nX-Padding: ${"a".repeat(20_000)}\r\n\r\n`);
    expectProblem(answer, 431);
  });

  it("answers a request target over 4096 bytes with 414 problem+json", async () => {
    const answer = await rawRequest(server.url, `GET /v1/enrolments?personId=${"a".repeat(5000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer ${server.token}\r\n\r\n`);
    expectProblem(answer, 414);
  });

  it("answers a path segment longer than any record id with 414 problem+json, and routes a 128-character id", async () => {
    const auth = server.auth;
    const long = await fetch(`${server.url}/v1/persons/${"a".repeat(129)}`, { headers: auth });
    expect(long.status).toBe(414);
    expect(long.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect(await long.json()).toMatchObject({ status: 414, type: "https://czt-ss.org/problems/uri-too-long" });
    expect((await fetch(`${server.url}/v1/persons/${"a".repeat(128)}`, { headers: auth })).status).toBe(404);
  });

  it("answers a path with broken percent-encoding with 400 problem+json", async () => {
    const response = await fetch(`${server.url}/v1/persons/%zz`, { headers: server.auth });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
  });

  it("answers malformed HTTP with 400 problem+json", async () => {
    expectProblem(await rawRequest(server.url, "GET /v1/me HTTP/1.1\r\nHost x\r\n\r\n"), 400);
  });
});

describe("shutting down", () => {
  it("answers a request that arrives while the server closes with 503 problem+json and Retry-After", async () => {
    const server = await listenWith({});
    const socket = await openSocket(server.url);
    const answers = collect(socket, 5000);
    // A request in flight keeps the server open; the one pipelined after it arrives once closing has begun.
    socket.write(`POST /v1/persons HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${server.token}\r\nIdempotency-Key: k\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const closed = server.close();
    socket.write(`}GET /v1/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${server.token}\r\nConnection: close\r\n\r\n`);
    const { text } = await answers;
    socket.destroy();
    await closed;
    const second = text.slice(text.indexOf("HTTP/1.1", 10));
    expect(second).toMatch(/^HTTP\/1\.1 503 /);
    expect(second.toLowerCase()).toContain("content-type: application/problem+json");
    expect(second.toLowerCase()).toContain("retry-after: 5");
  });
});

describe("the request-target bound at its edge", () => {
  it("reads a target of exactly 4096 bytes (here refused for its over-long personId, 400) and answers 4097 bytes with 414", async () => {
    const server = await startTestServer();
    try {
      const base = "/v1/enrolments?personId=";
      const target = (bytes: number) => `${base}${"a".repeat(bytes - base.length)}`;
      const atBound = await server.app.inject({ method: "GET", url: target(4096), headers: server.auth() });
      expect(atBound.statusCode).toBe(400);
      expect(atBound.json().errors).toEqual([{ ruleId: "api.query-parameter", pointer: "/personId" }]);
      const over = await server.app.inject({ method: "GET", url: target(4097), headers: server.auth() });
      expect(over.statusCode).toBe(414);
    } finally {
      await server.close();
    }
  });
});
