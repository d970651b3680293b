import { describe, expect, it } from "vitest";
import { agreementByRule, agreementTotals, formatRunJson, formatRunJunit, formatRunText, runHarness, runPassed, splitCommand, validatorAdapterScript, type Vector } from "../src/harness.js";
import { allVectors, fixture } from "./support.js";

const sample: Vector[] = [
  { id: "a/valid", description: "a valid vector", file: "a.json", groupRules: ["x.one"], groupDescription: "g", data: {}, valid: true, findings: [] },
  { id: "a/invalid", description: "an invalid vector", file: "a.json", groupRules: ["x.one"], groupDescription: "g", data: {}, valid: false, findings: [{ ruleId: "x.one", pointer: "/f" }] },
  { id: "b/other", description: "another rule", file: "b.json", groupRules: ["y.two"], groupDescription: "g", data: {}, valid: true, findings: [] },
];

function scripted(script: object, vectors: readonly Vector[] = sample, extra: Partial<Parameters<typeof runHarness>[0]> = {}) {
  return runHarness({ command: [process.execPath, fixture("scripted-adapter.mjs")], vectors, env: { ...process.env, SCRIPT: JSON.stringify(script) }, timeoutMs: 2_000, ...extra });
}

describe("runHarness", () => {
  it("compares verdicts and findings and tallies them per rule", async () => {
    const run = await scripted({ default: "valid" });
    expect(run.implementation).toEqual({ name: "scripted", language: "javascript", version: "0" });
    expect(run.results.map((result) => result.status)).toEqual(["agree", "disagree", "agree"]);
    expect(run.results[1]).toMatchObject({ verdictMatches: false, missing: [{ ruleId: "x.one", pointer: "/f" }], unexpected: [] });
    expect(agreementByRule(run)).toEqual([
      { ruleId: "x.one", agree: 1, disagree: 1, errored: 0, skipped: 0, disagreeing: ["a/invalid"] },
      { ruleId: "y.two", agree: 1, disagree: 0, errored: 0, skipped: 0, disagreeing: [] },
    ]);
    expect(runPassed(run)).toBe(false);
  });

  it("skips what the adapter declares unsupported, by vector id, rule id or prefix, without failing", async () => {
    const byId = await scripted({ unsupported: ["a/invalid"] });
    expect(byId.results.map((result) => result.status)).toEqual(["agree", "skipped", "agree"]);
    expect(runPassed(byId)).toBe(true);
    const byPrefix = await scripted({ unsupported: ["x.*"] });
    expect(byPrefix.results.map((result) => result.status)).toEqual(["skipped", "skipped", "agree"]);
    const bySupported = await scripted({ supported: ["y.two"] });
    expect(bySupported.results.map((result) => result.status)).toEqual(["skipped", "skipped", "agree"]);
  });

  it("reports a crash as errored with the stderr tail, restarts the adapter and goes on", async () => {
    const run = await scripted({ byId: { "a/valid": "crash" } });
    expect(run.results[0]!.status).toBe("errored");
    expect(String(run.results[0]!.context?.["message"])).toMatch(/exited \(code 70/);
    expect(String(run.results[0]!.context?.["stderr"])).toContain("boom: simulated crash");
    expect(run.results.slice(1).map((result) => result.status)).toEqual(["disagree", "agree"]);
  });

  it("gives up on a vector that gets no answer in time instead of hanging", async () => {
    const began = Date.now();
    const run = await scripted({ byId: { "a/valid": "hang" } }, sample, { timeoutMs: 300 });
    expect(run.results[0]).toMatchObject({ status: "errored", context: { message: "no answer within 300 ms" } });
    expect(run.results[2]!.status).toBe("agree");
    expect(Date.now() - began).toBeLessThan(8_000);
  });

  it.each([
    ["garbage", /not a JSON object/],
    ["wrong-seq", /has seq 101, expected 1/],
    ["errored", /the adapter reported an error: cannot handle this/],
  ])("reports a %s answer as errored", async (behaviour, message) => {
    const run = await scripted({ byId: { "a/valid": behaviour } });
    expect(run.results[0]!.status).toBe("errored");
    expect(String(run.results[0]!.context?.["message"])).toMatch(message);
    expect(run.results[2]!.status).toBe("agree");
  });

  it("bounds the size of an answer", async () => {
    const run = await scripted({ byId: { "a/valid": "huge" } }, sample, { maxLineBytes: 10_000 });
    expect(run.results[0]).toMatchObject({ status: "errored", context: { message: "the answer is longer than the line limit" } });
    expect(run.results[2]!.status).toBe("agree");
  });

  // An adapter that exits or answers garbage must be told apart from a slow one even on a
  // loaded machine (a Node process can take over a second to start there): only the
  // silent adapter is given a short start time.
  it.each([
    ["exits at once", { start: "exit" }, /exited before answering `start`/, 20_000],
    ["answers start with garbage", { start: "garbage" }, /is not \{"ready": true/, 20_000],
    ["never answers start", { start: "silent" }, /did not answer `start` in time/, 500],
  ])("errors every vector when the adapter %s", async (_what, script, message, startTimeoutMs) => {
    const run = await scripted(script, sample, { startTimeoutMs });
    expect(run.results.every((result) => result.status === "errored")).toBe(true);
    expect(String(run.results[0]!.context?.["message"])).toMatch(message);
  });

  it("reports a program that does not exist", async () => {
    const run = await runHarness({ command: ["/no/such/czt-adapter"], vectors: sample, startTimeoutMs: 2_000 });
    expect(run.results.every((result) => result.status === "errored")).toBe(true);
    expect(String(run.results[0]!.context?.["spawnError"])).toMatch(/ENOENT/);
  });

  it("writes text, JSON and JUnit reports", async () => {
    const run = await scripted({ default: "valid", byId: { "b/other": "crash" } });
    const text = formatRunText(run);
    expect(text).toMatch(/^x\.one\s+1\s+1\s+0\s+0$/m);
    expect(text).toContain("DISAGREE  a.json a/invalid");
    expect(text).toContain("missing:    x.one at /f");
    expect(text).toContain("ERRORED   b.json b/other");
    expect(text).toMatch(/3 vectors: 1 agree, 1 disagree, 1 errored, 0 skipped/);
    const json = JSON.parse(formatRunJson(run));
    expect(json).toMatchObject({ passed: false, totals: agreementTotals(run), implementation: { name: "scripted" } });
    expect(json.vectors.map((vector: { status: string }) => vector.status)).toEqual(["agree", "disagree", "errored"]);
    const junit = formatRunJunit(run);
    expect(junit).toContain('<testsuite name="a.json" tests="2" failures="1" errors="0" skipped="0">');
    expect(junit).toContain("<failure message=");
    expect(junit).toContain('<testsuite name="agreement by rule" tests="2" failures="1" errors="1" skipped="0">');
    expect(junit).toContain('name="x.one"><failure message="1 agree, 1 disagree, 0 errored, 0 skipped">disagreeing vectors: a/invalid</failure>');
    expect(junit).toContain('<error message="the adapter exited');
  });
});

describe("the project's adapter over the protocol", () => {
  it("agrees with every vector (the same path czt conformance vectors takes)", async () => {
    const run = await runHarness({ command: [process.execPath, validatorAdapterScript], vectors: allVectors });
    const problems = run.results.filter((result) => result.status !== "agree").map((result) => ({ id: result.vector.id, status: result.status, missing: result.missing, unexpected: result.unexpected, context: result.context }));
    expect(problems).toEqual([]);
    expect(run.results).toHaveLength(allVectors.length);
  });
});

describe("splitCommand", () => {
  it.each([
    ["python3 adapter.py", ["python3", "adapter.py"]],
    [`java -jar "my validator.jar" --czt-adapter`, ["java", "-jar", "my validator.jar", "--czt-adapter"]],
    [`node 'a b.js' x\\ y ""`, ["node", "a b.js", "x y", ""]],
  ])("splits %s", (command, words) => {
    expect(splitCommand(command)).toEqual(words);
  });

  it("rejects an unterminated quote", () => {
    expect(() => splitCommand(`node "adapter.js`)).toThrow(/unterminated " quote/);
  });
});
