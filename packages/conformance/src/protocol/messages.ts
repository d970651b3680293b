/**
 * The harness protocol, version 1 (`conformance/protocol.schema.json`): line-delimited
 * JSON over the adapter's stdin/stdout, in the spirit of Bowtie.
 */
import type { ExpectedFinding, ProtocolVector } from "../vectors/vector-format.js";

export const protocolVersion = 1;

export interface StartRequest {
  cmd: "start";
  version: typeof protocolVersion;
}

export interface RunRequest {
  cmd: "run";
  seq: number;
  vector: ProtocolVector;
}

export interface StopRequest {
  cmd: "stop";
}

export type Request = StartRequest | RunRequest | StopRequest;

export interface Implementation {
  name: string;
  language: string;
  version: string;
  homepage?: string;
}

export interface StartResponse {
  ready: true;
  implementation: Implementation;
  /** Vector ids or rule ids (or rule prefixes such as `dataset.*`) the implementation does not implement. */
  unsupported?: string[];
  /** The rule ids (or prefixes such as `dataset.*`) the implementation implements; a vector about any other rule is skipped. */
  supported?: string[];
}

export interface ReportedFinding extends ExpectedFinding {
  severity?: "error" | "warning" | "info";
}

export interface VerdictResponse {
  seq: number;
  valid: boolean;
  findings: ReportedFinding[];
}

export interface ErroredResponse {
  seq: number;
  errored: true;
  context?: Record<string, unknown>;
}

export type RunResponse = VerdictResponse | ErroredResponse;
