import type { ContractSchemas } from "@czt/validator";
import { documentedResponse, type OperationSpec } from "./contract-operations.js";
import type { Exchange } from "./exchange.js";

/** The checks run on every response the runner receives (as Schemathesis does). */
export const responseCheckNames = ["not_a_server_error", "status_code_conformance", "content_type_conformance", "response_schema_conformance"] as const;
export type ResponseCheckName = (typeof responseCheckNames)[number];

export interface ResponseViolation {
  check: ResponseCheckName;
  message: string;
}

/** Checks one exchange against the contract; returns every violation. */
export function checkResponse(exchange: Exchange, operations: ReadonlyMap<string, OperationSpec>, schemas: ContractSchemas): ResponseViolation[] {
  const violations: ResponseViolation[] = [];
  const { status } = exchange.response;
  if (status >= 500) violations.push({ check: "not_a_server_error", message: `the server answered ${status}` });
  const operation = operations.get(exchange.operationId);
  if (operation === undefined) return violations;
  const documented = documentedResponse(operation, status);
  if (documented === undefined) {
    violations.push({
      check: "status_code_conformance",
      message: `${operation.operationId} answered ${status}, which the contract does not document (documented: ${[...operation.responses.keys()].join(", ")})`,
    });
    return violations;
  }
  if (documented.size === 0) return violations;
  const contentType = (exchange.response.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  const pointer = documented.get(contentType);
  if (pointer === undefined) {
    violations.push({
      check: "content_type_conformance",
      message: `${operation.operationId} ${status} answered content type '${contentType || "none"}', documented: ${[...documented.keys()].join(", ")}`,
    });
    return violations;
  }
  const errors = schemas.check(pointer, exchange.response.body);
  if (errors.length > 0) {
    violations.push({
      check: "response_schema_conformance",
      message: `${operation.operationId} ${status} body does not match the contract: ${errors
        .slice(0, 5)
        .map((error) => `${error.pointer || "/"} ${error.detail ?? error.ruleId}`)
        .join("; ")}`,
    });
  }
  return violations;
}
