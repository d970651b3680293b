/**
 * The vector file format (`conformance/vectors.schema.json`), as TypeScript types.
 * A file is a list of groups, in the style of the JSON-Schema-Test-Suite.
 */

export type RawFormat = "json" | "jsonl" | "csv";

/** A finding as vectors and adapters state it: no severity, no message, no location beyond the record. */
export interface ExpectedFinding {
  ruleId: string;
  pointer: string;
  /** Dataset and raw vectors: 0-based index of the record. */
  record?: number;
}

export interface AttributedRecord {
  /** The export file the record came from (its name carries the city, e.g. `430200-zhuzhou.jsonl`). */
  file: string;
  record: unknown;
}

/** The input part of a test: exactly one of `data`, `records`, `raw` (with `format`). */
export interface VectorInput {
  data?: unknown;
  records?: AttributedRecord[];
  raw?: string;
  format?: RawFormat;
  /** How `raw` is written: as text (default) or as base64 bytes, for encoding and binary problems. */
  rawEncoding?: "utf-8" | "base64";
  asOf?: string;
  parameters?: Record<string, unknown>;
}

export interface VectorTest extends VectorInput {
  id: string;
  description: string;
  valid: boolean;
  findings: ExpectedFinding[];
}

export interface VectorGroup {
  description: string;
  rules: string[];
  asOf?: string;
  parameters?: Record<string, unknown>;
  tests: VectorTest[];
}

export type VectorFile = VectorGroup[];

/** A test with its group's settings applied and where it came from: what the harness runs. */
export interface Vector extends VectorTest {
  /** Vector file name, e.g. `identifiers.json`. */
  file: string;
  /** The rules of its group. */
  groupRules: string[];
  groupDescription: string;
}

/** What is sent to an implementation: the input, never the expected answer. */
export interface ProtocolVector extends VectorInput {
  id: string;
  description: string;
}

export function toProtocolVector(vector: Vector): ProtocolVector {
  const sent: ProtocolVector = { id: vector.id, description: vector.description };
  if ("data" in vector) sent.data = vector.data;
  if (vector.records !== undefined) sent.records = vector.records;
  if (vector.raw !== undefined) sent.raw = vector.raw;
  if (vector.format !== undefined) sent.format = vector.format;
  if (vector.rawEncoding !== undefined) sent.rawEncoding = vector.rawEncoding;
  if (vector.asOf !== undefined) sent.asOf = vector.asOf;
  if (vector.parameters !== undefined) sent.parameters = vector.parameters;
  return sent;
}

/** The rules a vector is about: its group's rules and the rules it expects to fire. */
export function rulesOfVector(vector: Vector): string[] {
  return [...new Set([...vector.groupRules, ...vector.findings.map((finding) => finding.ruleId)])];
}
