import { createValidator } from "@czt/validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RecordChecker } from "../src/validation/record-checker.js";
import { currentSchemaVersion, supportedSchemaVersions } from "../src/http/schema-version.js";
import { key, person, startTestServer, type TestServer } from "./support.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ listen: true });
});
afterAll(() => server.close());

/** A real HTTP request to the listening server. */
const request = (path: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}) =>
  fetch(`${server.url}${path}`, {
    method: init.method ?? "GET",
    headers: { ...server.auth(), ...(init.body === undefined ? {} : { "content-type": "application/json", "idempotency-key": key() }), ...init.headers },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });

describe("CZT-Schema-Version: which version of the standard a request and its response follow", () => {
  it("defaults to the current version, and says so in every response", async () => {
    const response = await request("/v1/me");
    expect(response.status).toBe(200);
    expect(response.headers.get("czt-schema-version")).toBe("1.1");
    expect(response.headers.get("vary")?.toLowerCase()).toContain("czt-schema-version");
  });

  it.each(["1.0", "1.1", " 1.0 "])("accepts a supported version (%j) and echoes it, on reads, writes and errors", async (version) => {
    const echoed = version.trim();
    expect((await request("/v1/me", { headers: { "czt-schema-version": version } })).headers.get("czt-schema-version")).toBe(echoed);
    const id = `430100-P-SV${echoed.replace(".", "")}${Math.random().toString(36).slice(2, 6).toUpperCase()}`;
    const created = await request("/v1/persons", { method: "POST", body: person(id), headers: { "czt-schema-version": version } });
    expect(created.status).toBe(201);
    expect(created.headers.get("czt-schema-version")).toBe(echoed);
    const missing = await request("/v1/persons/430100-P-NOSUCH", { headers: { "czt-schema-version": version } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("czt-schema-version")).toBe(echoed);
  });

  it.each(["2.0", "1.9", "1", "", "1.0, 1.1", "latest"])("refuses an unsupported version (%j): 400 problem+json naming the supported ones, before authentication", async (version) => {
    const response = await fetch(`${server.url}/v1/me`, { headers: { "czt-schema-version": version } });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(response.headers.get("czt-schema-version")).toBeNull();
    expect(await response.json()).toEqual({
      type: "https://czt-ss.org/problems/unsupported-schema-version",
      title: "Unsupported schema version",
      status: 400,
      detail: `CZT-Schema-Version ${JSON.stringify(version)} is not supported: send one of 1.0, 1.1 (or none for 1.1)`,
      instance: "/v1/me",
      errors: [{ ruleId: "api.schema-version", pointer: "" }],
    });
  });

  it("documents the header in the contract the server serves, with the versions it supports", async () => {
    expect([supportedSchemaVersions, currentSchemaVersion]).toEqual([["1.0", "1.1"], "1.1"]);
    const contract = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
      paths: Record<string, { parameters?: { $ref?: string }[] }>;
      components: { parameters: Record<string, unknown>; headers: Record<string, unknown> };
    };
    for (const [path, item] of Object.entries(contract.paths)) expect(item.parameters, path).toContainEqual({ $ref: "#/components/parameters/SchemaVersion" });
    expect(contract.components.parameters["SchemaVersion"]).toMatchObject({ name: "CZT-Schema-Version", in: "header", required: false, schema: { enum: supportedSchemaVersions, default: currentSchemaVersion } });
    expect(contract.components.headers["SchemaVersion"]).toMatchObject({ schema: { enum: supportedSchemaVersions } });
  });
});

describe("a record body is checked against the version the request names", () => {
  it("a create in 1.0 is validated with the 1.0 schemas and rules, one without the header with the current ones", async () => {
    const used: string[] = [];
    const checker = new RecordChecker((schemaVersion) => {
      const validator = createValidator({ lenientReferences: true, schemaVersion });
      const validateRecord: typeof validator.validateRecord = (record, location) => {
        used.push(schemaVersion);
        return validator.validateRecord(record, location);
      };
      return { ...validator, validateRecord };
    });
    const own = await startTestServer({ listen: true, checker });
    try {
      const post = (id: string, headers: Record<string, string>) =>
        fetch(`${own.url}/v1/persons`, { method: "POST", headers: { ...own.auth(), "content-type": "application/json", "idempotency-key": key(), ...headers }, body: JSON.stringify(person(id)) });
      expect((await post("430100-P-SVA1", { "czt-schema-version": "1.0" })).status).toBe(201);
      expect((await post("430100-P-SVA2", {})).status).toBe(201);
      expect(used).toEqual(["1.0", currentSchemaVersion]);
    } finally {
      await own.close();
    }
  });
});
