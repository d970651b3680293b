import { extractIndexEntry, type IndexEntry } from "../../dataset/index-entry.js";
import type { InputItem, ReaderLimits } from "../../input/input-item.js";
import { createJsonLinesReader } from "../../input/json-lines-reader.js";
import type { Utf8Decoder } from "../../input/line-reader.js";
import type { Finding } from "../../rule.js";
import { createValidator, type Validator, type ValidatorOptions } from "../../validator.js";
import type { ChunkResult, ChunkTask } from "./messages.js";

function isSchemaValid(findings: readonly Finding[]): boolean {
  for (const finding of findings) if (finding.ruleId.startsWith("schema.") || finding.ruleId.startsWith("input.")) return false;
  return true;
}

/** One validator per reference date: every slice of an export shares its header's asOf. */
const validators = new Map<string, Validator>();

function validatorFor(options: ValidatorOptions, asOf: string | undefined): Validator {
  const key = options.asOf ?? asOf ?? "";
  let validator = validators.get(key);
  if (!validator) {
    const validatorOptions: ValidatorOptions = { ...options, checks: options.checks === "schema" ? "schema" : "record" };
    if (asOf && !options.asOf) validatorOptions.asOf = asOf;
    validator = createValidator(validatorOptions);
    validators.set(key, validator);
  }
  return validator;
}

/**
 * Parses a slice of JSON Lines and runs the schema and record rules on it (the part that
 * parallelises). Each item is checked as soon as the reader hands it out, while the record is still
 * young: collecting a whole slice first made records survive scavenges (GC time).
 */
export function checkChunk(task: ChunkTask, options: ValidatorOptions, limits: ReaderLimits, utf8: Utf8Decoder): ChunkResult {
  const session = validatorFor(options, task.asOf).createSession();
  const lines: number[] = [];
  const columns: number[] = [];
  const kinds: number[] = [];
  const result: ChunkResult = {
    seq: task.seq,
    lines: new Uint32Array(0),
    columns: new Uint32Array(0),
    kinds: new Uint8Array(0),
    ids: [],
    entries: [],
    findings: [],
    findingItems: [],
  };
  const origin = task.city ? { city: task.city } : undefined;
  const check = (item: InputItem): void => {
    const i = kinds.length;
    lines.push(item.location.line);
    columns.push(item.location.column ?? 0);
    const findings = session.add(item);
    for (const finding of findings) {
      result.findings.push(finding);
      result.findingItems.push(i);
    }
    let entry: IndexEntry | undefined;
    let id: string | undefined;
    if (item.kind === "record") {
      kinds.push(0);
      const value = item.value as Record<string, unknown>;
      entry = options.checks !== "schema" && isSchemaValid(findings) ? extractIndexEntry(value, origin) : undefined;
      // The entry carries the id already: each string crosses to the main thread once.
      if (!entry && typeof value === "object" && value !== null && typeof value["id"] === "string") id = value["id"];
    } else if (item.kind === "error") {
      kinds.push(item.lostRecord === false ? 2 : 1);
    } else kinds.push(2);
    result.entries.push(entry);
    result.ids.push(id);
  };
  const reader = createJsonLinesReader({ file: task.file, encoding: "utf-8", limits, emit: check, utf8 });
  reader.push(task.bytes);
  reader.end();
  result.lines = Uint32Array.from(lines);
  result.columns = Uint32Array.from(columns);
  result.kinds = Uint8Array.from(kinds);
  return result;
}
