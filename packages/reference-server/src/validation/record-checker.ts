import { createValidator, type Finding, type Validator } from "@czt/validator";
import type { ProblemError } from "../http/problem.js";

/**
 * Checks a record with the CZT-SS validator — the same schema and record rules as
 * `czt validate` — and turns its findings into problem errors. Only errors block
 * a write; warnings (e.g. `transfer.step-deadline`) are the agency's business.
 */
export class RecordChecker {
  readonly #validator: Validator;

  constructor(validator: Validator = createValidator({ lenientReferences: true })) {
    this.#validator = validator;
  }

  errors(record: unknown): ProblemError[] {
    return this.#validator
      .validateRecord(record, { file: "request", line: 1, recordIndex: 0 })
      .filter((finding: Finding) => finding.severity === "error")
      .map((finding: Finding) => ({ ruleId: finding.ruleId, pointer: finding.pointer, severity: finding.severity, detail: finding.message }));
  }
}
