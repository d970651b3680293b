import { ProblemException } from "../http/problem.js";
import type { Agency, Principal } from "./agency.js";

type Body = Record<string, unknown>;

/** A 403 problem naming the rule (`api.*`) and the field that is not the token's own. */
export function notYours(ruleId: string, pointer: string, detail: string): ProblemException {
  return new ProblemException(403, "forbidden", "Forbidden", detail, [{ ruleId, pointer, severity: "error", detail }]);
}

/**
 * Record ids are unique across the agglomeration because each city issues its own,
 * prefixed with its city code (`430100-P-000123`): an agency creates ids of its own city only.
 */
export function checkOwnRecordId(principal: Principal, id: string): void {
  if (!id.startsWith(`${principal.city}-`)) {
    throw notYours("api.record-id-city", "/id", `a record id created by an agency of ${principal.city} begins with "${principal.city}-"`);
  }
}

const agencyFields = ["creditCode", "division", "department", "name"] as const;

/**
 * An agency named as the record's own (the enrolment's, the receiving side of a transfer,
 * `meta.sourceAgency`) must be the token's agency: the same credit code, division and
 * department, and the same name where both have one.
 */
export function checkOwnAgency(principal: Principal, agency: unknown, pointer: string): void {
  if (typeof agency !== "object" || agency === null) return;
  const given = agency as Body;
  const own: Partial<Agency> = principal.agency;
  for (const field of agencyFields) {
    const value = given[field];
    if (value === undefined || (field === "name" && own.name === undefined)) continue;
    if (value !== own[field]) {
      throw notYours("api.own-agency", `${pointer}/${field}`, `an agency files records under its own ${field} only: ${pointer}/${field} is not the token's`);
    }
  }
}
