import { type RecordType, sensitivePointers } from "@czt/schemas";
import type { ProblemError } from "../src/http/problem.js";
import { sharedChecker } from "./support.js";

/** Per record type, a pattern of the pointers of the fields marked `x-czt-sensitivity` (`*` = any array index). */
const leftOut = Object.fromEntries(
  Object.entries(sensitivePointers).map(([recordType, pointers]) => [
    recordType,
    new RegExp(`^(${Object.keys(pointers).map((pointer) => pointer.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === "*" ? "[0-9]+" : `\\${c}`))).join("|")})$`),
  ]),
) as Record<RecordType, RegExp>;

/**
 * The validator's errors on a record example, except that a field marked `x-czt-sensitivity`
 * may be missing: an example may show a record as a token without `read:personal` reads it.
 */
export function recordExampleErrors(record: object): ProblemError[] {
  const pattern = leftOut[(record as { recordType?: RecordType }).recordType ?? "person"];
  return sharedChecker.errors(record).filter((error) => !(error.ruleId === "schema.required" && pattern?.test(error.pointer)));
}
