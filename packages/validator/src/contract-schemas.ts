import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { schemaRuleOfKeyword } from "@czt/schemas";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

const contractId = "urn:czt-ss:exchange-contract";

/** An error of a value against a schema of the contract, as a problem+json `errors` entry carries it. */
export interface ContractError {
  ruleId: string;
  pointer: string;
  severity: "error";
  detail: string;
}

/** Ajv's errors as contract errors: the pointer names the missing or unexpected member itself. */
function ajvErrorsToProblemErrors(errors: readonly ErrorObject[] | null | undefined): ContractError[] {
  return (errors ?? []).map((error) => {
    const pointer =
      error.keyword === "required"
        ? `${error.instancePath}/${String((error.params as { missingProperty?: string }).missingProperty)}`
        : error.keyword === "additionalProperties"
          ? `${error.instancePath}/${String((error.params as { additionalProperty?: string }).additionalProperty)}`
          : error.instancePath;
    return { ruleId: schemaRuleOfKeyword(error.keyword), pointer, severity: "error", detail: error.message ?? error.keyword };
  });
}

/**
 * JSON Schema 2020-12 validation against any schema of an exchange contract (the OpenAPI
 * bundle), addressed by JSON pointer (`/components/schemas/Transition`). Compiled lazily,
 * once per pointer. The reference server checks requests with it, the conformance runner
 * a server's responses.
 */
export class ContractSchemas {
  readonly #ajv: Ajv2020;
  readonly #compiled = new Map<string, ValidateFunction>();

  constructor(contract: Readonly<Record<string, unknown>>) {
    this.#ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.#ajv);
    this.#ajv.addSchema({ ...structuredClone(contract), $id: contractId } as object);
  }

  validator(pointer: string): ValidateFunction {
    let validate = this.#compiled.get(pointer);
    if (validate === undefined) {
      validate = this.#ajv.getSchema(`${contractId}#${pointer}`);
      if (validate === undefined) throw new Error(`the contract has no schema at ${pointer}`);
      this.#compiled.set(pointer, validate);
    }
    return validate;
  }

  /** Problem errors of a value against the schema at `pointer`; empty when valid. */
  check(pointer: string, value: unknown): ContractError[] {
    const validate = this.validator(pointer);
    return validate(value) ? [] : ajvErrorsToProblemErrors(validate.errors);
  }
}
