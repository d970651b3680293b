import type { Principal } from "../auth/agency.js";
import { checkOwnAgency, checkOwnRecordId, notYours } from "../auth/record-ownership.js";
import type { ServerContext } from "../context.js";
import { etagOf } from "../http/etag.js";
import type { Outcome } from "../http/idempotent.js";
import { ProblemException, problems } from "../http/problem.js";
import type { EventType } from "../store/event-log.js";
import { indexColumns } from "../store/index-columns.js";
import type { IndexColumns } from "../store/record-store.js";
import { findDatasetConflict } from "../validation/dataset-conflicts.js";
import { checkTransferEnrolments } from "../workflow/transfer-enrolments.js";
import { owningEnd } from "../workflow/transfer-sides.js";
import { stepTimeProblem, stepTimeRefused } from "../workflow/step-time.js";
import type { RecordKind } from "./record-kinds.js";

type Body = Record<string, unknown>;

export function isObject(value: unknown): value is Body {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Checks a record against the standard (the version the request names) with the validator; throws a 422 problem. */
export function checkRecord(context: ServerContext, kind: RecordKind, body: unknown, schemaVersion?: string): asserts body is Body {
  if (!isObject(body)) throw problems.invalidRecord([{ ruleId: "schema.type", pointer: "", severity: "error", detail: "the body must be a JSON object" }]);
  if (body["recordType"] !== kind.recordType) {
    throw problems.invalidRecord([{ ruleId: "schema.enum", pointer: "/recordType", severity: "error", detail: `recordType must be "${kind.recordType}" here` }]);
  }
  const errors = context.checker.errors(body, schemaVersion);
  if (errors.length > 0) throw problems.invalidRecord(errors);
}

function checkReferences(context: ServerContext, kind: RecordKind, body: Body): void {
  const unresolved = kind.references(body).filter(({ id }) => !context.records.exists(id));
  if (unresolved.length > 0) {
    throw problems.unprocessable(
      "unresolved-reference",
      "A referenced record does not exist",
      unresolved.map(({ id, pointer }) => `${pointer} names ${id}, which is not stored`).join("; "),
      unresolved.map(({ pointer, id }) => ({ ruleId: "dataset.unresolved-reference", pointer, severity: "error", detail: `no record ${id}` })),
    );
  }
}

/** A new transfer starts in `requested` with that single step, dated no later than now; the transitions do the rest. */
function checkInitialState(kind: RecordKind, body: Body, now: Date): void {
  if (kind.recordType !== "transfer") return;
  const steps = body["steps"];
  if (body["status"] !== "requested" || !Array.isArray(steps) || steps.length !== 1) {
    throw problems.unprocessable("invalid-initial-state", "A transfer starts as requested", "a new transfer has status requested and exactly one step; use the transition operations for the others", [
      { ruleId: "api.transfer-initial-state", pointer: "/status", severity: "error" },
    ]);
  }
  const at = isObject(steps[0]) ? steps[0]["at"] : undefined;
  const problem = typeof at === "string" ? stepTimeProblem(at, now, undefined) : undefined;
  if (problem !== undefined) throw stepTimeRefused(problem, "/steps/0/at");
}

/** 409 naming the stored record a new one would duplicate (`existingId`, an extension member of the problem). */
function conflictWith(existingId: string, detail: string, ruleId?: string, pointer = ""): ProblemException {
  const problem = new ProblemException(409, "conflict", "Conflict", detail, ruleId === undefined ? undefined : [{ ruleId, pointer, severity: "error", detail }]);
  Object.assign(problem.problem, { existingId });
  return problem;
}

/** The validator's duplicate rules (`dataset.duplicate-person`, `dataset.duplicate-enrolment`) against the stored records. */
function checkNoDuplicate(context: ServerContext, body: Body, city: string): void {
  const conflict = findDatasetConflict(context.records, body, city);
  if (conflict !== undefined) throw conflictWith(conflict.existingId, conflict.message, conflict.ruleId, conflict.pointer);
}

/** Creates a record: validate, authorise the owner, refuse duplicates, resolve references, store. Runs inside the idempotency transaction. */
export function createRecord(context: ServerContext, kind: RecordKind, principal: Principal, body: unknown, schemaVersion: string): Outcome {
  checkRecord(context, kind, body, schemaVersion);
  const owner = kind.owner(body, principal);
  const id = String(body["id"]);
  if (!context.faults.has("skip-ownership")) {
    if (kind.recordType === "transfer" && owningEnd(body) === undefined) {
      throw notYours("api.ownership", "", "neither side of this transfer is in the three cities (from.external and to.external): no agency here files it");
    }
    if (owner.city !== principal.city || owner.department !== principal.agency.department) {
      throw notYours(
        "api.ownership",
        "",
        `an agency writes only its own city's and department's records: this ${kind.recordType} belongs to ${owner.city ?? "?"}/${owner.department ?? "?"}, the token to ${principal.city}/${principal.agency.department}`,
      );
    }
    checkOwnRecordId(principal, id);
    for (const { pointer, agency } of kind.ownAgencies(body)) checkOwnAgency(principal, agency, pointer);
  }
  if (context.records.exists(id)) throw conflictWith(id, `a record with id ${id} already exists`);
  checkReferences(context, kind, body);
  checkInitialState(kind, body, context.now());
  if (kind.recordType === "transfer") checkTransferEnrolments(context.records, body, { from: "/from/enrolmentId", to: "/to/enrolmentId" });
  if (!context.faults.has("allow-duplicates")) checkNoDuplicate(context, body, principal.city);
  const json = JSON.stringify(body);
  const columns = indexColumns(kind.recordType, body, { city: principal.city, department: principal.agency.department });
  const at = context.now().toISOString();
  const stored = context.records.insert(kind.recordType, body, columns, json, { at, agency: principal.agency });
  appendEvent(context, "created", kind, stored, columns, principal, at);
  return { status: 201, headers: { etag: etagOf(stored.version), location: `${kind.path}/${encodeURIComponent(id)}` }, json };
}

/** The feed's event of a change, appended in the change's transaction. */
export function appendEvent(
  context: ServerContext,
  type: EventType,
  kind: RecordKind,
  stored: { id: string; version: number },
  columns: Pick<IndexColumns, "city" | "department">,
  principal: Principal,
  at: string,
  reason?: string,
): void {
  context.events.append({
    type,
    recordType: kind.recordType,
    recordId: stored.id,
    version: stored.version,
    occurredAt: at,
    city: columns.city,
    department: columns.department,
    agency: principal.agency,
    ...(reason === undefined ? {} : { reason }),
  });
}

/**
 * Replaces a stored record (a transition, a review, a correction, a link) with a new version and
 * appends its event; re-validates the result with the validator (the server's own version unless
 * the request names one). `writer` is the token's principal; `owner` the record's (a person is owned by its creator).
 */
export function replaceRecord(
  context: ServerContext,
  kind: RecordKind,
  current: { id: string; version: number; body: Body },
  body: Body,
  writer: Principal,
  eventType: EventType,
  options: { schemaVersion?: string; owner?: { city: string; department: string } } = {},
): Outcome {
  checkRecord(context, kind, body, options.schemaVersion);
  checkReferences(context, kind, body);
  const json = JSON.stringify(body);
  const columns = indexColumns(kind.recordType, body, options.owner ?? { city: writer.city, department: writer.agency.department });
  const at = context.now().toISOString();
  const stored = context.records.replace({ ...current, recordType: kind.recordType }, body, columns, json, { at, agency: writer.agency });
  if (stored === undefined) throw problems.preconditionFailed("the record changed while it was being updated");
  appendEvent(context, eventType, kind, stored, columns, writer, at);
  return { status: 200, headers: { etag: etagOf(stored.version) }, json };
}
