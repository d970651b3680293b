import { createJsonLinesReader, createValidator, defaultLimits } from "@czt/validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { key, person, startTestServer, type TestServer } from "./support.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const createPerson = (payload: string | Buffer, contentType = "application/json") =>
  server.app.inject({ method: "POST", url: "/v1/persons", headers: { ...server.auth(), "idempotency-key": key(), "content-type": contentType }, payload });

const upload = (payload: string | Buffer, contentType: string) =>
  server.app.inject({ method: "POST", url: "/v1/validations", headers: { ...server.auth(), "idempotency-key": key(), "content-type": contentType }, payload });

describe("media types and charsets", () => {
  it("refuses text/plain with 415 problem+json, without reading it as a record", async () => {
    const response = await createPerson(JSON.stringify(person("430100-P-M1")), "text/plain");
    expect(response.statusCode).toBe(415);
    expect(response.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
    expect(response.json()).toMatchObject({ type: "https://czt-ss.org/problems/unsupported-media-type" });
  });

  it("refuses a JSON body declared in another charset with 415, and accepts UTF-8 however it is spelled", async () => {
    for (const charset of ["gbk", "iso-8859-1", '"utf-16"']) {
      const response = await createPerson(JSON.stringify(person("430100-P-M2")), `application/json; charset=${charset}`);
      expect(response.statusCode, charset).toBe(415);
      expect(response.json().detail).toContain("UTF-8");
    }
    expect((await createPerson(JSON.stringify(person("430100-P-M3")), "application/json; charset=UTF-8")).statusCode).toBe(201);
    expect((await createPerson(JSON.stringify(person("430100-P-M4")), 'application/json;charset="utf-8"')).statusCode).toBe(201);
    expect((await createPerson(JSON.stringify(person("430100-P-M6")), "application/json; charset=utf8")).statusCode).toBe(201);
  });

  it("reads an export in the charset it declares (UTF-8 or GB18030) and refuses others with 415", async () => {
    const line = `${JSON.stringify(person("430100-P-M5", { name: "陈浩" }))}\n`;
    const [before = "", after = ""] = line.split("陈浩");
    // 陈浩 in GB18030: B3 C2 BA C6.
    const encoded = Buffer.concat([Buffer.from(before), Buffer.from([0xb3, 0xc2, 0xba, 0xc6]), Buffer.from(after)]);
    for (const charset of ["gb18030", "GBK"]) {
      const declared = await upload(encoded, `application/x-ndjson; charset=${charset}`);
      expect(declared.statusCode, charset).toBe(200);
      expect(declared.json().summary, charset).toMatchObject({ records: 1, invalid: 0 });
    }
    // Declared UTF-8, the same bytes are an encoding finding of the report, not a guess.
    const misdeclared = await upload(encoded, "application/x-ndjson; charset=utf-8");
    expect(misdeclared.json().summary.invalid).toBe(1);
    expect((await upload(line, "application/x-ndjson; charset=latin1")).statusCode).toBe(415);
  });
});

describe("bodies that break the parser's limits", () => {
  it("answers a 20 KB body nested 10 000 levels with a located 400, not a 500", async () => {
    const deep = `{"recordType":"person","id":"430100-P-D1","extensions":{"x":${"[".repeat(10_000)}${"]".repeat(10_000)}}}`;
    const response = await createPerson(deep);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ type: "https://czt-ss.org/problems/bad-request", errors: [{ ruleId: "input.too-deep" }] });
  });

  it("answers an empty JSON body, or one of whitespace only, with a located 400 that says it is empty", async () => {
    const response = await createPerson("");
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ ruleId: "input.malformed-json", offset: 0 })]);
    const blank = await createPerson(" \r\n\t ");
    expect(blank.statusCode).toBe(400);
    expect(blank.json()).toMatchObject({ detail: "the JSON body is empty", errors: [{ ruleId: "input.malformed-json", offset: 0 }] });
  });

  it("does not quote the body in a malformed-JSON problem (it may hold personal data)", async () => {
    const response = await createPerson(`{"recordType":"person","name":陈桂兰}`);
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toContain("陈桂兰");
  });
});

