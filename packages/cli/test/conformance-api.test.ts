import { createDemoTokens, createServer, openDatabase, TokenRegistry } from "@czt/reference-server";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCzt } from "./run-czt.js";

type Server = ReturnType<typeof createServer>;

async function listen(faults: Parameters<typeof createServer>[0]["faults"]): Promise<{ server: Server; url: string; tokens: string[] }> {
  const demo = createDemoTokens();
  const tokens = new TokenRegistry();
  for (const entry of demo) tokens.add(entry.token, entry.principal);
  const server = createServer({ db: openDatabase(":memory:"), tokens, faults: faults ?? [] });
  await server.listen({ port: 0, host: "127.0.0.1" });
  const address = server.server.address();
  return { server, url: `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`, tokens: [demo[1]!.token, demo[0]!.token] };
}

describe("czt conformance api", () => {
  let good: Awaited<ReturnType<typeof listen>>;
  let broken: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    good = await listen([]);
    broken = await listen(["skip-auth"]);
  });
  afterAll(async () => {
    await good.server.close();
    await broken.server.close();
  });

  it("passes against the reference server with exit 0 and a JUnit report carrying the seed", async () => {
    const run = await runCzt(["conformance", "api", "--base-url", good.url, "--token", good.tokens[0]!, "--token", good.tokens[1]!, "--seed", "99", "--runs", "3", "--format", "junit"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const junit = new XMLParser({ ignoreAttributes: false }).parse(run.stdout);
    expect(junit.testsuites["@_failures"]).toBe("0");
    expect(Number(junit.testsuites["@_tests"])).toBeGreaterThan(15);
    expect(junit.testsuites.testsuite.properties.property["@_value"]).toBe("99");
  });

  it("fails with exit 1 against a server that skips authentication, naming the check, the request and the seed", async () => {
    const run = await runCzt(["conformance", "api", "--base-url", broken.url, "--token", broken.tokens[0]!, "--seed", "7", "--check", "ignored_auth"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("FAIL  ignored_auth");
    expect(run.stdout).toContain("minimal failing request:");
    expect(run.stdout).toContain("seed 7");
    expect(run.stdout).not.toContain(broken.tokens[0]!);
    const json = await runCzt(["conformance", "api", "--base-url", broken.url, "--token", broken.tokens[0]!, "--seed", "7", "--check", "ignored_auth", "--format", "json"]);
    const report = JSON.parse(json.stdout) as { seed: number; passed: boolean; checks: { name: string; passed: boolean }[] };
    expect(report).toMatchObject({ seed: 7, passed: false });
    expect(report.checks.find((check) => check.name === "ignored_auth")?.passed).toBe(false);
  });

  it("exits 2 with one line when the server cannot be reached or an option is wrong", async () => {
    const unreachable = await runCzt(["conformance", "api", "--base-url", "http://127.0.0.1:9", "--token", "czt_any_token_1234567890"]);
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr.trim().split("\n")).toHaveLength(1);
    expect(unreachable.stderr).toContain("cannot run against http://127.0.0.1:9");
    expect((await runCzt(["conformance", "api", "--token", "x"])).code).toBe(2);
    expect((await runCzt(["conformance", "api", "--base-url", good.url, "--token", good.tokens[0]!, "--format", "xml"])).code).toBe(2);
    expect((await runCzt(["conformance", "api", "--base-url", good.url, "--token", good.tokens[0]!, "--check", "no_such_check"])).code).toBe(2);
  });
});
