import { createValidator, type Finding, type Validator, type ValidatorOptions } from "@czt/validator";
import type { ReportedFinding } from "../protocol/messages.js";
import { validateEntries } from "../validate-entries.js";
import type { ProtocolVector } from "../vectors/vector-format.js";
import type { Verdict } from "./serve-adapter.js";

export interface VectorRunnerOptions {
  /** Rules to switch off (used to show that the harness notices a broken rule). */
  disableRules?: string[];
  /** Version of the standard to check every vector against, whatever a raw vector's header declares. */
  schemaVersion?: string;
  /** Reads a raw vector (input rules); supplied by the Node adapter, absent in browsers. */
  readRaw?: (bytes: Uint8Array, format: "json" | "jsonl" | "csv") => AsyncIterable<import("@czt/validator").InputItem>;
}

function toReported(finding: Finding, record?: number): ReportedFinding {
  const reported: ReportedFinding = { ruleId: finding.ruleId, pointer: finding.pointer, severity: finding.severity };
  if (record !== undefined) reported.record = record;
  return reported;
}

function verdictOf(findings: ReportedFinding[]): Verdict {
  return { valid: !findings.some((finding) => finding.severity === "error"), findings: findings.filter((finding) => finding.severity !== "info") };
}

/**
 * Runs vectors through the project's validator, the way a user's data would go:
 * `data` through `validateRecord` (schema and record rules), `records` and `raw`
 * through a session (all layers, dataset rules included).
 */
export function createVectorRunner(options: VectorRunnerOptions = {}): (vector: ProtocolVector) => Promise<Verdict> {
  const validators = new Map<string, Validator>();
  const validatorFor = (vector: ProtocolVector): Validator => {
    const key = JSON.stringify([vector.asOf ?? null, vector.parameters ?? null]);
    let validator = validators.get(key);
    if (!validator) {
      const validatorOptions: ValidatorOptions = {};
      if (vector.asOf !== undefined) validatorOptions.asOf = vector.asOf;
      if (vector.parameters !== undefined) validatorOptions.parameters = vector.parameters as NonNullable<ValidatorOptions["parameters"]>;
      if (options.disableRules !== undefined) validatorOptions.disableRules = options.disableRules;
      if (options.schemaVersion !== undefined) validatorOptions.schemaVersion = options.schemaVersion;
      validator = createValidator(validatorOptions);
      validators.set(key, validator);
    }
    return validator;
  };

  return async (vector) => {
    const validator = validatorFor(vector);
    if ("data" in vector) {
      return verdictOf(validator.validateRecord(vector.data, { file: "vector.json", line: 1, recordIndex: 0 }).map((finding) => toReported(finding)));
    }
    const session = validator.createSession();
    const collected: ReportedFinding[] = [];
    if (vector.records !== undefined) {
      for (const { finding, record } of validateEntries(session, vector.records)) collected.push(toReported(finding, record));
      return verdictOf(collected);
    }
    if (vector.raw !== undefined && vector.format !== undefined) {
      if (!options.readRaw) throw new Error("raw vectors need a reader (run the Node adapter)");
      const bytes = vector.rawEncoding === "base64" ? Buffer.from(vector.raw, "base64") : Buffer.from(vector.raw, "utf8");
      for await (const item of options.readRaw(bytes, vector.format)) {
        for (const finding of session.add(item)) collected.push(toReported(finding, finding.recordIndex >= 0 ? finding.recordIndex : undefined));
      }
      for (const finding of session.finish().findings) collected.push(toReported(finding, finding.recordIndex >= 0 ? finding.recordIndex : undefined));
      return verdictOf(collected);
    }
    throw new Error("the vector has none of data, records, raw");
  };
}
