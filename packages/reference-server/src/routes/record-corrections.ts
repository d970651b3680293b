import type { FastifyInstance, FastifyRequest } from "fastify";
import { ownsRecord, type Principal } from "../auth/agency.js";
import { checkOwnAgency, notYours } from "../auth/record-ownership.js";
import { visibleOutcome, visibleRecord } from "../auth/sensitive-fields.js";
import { type ServerContext, principalOf } from "../context.js";
import { checkIfMatch, etagOf } from "../http/etag.js";
import { sendOutcome } from "../http/idempotent.js";
import { problems } from "../http/problem.js";
import { personalRecordTypes } from "../reads/read-guard.js";
import type { StoredRecord } from "../store/record-store.js";
import { findDatasetConflict } from "../validation/dataset-conflicts.js";
import { type RecordKind, recordKinds } from "./record-kinds.js";
import { findRecord, retractedProblem } from "./records.js";
import { appendEvent, checkRecord, replaceRecord } from "./record-writes.js";
import type { RetractionReason } from "./retraction-reasons.js";

type Body = Record<string, unknown>;

/** `getPerson` → `correctPerson`, `listPersonVersions`, `getPersonVersion`, `retractPerson`. */
const operationName = (kind: RecordKind) => kind.getOperationId.replace(/^get/, "");

/** Fields a correction may not change: the transfer's state moves only by its transitions, the links only by linking, a consent's withdrawal only by POST …/revoke (never undone). */
const fixedFields: Partial<Record<string, readonly string[]>> = {
  transfer: ["status", "steps"],
  person: ["replacedBy", "replaces"],
  consent: ["revoked", "revokedAt"],
};

