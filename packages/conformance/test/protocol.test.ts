import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { serveAdapter, toProtocolVector, validatorAdapter } from "../src/harness.js";
import { allVectors, repositoryRoot } from "./support.js";

const protocolSchema = JSON.parse(readFileSync(join(repositoryRoot, "conformance", "protocol.schema.json"), "utf8"));
const validate = new Ajv2020({ strict: false }).compile(protocolSchema);
const conforms = (message: unknown) => {
  const ok = validate(message);
  return ok ? [] : validate.errors;
};

async function converse(requests: unknown[]): Promise<unknown[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  const lines: string[] = [];
  output.on("data", (chunk: Buffer) => lines.push(...chunk.toString("utf8").split("\n").filter(Boolean)));
  const served = serveAdapter(input, output, validatorAdapter());
  for (const request of requests) input.write(`${JSON.stringify(request)}\n`);
  input.end();
  await served;
  return lines.map((line) => JSON.parse(line));
}

describe("the harness protocol", () => {
  it("documents every request the harness sends", () => {
    expect(conforms({ cmd: "start", version: 1 })).toEqual([]);
    expect(conforms({ cmd: "stop" })).toEqual([]);
    for (const vector of allVectors) expect(conforms({ cmd: "run", seq: 1, vector: toProtocolVector(vector) }), vector.id).toEqual([]);
  });

  it("never sends the expected answer to the implementation", () => {
    for (const vector of allVectors) {
      const sent = toProtocolVector(vector) as unknown as Record<string, unknown>;
      expect(sent["valid"]).toBeUndefined();
      expect(sent["findings"]).toBeUndefined();
    }
  });

  it("documents every answer of the project's adapter, which answers in order and stops on stop", async () => {
    const vectors = allVectors.filter((_, index) => index % 40 === 0);
    const answers = await converse([
      { cmd: "start", version: 1 },
      ...vectors.map((vector, index) => ({ cmd: "run", seq: index + 1, vector: toProtocolVector(vector) })),
      { cmd: "stop" },
      { cmd: "run", seq: 999, vector: toProtocolVector(vectors[0]!) },
    ]);
    expect(answers).toHaveLength(vectors.length + 1);
    expect(answers[0]).toMatchObject({ ready: true, implementation: { name: "@czt/validator", language: "typescript" } });
    for (const answer of answers) expect(conforms(answer)).toEqual([]);
    expect(answers.slice(1).map((answer) => (answer as { seq: number }).seq)).toEqual(vectors.map((_, index) => index + 1));
  });

  it("answers a vector it cannot run with errored, and keeps serving", async () => {
    const answers = await converse([
      { cmd: "start", version: 1 },
      { cmd: "run", seq: 1, vector: { id: "x/empty", description: "no input" } },
      { cmd: "run", seq: 2, vector: toProtocolVector(allVectors[0]!) },
    ]);
    expect(answers[1]).toMatchObject({ seq: 1, errored: true, context: { message: "the vector has none of data, records, raw" } });
    expect(answers[2]).toMatchObject({ seq: 2, valid: expect.any(Boolean) });
  });

  it("refuses a protocol version it does not speak", async () => {
    const answers = await converse([{ cmd: "start", version: 2 }]);
    expect(answers).toEqual([{ seq: 0, errored: true, context: { message: "protocol version 2 is not supported (this adapter speaks 1)" } }]);
  });
});