/** The rule ids `czt validate` reports for a text read as one JSON Lines record. */
function validatorRuleIds(text: string): string[] {
  const session = createValidator().createSession();
  const reader = createJsonLinesReader({ file: "x.jsonl", encoding: "utf-8", limits: defaultLimits, emit: (item) => void session.add(item) });
  reader.push(Buffer.from(`${text}\n`));
  reader.end();
  return session.finish().findings.map((finding) => finding.ruleId);
}

describe("one reader for records: what czt validate rejects is never stored", () => {
  const valid = JSON.stringify(person("430100-P-U1"));
  const cases: { name: string; body: string; ruleId: string }[] = [
    { name: "a duplicate member name", body: valid.replace('"name":"张伟"', '"name":"张伟","name":"李四"'), ruleId: "input.duplicate-name" },
    { name: "a duplicate name in a nested object", body: valid.replace('"meta":{', '"meta":{"lastUpdated":"2026-01-01T00:00:00+08:00",'), ruleId: "input.duplicate-name" },
    { name: "a prototype key inside extensions", body: valid.replace('"recordType"', '"extensions":{"x":{"prototype":1}},"recordType"'), ruleId: "input.forbidden-key" },
    { name: "a __proto__ member", body: valid.replace('"recordType"', '"__proto__":{"admin":true},"recordType"'), ruleId: "input.forbidden-key" },
    { name: "nesting over the standard's 64 levels", body: valid.replace('"recordType"', `"extensions":{"x":${"[".repeat(64)}${"]".repeat(64)}},"recordType"`), ruleId: "input.too-deep" },
    { name: "a lone surrogate", body: valid.replace('"张伟"', '"\\ud800"'), ruleId: "input.invalid-character" },
  ];
  it("counts the offset in bytes, not characters, where multi-byte text comes first", async () => {
    // The second "name" follows 张伟: six bytes, two UTF-16 units.
    const body = valid.replace('"name":"张伟"', '"name":"张伟","name":"李四"');
    const response = await createPerson(body);
    expect(response.json().errors[0]).toMatchObject({ ruleId: "input.duplicate-name", offset: Buffer.from(body).indexOf('"name":"李四"') });
  });

  for (const { name, body, ruleId } of cases) {
    it(`refuses ${name} with a 400 located by byte offset, as czt validate does (${ruleId})`, async () => {
      expect(validatorRuleIds(body)).toContain(ruleId);
      const response = await createPerson(body);
      expect(response.statusCode).toBe(400);
      const problem = response.json();
      expect(problem.errors).toEqual([expect.objectContaining({ ruleId, pointer: "", offset: expect.any(Number) })]);
      expect(problem.errors[0].offset).toBeGreaterThan(0);
      expect(problem.errors[0].offset).toBeLessThan(Buffer.byteLength(body));
      expect((await server.app.inject({ method: "GET", url: "/v1/persons/430100-P-U1", headers: server.auth() })).statusCode).toBe(404);
    });
  }

  it("refuses invalid UTF-8 and GBK bytes with 400 and the offset of the first bad byte, instead of storing U+FFFD", async () => {
    const [before = "", after = ""] = JSON.stringify(person("430100-P-U2", { name: "@" })).split("@");
    for (const bad of [Buffer.from([0xff]), Buffer.from([0xb3, 0xc2, 0xba, 0xc6]), Buffer.from([0xe9, 0x99])]) {
      const response = await createPerson(Buffer.concat([Buffer.from(before), bad, Buffer.from(after)]));
      expect(response.statusCode, bad.toString("hex")).toBe(400);
      expect(response.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
      expect(response.json().errors).toEqual([expect.objectContaining({ ruleId: "input.encoding", offset: Buffer.byteLength(before) })]);
    }
    expect((await server.app.inject({ method: "GET", url: "/v1/persons/430100-P-U2", headers: server.auth() })).statusCode).toBe(404);
  });
});