/** The stored owner of a record; only that city and department may correct or retract it. */
export function checkOwner(context: ServerContext, kind: RecordKind, record: StoredRecord, principal: Principal): { city: string; department: string } {
  const owner = context.records.ownerOf(record.id);
  const city = owner?.city ?? undefined;
  const department = owner?.department ?? undefined;
  if (!context.faults.has("skip-ownership") && !ownsRecord(principal, city, department)) {
    throw notYours("api.ownership", "", `only the record's own agency corrects or retracts it: this ${kind.recordType} belongs to ${city ?? "?"}/${department ?? "?"}`);
  }
  return { city: city ?? principal.city, department: department ?? principal.agency.department };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A correction: the whole record again, validated as a write, by its owner, under If-Match; stored as a new version. */
function correct(context: ServerContext, kind: RecordKind, request: FastifyRequest, principal: Principal) {
  const current = findRecord(context, kind, request);
  const owner = checkOwner(context, kind, current, principal);
  if (!context.faults.has("ignore-if-match")) checkIfMatch(request.headers["if-match"], current.version);
  const body = request.body;
  checkRecord(context, kind, body, request.schemaVersion);
  if (body["id"] !== current.id) {
    throw problems.unprocessable("id-mismatch", "The id is not the record's", `a correction keeps the record's id ${current.id}`, [{ ruleId: "api.correction-id", pointer: "/id", severity: "error" }]);
  }
  for (const field of fixedFields[kind.recordType] ?? []) {
    if (!same(body[field], current.body[field])) {
      throw problems.unprocessable("field-not-correctable", "This field is not changed by a correction", `${field} changes only through its own operations, not by a correction`, [
        { ruleId: "api.correction-field", pointer: `/${field}`, severity: "error" },
      ]);
    }
  }
  if (!context.faults.has("skip-ownership")) {
    const next = kind.owner(body, principal);
    if (kind.recordType !== "person" && !ownsRecord(principal, next.city, next.department)) {
      throw notYours("api.ownership", "", "a correction cannot hand the record to another city or department");
    }
    for (const { pointer, agency } of kind.ownAgencies(body)) checkOwnAgency(principal, agency, pointer);
  }
  if (!context.faults.has("allow-duplicates")) {
    const conflict = findDatasetConflict(context.records, body, owner.city);
    if (conflict !== undefined) {
      const problem = problems.conflict(conflict.message);
      Object.assign(problem.problem, { existingId: conflict.existingId, errors: [{ ruleId: conflict.ruleId, pointer: conflict.pointer, severity: "error", detail: conflict.message }] });
      throw problem;
    }
  }
  return replaceRecord(context, kind, current, body, principal, "corrected", { schemaVersion: request.schemaVersion, owner });
}

/** A retraction (entered in error, a duplicate …): the record becomes a tombstone, by its owner, under If-Match. */
function retract(context: ServerContext, kind: RecordKind, request: FastifyRequest, principal: Principal) {
  const errors = context.contractSchemas.check("/components/schemas/RetractionRequest", request.body);
  if (errors.length > 0) throw problems.invalidRecord(errors);
  const { reason } = request.body as { reason: RetractionReason };
  const current = findRecord(context, kind, request);
  const owner = checkOwner(context, kind, current, principal);
  if (!context.faults.has("ignore-if-match")) checkIfMatch(request.headers["if-match"], current.version);
  const at = context.now().toISOString();
  if (context.faults.has("retraction-deletes")) {
    context.db.prepare("DELETE FROM records WHERE id = ?").run(current.id);
    return { status: 200, headers: {}, json: JSON.stringify({ id: current.id, version: current.version + 1, reason, retractedAt: at }) };
  }
  const tombstone = { reason, retractedAt: at, agency: principal.agency };
  const stored = context.records.retract(current, tombstone);
  if (stored === undefined) throw problems.preconditionFailed("the record changed while it was being retracted");
  appendEvent(context, "retracted", kind, stored, owner, principal, at, reason);
  const json = JSON.stringify({ id: current.id, version: stored.version, reason, retractedAt: at });
  return { status: 200, headers: { etag: etagOf(stored.version) }, json };
}

/** Corrections (PUT), the versions kept, and retractions of every record type. */
export function registerRecordCorrections(app: FastifyInstance, context: ServerContext): void {
  for (const kind of recordKinds) {
    const name = operationName(kind);
    const item = `${kind.path}/:${kind.idParam}`;

    app.put(item, { config: { operationId: `correct${name}`, scope: "write" } }, async (request, reply) => {
      const principal = principalOf(request);
      const outcome = await context.writes.run(request, principal.agency.creditCode, () => correct(context, kind, request, principal), true);
      return sendOutcome(reply, visibleOutcome(principal, kind.recordType, outcome));
    });

    app.post(`${item}/retract`, { config: { operationId: `retract${name}`, scope: "write" } }, async (request, reply) => {
      const principal = principalOf(request);
      const outcome = await context.writes.run(request, principal.agency.creditCode, () => retract(context, kind, request, principal));
      return sendOutcome(reply, outcome);
    });

    const stored = (request: FastifyRequest) => {
      const id = (request.params as Record<string, string>)[kind.idParam] ?? "";
      const record = context.records.getRaw(id);
      if (record === undefined || record.recordType !== kind.recordType) throw problems.notFound(`no ${kind.recordType} with id ${id}`);
      // A retracted record's earlier versions are gone with it: it was entered in error.
      if (record.retracted !== undefined) throw retractedProblem(kind, id, record.retracted);
      return id;
    };

    // Versions of personal records are reads of personal data: purpose, consent and one audit event per request.
    const personal = personalRecordTypes.has(kind.recordType);
    const guarded = async <T>(request: FastifyRequest, operationId: string, read: () => T): Promise<T> => {
      if (!personal) return read();
      const permit = context.reads.permit(request, principalOf(request), operationId);
      let result: T | undefined;
      await context.reads.readOne(
        permit,
        () => {
          const id = stored(request);
          result = read();
          return context.records.getRaw(id);
        },
        "",
      );
      return result as T;
    };

    app.get(`${item}/versions`, { config: { operationId: `list${name}Versions`, scope: kind.readScope } }, async (request, reply) => {
      const principal = principalOf(request);
      const kept = await guarded(request, `list${name}Versions`, () => context.records.versions(stored(request)));
      const items = (context.faults.has("drop-old-versions") ? kept.slice(-1) : kept).map((version) => ({
        version: version.version,
        etag: etagOf(version.version),
        writtenAt: version.writtenAt,
        record: visibleRecord(principal, kind.recordType, JSON.parse(version.json) as Body),
      }));
      return reply.header("vary", "Authorization").send({ items });
    });

    app.get(`${item}/versions/:version`, { config: { operationId: `get${name}Version`, scope: kind.readScope } }, async (request, reply) => {
      const raw = (request.params as Record<string, string>)["version"] ?? "";
      if (!/^[1-9][0-9]{0,8}$/.test(raw)) throw problems.badRequest("version must be a positive integer", [{ ruleId: "api.path-parameter", pointer: "/version" }]);
      const version = await guarded(request, `get${name}Version`, () => {
        const id = stored(request);
        const version = context.records.version(id, Number(raw));
        const dropped = context.faults.has("drop-old-versions") && version !== undefined && version.version !== context.records.get(id)?.version;
        if (version === undefined || dropped) throw problems.notFound(`${kind.recordType} ${id} has no version ${raw}`);
        return version;
      });
      const principal = principalOf(request);
      reply.header("etag", etagOf(version.version)).header("last-modified", new Date(version.writtenAt).toUTCString()).header("vary", "Authorization");
      return reply.type("application/json; charset=utf-8").send(JSON.stringify(visibleRecord(principal, kind.recordType, JSON.parse(version.json))));
    });
  }
}
