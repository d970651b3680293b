import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { type AddressInfo, createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { idNumberCheckCharacter } from "@czt/domain";
import { createDemoTokens, createServer, type DemoToken, openDatabase, TokenRegistry } from "@czt/reference-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCzt } from "./run-czt.js";

type Body = Record<string, unknown>;

let server: ReturnType<typeof createServer>;
let url: string;
let demo: DemoToken[];
let dir: string;
let keys = 0;

function person(id: string, serial: number, name = "张伟"): Body {
  const first17 = `43010219900307${String(2 * serial + 1).padStart(3, "0")}`;
  return { recordType: "person", id, meta: { lastUpdated: "2026-01-15T09:30:00+08:00" }, idNumber: first17 + idNumberCheckCharacter(first17), name, sex: "1", birthDate: "1990-03-07", nationality: "CHN" };
}

function enrolment(id: string, personId: string): Body {
  const { agency, city } = demo[0]!.principal;
  return { recordType: "enrolment", id, meta: { lastUpdated: "2026-01-15T09:30:00+08:00" }, personId, scheme: "pension.employee", employer: { creditCode: "91430100MA4L12346D" }, city, agency, contributionStatus: "1", employmentStatus: "0", period: { start: "2020-01-01" } };
}

async function call(method: string, path: string, body?: Body, ifMatch?: string): Promise<Response> {
  // The reads of personal data the test makes state a purpose (v1.1).
  const headers: Record<string, string> = { authorization: `Bearer ${demo[0]!.token}`, "idempotency-key": `export-changes-${++keys}`, "czt-purpose": "statistics" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (ifMatch !== undefined) headers["if-match"] = ifMatch;
  const response = await fetch(url + path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  expect(response.status, `${method} ${path}: ${await response.clone().text()}`).toBeLessThan(300);
  return response;
}

const lines = (file: string) => readFileSync(join(dir, file), "utf8").trim().split("\n").map((line) => JSON.parse(line) as Body);
const jsonReport = (stdout: string) => JSON.parse(stdout) as { summary: { records: number; errors: number; byRule: Record<string, number> }; findings: { ruleId: string; file: string; line: number }[] };

beforeAll(async () => {
  demo = createDemoTokens();
  const tokens = new TokenRegistry();
  for (const entry of demo) tokens.add(entry.token, entry.principal);
  server = createServer({ db: openDatabase(":memory:"), tokens });
  await server.listen({ port: 0, host: "127.0.0.1" });
  const address = server.server.address();
  url = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
  dir = mkdtempSync(join(tmpdir(), "czt-export-changes-"));
  writeFileSync(join(dir, "token.txt"), `${demo[0]!.token}\n`);
});
afterAll(() => server.close());

describe("czt export-changes and czt validate --delta against a reference server on loopback", () => {
  it("writes a full delta, then only the changes after its cursor — corrections at their latest version, retractions as lines — and validates it on top of the full export", async () => {
    await call("POST", "/v1/persons", person("430100-P-DLT001", 1));
    await call("POST", "/v1/persons", person("430100-P-DLT002", 2));
    await call("POST", "/v1/enrolments", enrolment("430100-E-DLT001", "430100-P-DLT001"));

    const first = await runCzt(["export-changes", "--server", url, "--token-file", "token.txt", "--after", "0", "--out", "d0.jsonl", "--purpose", "statistics"], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    const cursor = Number(first.stdout.trim());
    expect(first.stdout).toBe(`${cursor}\n`);
    expect(first.stderr).toBe(`wrote d0.jsonl: 3 records, 0 retractions, changes after 0 until ${cursor}\n`);
    const [header, ...records] = lines("d0.jsonl");
    expect(header).toMatchObject({ recordType: "header", schemaVersion: "1.1", city: "430100", delta: { fromCursor: 0, untilCursor: cursor, source: url } });
    expect(records.map((record) => record["id"])).toEqual(["430100-P-DLT001", "430100-P-DLT002", "430100-E-DLT001"]);
    // The delta alone passes, and so does a full export made of its records.
    expect((await runCzt(["validate", "--delta", "d0.jsonl", "--quiet"], { cwd: dir })).code).toBe(0);
    const { delta: _delta, ...fullHeader } = header!;
    mkdirSync(join(dir, "full"));
    writeFileSync(join(dir, "full", "export.jsonl"), `${[fullHeader, ...records].map((line) => JSON.stringify(line)).join("\n")}\n`);
    expect((await runCzt(["validate", "full", "--quiet"], { cwd: dir })).code).toBe(0);

    // Changes: a new person, a person corrected twice, an enrolment retracted.
    await call("POST", "/v1/persons", person("430100-P-DLT003", 3));
    const etag = (await call("GET", "/v1/persons/430100-P-DLT002")).headers.get("etag")!;
    const corrected = await call("PUT", "/v1/persons/430100-P-DLT002", person("430100-P-DLT002", 2, "张卫"), etag);
    await call("PUT", "/v1/persons/430100-P-DLT002", person("430100-P-DLT002", 2, "张维"), corrected.headers.get("etag")!);
    const enrolmentEtag = (await call("GET", "/v1/enrolments/430100-E-DLT001")).headers.get("etag")!;
    await call("POST", "/v1/enrolments/430100-E-DLT001/retract", { reason: "entered-in-error" }, enrolmentEtag);

    const second = await runCzt(["export-changes", "--server", url, "--token-file", "token.txt", "--after", String(cursor), "--out", "d1.jsonl", "--purpose", "benefitVerification"], { cwd: dir });
    expect(second.code, second.stderr).toBe(0);
    const next = Number(second.stdout.trim());
    expect(next).toBe(cursor + 4);
    const [deltaHeader, ...changes] = lines("d1.jsonl");
    expect(deltaHeader).toMatchObject({ delta: { fromCursor: cursor, untilCursor: next } });
    expect(changes).toEqual([
      expect.objectContaining({ recordType: "person", id: "430100-P-DLT003" }),
      expect.objectContaining({ recordType: "person", id: "430100-P-DLT002", name: "张维" }),
      { recordType: "retraction", id: "430100-E-DLT001", retractedRecordType: "enrolment", reason: "entered-in-error", retractedAt: expect.any(String) },
    ]);

    const applied = await runCzt(["validate", "--delta", "d1.jsonl", "full", "--format", "json"], { cwd: dir });
    expect(applied.code, applied.stdout).toBe(0);
    // P1, P2 as corrected, P3; the enrolment is gone.
    expect(jsonReport(applied.stdout).summary).toMatchObject({ records: 3, errors: 0 });

    // Nothing changed since: an empty delta, the same cursor.
    const idle = await runCzt(["export-changes", "--server", url, "--token-file", "token.txt", "--after", String(next), "--out", "d2.jsonl", "--purpose", "statistics"], { cwd: dir });
    expect(idle.stdout).toBe(`${next}\n`);
    expect(lines("d2.jsonl")).toHaveLength(1);
  });

  it("finds on top of the full export what a delta alone cannot show: a retraction leaving a reference dangling, a duplicate of a stored person", async () => {
    const header = { recordType: "header", schemaVersion: "1.1", publisher: demo[0]!.principal.agency, city: "430100", created: "2026-12-04T00:00:00Z", delta: { fromCursor: 1, untilCursor: 2 } };
    const write = (file: string, items: Body[]) => writeFileSync(join(dir, file), `${items.map((item) => JSON.stringify(item)).join("\n")}\n`);
    write("retract-person.jsonl", [header, { recordType: "retraction", id: "430100-P-DLT001", retractedRecordType: "person", reason: "duplicate" }]);
    const dangling = await runCzt(["validate", "--delta", "retract-person.jsonl", "full", "--format", "json"], { cwd: dir });
    expect(dangling.code).toBe(1);
    const finding = jsonReport(dangling.stdout).findings.find((item) => item.ruleId === "dataset.unresolved-reference");
    expect(finding, dangling.stdout).toMatchObject({ file: join("full", "export.jsonl"), line: 4 });

    write("duplicate.jsonl", [header, person("430100-P-DLT009", 2, "李四")]);
    const duplicate = await runCzt(["validate", "--delta", "duplicate.jsonl", "full", "--format", "json"], { cwd: dir });
    expect(duplicate.code).toBe(1);
    expect(jsonReport(duplicate.stdout).findings).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: "dataset.duplicate-person", file: "duplicate.jsonl", line: 2 })]));
    const alone = await runCzt(["validate", "--delta", "duplicate.jsonl", "--format", "json"], { cwd: dir });
    expect(alone.code, alone.stdout).toBe(0);
  });

  it("exits 2 with one clear line when the token file is missing or the server cannot be reached, writing nothing", async () => {
    const missing = await runCzt(["export-changes", "--server", url, "--token-file", "nope.txt", "--after", "0", "--out", "x.jsonl"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read the token file nope.txt: ENOENT");
    const closed = createNetServer().listen(0, "127.0.0.1");
    await new Promise((resolve) => closed.once("listening", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const unreachable = await runCzt(["export-changes", "--server", `http://127.0.0.1:${port}`, "--token-file", "token.txt", "--after", "0", "--out", "x.jsonl"], { cwd: dir });
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toContain(`cannot reach http://127.0.0.1:${port}: ECONNREFUSED`);
    writeFileSync(join(dir, "bad-token.txt"), "czt_not_a_known_token_0000000000\n");
    const refused = await runCzt(["export-changes", "--server", url, "--token-file", "bad-token.txt", "--after", "0", "--out", "x.jsonl"], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("/v1/me answered 401");
    expect(() => readFileSync(join(dir, "x.jsonl"))).toThrow();
    // The feed carries personal data: without --purpose the server's 403 names the missing CZT-Purpose.
    const noPurpose = await runCzt(["export-changes", "--server", url, "--token-file", "token.txt", "--after", "0", "--out", "x.jsonl"], { cwd: dir });
    expect(noPurpose.code).toBe(2);
    expect(noPurpose.stderr).toContain("/v1/events answered 403");
    expect(noPurpose.stderr).toContain("CZT-Purpose");
    expect(() => readFileSync(join(dir, "x.jsonl"))).toThrow();
    const noAfter = await runCzt(["export-changes", "--server", url, "--token-file", "token.txt", "--out", "x.jsonl"], { cwd: dir });
    expect(noAfter.code).toBe(2);
    expect(noAfter.stderr).toContain("--after is required");
  });
});
