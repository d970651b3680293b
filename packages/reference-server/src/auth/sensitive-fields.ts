import { type RecordType, sensitivePointers } from "@czt/schemas";
import type { Outcome } from "../http/idempotent.js";
import type { Principal } from "./agency.js";

type Body = Record<string, unknown>;

/** The scope that reads fields annotated with `x-czt-sensitivity` (identifiers, personal and special-category data). */
const sensitiveScope = "read:personal";

/** Per record type, the annotated fields as pointer segments (`*` for every array item), from the schemas. */
const sensitivePaths: Readonly<Record<RecordType, readonly (readonly string[])[]>> = Object.fromEntries(
  Object.entries(sensitivePointers).map(([recordType, pointers]) => [recordType, Object.keys(pointers).map((pointer) => pointer.split("/").slice(1))]),
) as Record<RecordType, string[][]>;

/** True when the principal receives every field; otherwise the annotated fields are left out of what it reads. */
export function readsSensitiveFields(principal: Principal): boolean {
  return principal.scopes.includes(sensitiveScope);
}

function withoutPath(value: unknown, path: readonly string[]): unknown {
  const [head, ...rest] = path;
  if (head === undefined || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return head === "*" ? value.map((item) => withoutPath(item, rest)) : value;
  const object = value as Body;
  if (!Object.hasOwn(object, head)) return value;
  if (rest.length === 0) {
    const { [head]: _dropped, ...kept } = object;
    return kept;
  }
  return { ...object, [head]: withoutPath(object[head], rest) };
}

/** The record as the principal may read it: without the annotated fields unless it has `read:personal`. Copies; never changes `record`. */
export function visibleRecord(principal: Principal, recordType: RecordType, record: unknown): unknown {
  if (readsSensitiveFields(principal)) return record;
  return sensitivePaths[recordType].reduce(withoutPath, record);
}

/** A write's response (the record written) as the principal may read it. */
export function visibleOutcome(principal: Principal, recordType: RecordType, outcome: Outcome): Outcome {
  if (readsSensitiveFields(principal) || outcome.status >= 300) return outcome;
  return { ...outcome, json: JSON.stringify(visibleRecord(principal, recordType, JSON.parse(outcome.json))) };
}
