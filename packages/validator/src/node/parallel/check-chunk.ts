import { extractIndexEntry } from "../../dataset/index-entry.js";
import type { InputItem, ReaderLimits } from "../../input/input-item.js";
import { createJsonLinesReader } from "../../input/json-lines-reader.js";
import type { Utf8Decoder } from "../../input/line-reader.js";
import type { Finding } from "../../rule.js";
import { createValidator, type ValidatorOptions } from "../../validator.js";
import type { ChunkResult, ChunkTask } from "./messages.js";

function isSchemaValid(findings: readonly Finding[]): boolean {
  for (const finding of findings) if (finding.ruleId.startsWith("schema.") || finding.ruleId.startsWith("input.")) return false;
  return true;
}

/** Parses a slice of JSON Lines and runs the schema and record rules on it (the part that parallelises). */
export function checkChunk(task: ChunkTask, options: ValidatorOptions, limits: ReaderLimits, utf8: Utf8Decoder): ChunkResult {
  const validatorOptions: ValidatorOptions = { ...options, checks: options.checks === "schema" ? "schema" : "record" };
  if (task.asOf && !options.asOf) validatorOptions.asOf = task.asOf;
  const session = createValidator(validatorOptions).createSession();
  const items: InputItem[] = [];
  const reader = createJsonLinesReader({ file: task.file, encoding: "utf-8", limits, emit: (item) => items.push(item), utf8 });
  reader.push(task.bytes);
  reader.end();
  const count = items.length;
  const result: ChunkResult = {
    seq: task.seq,
    lines: new Uint32Array(count),
    columns: new Uint32Array(count),
    kinds: new Uint8Array(count),
    ids: new Array(count),
    entries: new Array(count),
    findings: [],
    findingItems: [],
  };
  const origin = task.city ? { city: task.city } : undefined;
  for (let i = 0; i < count; i++) {
    const item = items[i]!;
    result.lines[i] = item.location.line;
    result.columns[i] = item.location.column ?? 0;
    const findings = session.add(item);
    for (const finding of findings) {
      result.findings.push(finding);
      result.findingItems.push(i);
    }
    if (item.kind === "record") {
      const value = item.value as Record<string, unknown>;
      const entry = options.checks !== "schema" && isSchemaValid(findings) ? extractIndexEntry(value, origin) : undefined;
      // The entry carries the id already: each string crosses to the main thread once.
      if (entry) result.entries[i] = entry;
      else if (typeof value === "object" && value !== null && typeof value["id"] === "string") result.ids[i] = value["id"];
    } else if (item.kind === "error") {
      result.kinds[i] = item.lostRecord === false ? 2 : 1;
    } else result.kinds[i] = 2;
  }
  return result;
}
