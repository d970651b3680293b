import { createInterface } from "node:readline";
import type { Implementation, ReportedFinding } from "../protocol/messages.js";
import { protocolVersion } from "../protocol/messages.js";
import type { ProtocolVector } from "../vectors/vector-format.js";

export interface Verdict {
  valid: boolean;
  findings: ReportedFinding[];
}

/** What an adapter implements; `serveAdapter` does the protocol around it. */
export interface AdapterHandlers {
  implementation: Implementation;
  unsupported?: string[];
  run(vector: ProtocolVector): Verdict | Promise<Verdict>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The adapter side of the harness protocol: reads requests line by line from `input`,
 * answers each on `output`, returns at `stop` or end of input. A vector that throws is
 * answered `errored` with the message; the adapter keeps serving.
 */
export async function serveAdapter(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, handlers: AdapterHandlers): Promise<void> {
  const reply = (message: unknown) => output.write(`${JSON.stringify(message)}\n`);
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim() === "") continue;
    let request: unknown;
    try {
      request = JSON.parse(line);
    } catch {
      reply({ seq: 0, errored: true, context: { message: "request is not JSON" } });
      continue;
    }
    if (!isObject(request)) continue;
    if (request["cmd"] === "start") {
      if (request["version"] !== protocolVersion) {
        reply({ seq: 0, errored: true, context: { message: `protocol version ${String(request["version"])} is not supported (this adapter speaks ${protocolVersion})` } });
        break;
      }
      reply({ ready: true, implementation: handlers.implementation, unsupported: handlers.unsupported ?? [] });
    } else if (request["cmd"] === "run") {
      const seq = request["seq"];
      try {
        const verdict = await handlers.run(request["vector"] as ProtocolVector);
        reply({ seq, valid: verdict.valid, findings: verdict.findings });
      } catch (error) {
        reply({ seq, errored: true, context: { message: error instanceof Error ? error.message : String(error) } });
      }
    } else if (request["cmd"] === "stop") {
      break;
    }
  }
  lines.close();
}
