import { currentVersion } from "@czt/schemas";
import { createValidator, type Finding, type Validator } from "@czt/validator";
import type { ProblemError } from "../http/problem.js";

/** Makes the validator of one version of the standard. */
export type ValidatorFactory = (schemaVersion: string) => Validator;

const standardValidator: ValidatorFactory = (schemaVersion) => createValidator({ lenientReferences: true, schemaVersion });

/**
 * Checks a record with the CZT-SS validator — the same schema and record rules as
 * `czt validate` — against the version of the standard the request names, and turns
 * its findings into problem errors. Only errors block a write; warnings (e.g.
 * `transfer.step-deadline`) are the agency's business.
 */
export class RecordChecker {
  readonly #create: ValidatorFactory;
  /** One validator per version, made when first needed. */
  readonly #validators = new Map<string, Validator>();

  constructor(create: ValidatorFactory = standardValidator) {
    this.#create = create;
  }

  errors(record: unknown, schemaVersion: string = currentVersion): ProblemError[] {
    let validator = this.#validators.get(schemaVersion);
    if (validator === undefined) {
      validator = this.#create(schemaVersion);
      this.#validators.set(schemaVersion, validator);
    }
    return validator
      .validateRecord(record, { file: "request", line: 1, recordIndex: 0 })
      .filter((finding: Finding) => finding.severity === "error")
      .map((finding: Finding) => ({ ruleId: finding.ruleId, pointer: finding.pointer, severity: finding.severity, detail: finding.message }));
  }
}
