import { validateIdNumber } from "@czt/domain";
import { describe, expect, it } from "vitest";
import { contract } from "../src/contract/contract.js";
import { ContractSchemas } from "@czt/validator";
import { bodiesOf, examplesOf, type Node, operationsOf } from "./contract-walk.js";
import { recordExampleErrors } from "./record-findings.js";
import { key, startTestServer } from "./support.js";

/** Every string under a member named `idNumber`, anywhere in an example. */
function idNumbersIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) idNumbersIn(item, found);
  else if (value !== null && typeof value === "object") {
    for (const [key, member] of Object.entries(value as Node)) {
      if (key === "idNumber" && typeof member === "string") found.push(member);
      else idNumbersIn(member, found);
    }
  }
  return found;
}

/** Every JSON text line of a JSON Lines example. */
function jsonLines(text: string): unknown[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as unknown);
}

describe("the contract's examples", () => {
  const schemas = new ContractSchemas(contract);
  const operations = operationsOf(contract);

  it("cover every operation's request body and every response, each media type, and validate against its schema", () => {
    const problems: string[] = [];
    let checked = 0;
    for (const operation of operations) {
      for (const body of bodiesOf(contract, operation)) {
        const examples = examplesOf(contract, body.media);
        if (examples.length === 0) problems.push(`${body.where}: no example`);
        for (const example of examples) {
          checked++;
          const where = `${body.where} example ${example.name}`;
          const errors = schemas.check(body.schemaPointer, example.value);
          if (errors.length > 0) problems.push(`${where}: ${JSON.stringify(errors)}`);
          // Record bodies pass the validator too, but for the sensitive fields a read may leave out (an export
          // example may show a finding on purpose: its lines need only be JSON).
          if (typeof example.value === "string") jsonLines(example.value);
          else if (typeof example.value === "object" && example.value !== null && "recordType" in example.value) {
            const findings = recordExampleErrors(example.value);
            if (findings.length > 0) problems.push(`${where}: the validator finds ${JSON.stringify(findings)}`);
          }
          // A report masks identity numbers (430104********2020); every other one must be a real, valid number.
          for (const idNumber of idNumbersIn(example.value)) {
            if (!idNumber.includes("*") && !validateIdNumber(idNumber).valid) problems.push(`${where}: ${idNumber} is not a valid identity number`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    // The walk reached the whole contract: 145 documented responses, plus the request bodies.
    expect(checked).toBeGreaterThanOrEqual(145);
  });

  it("show a problem+json example whose status is the response's own", () => {
    const problems: string[] = [];
    for (const operation of operations) {
      for (const body of bodiesOf(contract, operation)) {
        if (body.mediaType !== "application/problem+json") continue;
        for (const example of examplesOf(contract, body.media)) {
          const status = (example.value as Node)["status"];
          if (String(status) !== body.status) problems.push(`${body.where} example ${example.name}: status ${String(status)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("show what the reference server answers: the created person, a duplicate, a wrong check character, the export's report", async () => {
    const server = await startTestServer();
    const examples = (contract["components"] as Node)["examples"] as Record<string, Node>;
    const value = (name: string) => examples[name]!["value"] as Node;
    const post = (url: string, payload: string | object, contentType = "application/json") =>
      server.app.inject({ method: "POST", url, headers: { ...server.auth(0), "idempotency-key": key(), "content-type": contentType }, payload });
    try {
      const person = value("Person");
      const created = await post("/v1/persons", person);
      expect(created.statusCode).toBe(201);
      expect(created.json()).toEqual(person);
      const duplicate = await post("/v1/persons", { ...person, id: "430100-P-000124" });
      expect(duplicate.json()).toEqual(value("ConflictProblem"));
      const wrongCheckCharacter = await post("/v1/persons", { ...person, id: "430100-P-000125", idNumber: "430102199003071235" });
      expect(wrongCheckCharacter.json()).toEqual(value("ValidationProblem"));

      const validation = operations.find((operation) => operation.operationId === "validateExport")!;
      const [request, report] = bodiesOf(contract, validation).filter((body) => body.status === "request" || body.status === "200");
      const answer = await post("/v1/validations", examplesOf(contract, request!.media)[0]!.value as string, "application/x-ndjson");
      const timings = { elapsedMs: expect.any(Number), recordsPerSecond: expect.any(Number) };
      const expected = examplesOf(contract, report!.media)[0]!.value as { summary: object };
      expect(answer.json()).toEqual({ ...expected, summary: { ...expected.summary, ...timings } });
    } finally {
      await server.close();
    }
  });
});
