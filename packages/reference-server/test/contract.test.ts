import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { openapiDocuments } from "@czt/schemas";
import { describe, expect, it } from "vitest";
import { currentVersion } from "@czt/schemas";
import { contract } from "../src/contract/contract.js";
import { servedContract } from "../src/contract/served-contract.js";
import { ContractSchemas } from "@czt/validator";
import { recordExampleErrors } from "./record-findings.js";

type Node = Record<string, unknown>;

function resolve(node: Node): Node {
  const ref = node["$ref"];
  if (typeof ref !== "string") return node;
  let target: unknown = contract;
  for (const segment of ref.slice(2).split("/")) target = (target as Node)[segment.replace(/~1/g, "/").replace(/~0/g, "~")];
  return target as Node;
}

const escapePointer = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

/** Every example of the contract with the pointer of the schema it illustrates. */
function examples(): { where: string; schema: string; value: unknown }[] {
  const found: { where: string; schema: string; value: unknown }[] = [];
  const visit = (node: unknown, pointer: string) => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        visit(item, `${pointer}/${index}`);
      });
      return;
    }
    if (node === null || typeof node !== "object") return;
    const object = node as Node;
    if ("schema" in object && ("example" in object || "examples" in object)) {
      const schemaPointer = `${pointer}/schema`;
      if ("example" in object) found.push({ where: `${pointer}/example`, schema: schemaPointer, value: object["example"] });
      for (const [name, example] of Object.entries((object["examples"] ?? {}) as Record<string, Node>)) {
        found.push({ where: `${pointer}/examples/${name}`, schema: schemaPointer, value: resolve(example)["value"] });
      }
    }
    for (const [key, value] of Object.entries(object)) if (key !== "examples" && key !== "example") visit(value, `${pointer}/${escapePointer(key)}`);
  };
  visit(contract["paths"], "/paths");
  visit((contract["components"] as Node)["parameters"], "/components/parameters");
  visit((contract["components"] as Node)["responses"], "/components/responses");
  visit((contract["components"] as Node)["requestBodies"], "/components/requestBodies");
  return found;
}

describe("the exchange contract", () => {
  it("is the committed bundle of the current version, @czt/schemas/bundles/<version>/openapi.json", () => {
    const file = createRequire(import.meta.url).resolve(`@czt/schemas/bundles/${currentVersion}/openapi.json`);
    expect(contract).toEqual(JSON.parse(readFileSync(file, "utf8")));
  });

  it("refers to the record schemas instead of copying them", () => {
    const source = openapiDocuments["czt-exchange"] as Node;
    const text = JSON.stringify(source);
    for (const name of ["person", "enrolment", "transfer", "assistance", "report"]) expect(text).toContain(`"$ref":"../${name}.schema.json"`);
    const own = Object.keys(((source["components"] as Node)["schemas"] ?? {}) as Node);
    expect(own.filter((name) => /^(person|enrolment|transfer|assistance|agency|period|recordId|cityCode)$/i.test(name))).toEqual([]);
    expect(text).not.toMatch(/"idNumber":\{"type"/);
  });

  it("as served (servers naming the origin) lints clean with Redocly CLI (recommended rules, offline)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "czt-contract-"));
    try {
      const file = join(dir, "czt-exchange.json");
      writeFileSync(file, JSON.stringify(servedContract("http://127.0.0.1:8080")));
      const cli = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, "lint", file, "--format=json"], { env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } });
      const result = JSON.parse(stdout.slice(stdout.indexOf("{"))) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string }[] };
      expect(result.problems, stderr).toEqual([]);
      expect(result.totals).toMatchObject({ errors: 0, warnings: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("has examples that validate against their schemas, and record examples that pass the validator", () => {
    const schemas = new ContractSchemas(contract);
    const all = examples();
    expect(all.length).toBeGreaterThan(15);
    for (const { where, schema, value } of all) {
      expect(schemas.check(schema, value), where).toEqual([]);
      if (typeof value === "object" && value !== null && "recordType" in value) expect(recordExampleErrors(value), where).toEqual([]);
    }
  });

  it("documents a problem+json response for every error status and an Idempotency-Key on every POST", () => {
    for (const [path, item] of Object.entries(contract["paths"] as Record<string, Node>)) {
      // A path item also holds `parameters` shared by its operations (CZT-Schema-Version).
      for (const [method, operation] of (Object.entries(item) as [string, Node][]).filter(([key]) => key !== "parameters")) {
        for (const [status, response] of Object.entries(operation["responses"] as Record<string, Node>)) {
          if (Number(status) >= 400) expect(Object.keys((resolve(response)["content"] ?? {}) as Node), `${method} ${path} ${status}`).toEqual(["application/problem+json"]);
        }
        const parameters = ((operation["parameters"] ?? []) as Node[]).map((parameter) => resolve(parameter)["name"]);
        if (method === "post") expect(parameters, `${method} ${path}`).toContain("Idempotency-Key");
        // Every state change of a stored record: transitions, reviews, corrections (PUT), retractions, person links.
        const changesState = method === "put" || (method === "post" && (path.includes("{transferId}/") || /\/(reviews|retract|link)$/.test(path)));
        if (changesState) expect(parameters, `${method} ${path}`).toContain("If-Match");
      }
    }
  });
});
