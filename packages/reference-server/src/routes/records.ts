import { normaliseIdNumber } from "@czt/domain";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { readsSensitiveFields, visibleOutcome, visibleRecord } from "../auth/sensitive-fields.js";
import { principalOf, type ServerContext } from "../context.js";
import { etagOf } from "../http/etag.js";
import { sendOutcome } from "../http/idempotent.js";
import { pageBody, readPage } from "../http/pagination.js";
import { type ProblemException, problems } from "../http/problem.js";
import { optionalDate, optionalDivision, optionalEnum, optionalRecordId, optionalString } from "../http/query.js";
import { personalRecordTypes } from "../reads/read-guard.js";
import { deprecatePersonSearchByUrl } from "./person-search-deprecation.js";
import type { ListQuery, StoredRecord, Tombstone } from "../store/record-store.js";
import { type RecordKind, recordKinds } from "./record-kinds.js";
import { createRecord } from "./record-writes.js";

const transferStatuses = ["requested", "letterIssued", "fundsTransferred", "completed", "rejected", "cancelled"] as const;
const idNumberPattern = /^[0-9]{17}[0-9Xx]$/;

type Query = Record<string, unknown>;

/** The filters of each list operation, read from the query string (a bad value is a located 400). */
const listFilters: Record<string, (query: Query) => Omit<ListQuery, "recordType" | "limit" | "after">> = {
  person: (query) => {
    const idNumber = optionalString(query, "idNumber", 18);
    if (idNumber === undefined || !idNumberPattern.test(idNumber)) {
      throw problems.badRequest("idNumber is required: 18 characters, digits and a final check character", [{ ruleId: "api.query-parameter", pointer: "/idNumber" }]);
    }
    return { idNumber: normaliseIdNumber(idNumber) };
  },
  enrolment: (query) => strip({ personId: optionalRecordId(query, "personId"), scheme: optionalString(query, "scheme", 64), activeOn: optionalDate(query, "activeOn") }),
  transfer: (query) => strip({ personId: optionalRecordId(query, "personId"), status: optionalEnum(query, "status", transferStatuses) }),
  assistance: (query) =>
    strip({
      personId: optionalRecordId(query, "personId"),
      memberPersonId: optionalRecordId(query, "memberPersonId"),
      division: optionalDivision(query, "division"),
      programme: optionalString(query, "programme", 64),
      status: optionalString(query, "caseStatus", 32),
    }),
  benefit: (query) =>
    strip({ personId: optionalRecordId(query, "personId"), programme: optionalString(query, "benefitType", 64), status: optionalString(query, "status", 32) }),
  medicalRegistration: (query) => strip({ personId: optionalRecordId(query, "personId") }),
  medicalSettlement: (query) => strip({ personId: optionalRecordId(query, "personId") }),
  organisation: (query) => strip({ programme: optionalString(query, "kind", 64) }),
  donation: (query) => strip({ personId: optionalRecordId(query, "organisationId"), programme: optionalString(query, "donorType", 64) }),
  consent: (query) => strip({ personId: optionalRecordId(query, "personId") }),
};

const listOperationIds: Record<string, string> = {
  person: "searchPersons",
  enrolment: "listEnrolments",
  transfer: "listTransfers",
  assistance: "listAssistanceCases",
  benefit: "listBenefits",
  medicalRegistration: "listMedicalRegistrations",
  medicalSettlement: "listMedicalSettlements",
  organisation: "listOrganisations",
  donation: "listDonations",
  consent: "listConsents",
};

function strip<T extends Record<string, unknown>>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

/** The record a request names; 404 when there is none, 410 when it was retracted (writes to a tombstone are refused too). */
export function findRecord(context: ServerContext, kind: RecordKind, request: FastifyRequest): StoredRecord {
  const id = (request.params as Record<string, string>)[kind.idParam] ?? "";
  const record = context.records.get(id);
  if (record === undefined || record.recordType !== kind.recordType) throw problems.notFound(`no ${kind.recordType} with id ${id}`);
  if (record.retracted !== undefined) throw retractedProblem(kind, id, record.retracted);
  return record;
}

/** 410 Gone for a retracted record, naming the reason and when (extension members `reason`, `retractedAt`). */
export function retractedProblem(kind: RecordKind, id: string, tombstone: Tombstone): ProblemException {
  const problem = problems.gone(`${kind.recordType} ${id} was retracted (${tombstone.reason}) at ${tombstone.retractedAt}`);
  Object.assign(problem.problem, { reason: tombstone.reason, retractedAt: tombstone.retractedAt });
  return problem;
}

/** Create, read and list operations of every record type. */
export function registerRecordRoutes(app: FastifyInstance, context: ServerContext): void {
  for (const kind of recordKinds) {
    app.post(kind.path, { config: { operationId: kind.createOperationId, scope: "write" } }, async (request, reply) => {
      const principal = principalOf(request);
      const outcome = await context.writes.run(request, principal.agency.creditCode, () =>
        createRecord(context, kind, principal, request.body, request.schemaVersion),
      );
      return sendOutcome(reply, visibleOutcome(principal, kind.recordType, outcome));
    });

    const personal = personalRecordTypes.has(kind.recordType);
    app.get(`${kind.path}/:${kind.idParam}`, { config: { operationId: kind.getOperationId, scope: kind.readScope } }, async (request, reply) => {
      const id = (request.params as Record<string, string>)[kind.idParam] ?? "";
      const principal = principalOf(request);
      const find = () => {
        const found = context.records.getRaw(id);
        if (found === undefined || found.recordType !== kind.recordType) return undefined;
        // A tombstone is 410 after the purpose check and is not audited: it holds no personal data.
        if (found.retracted !== undefined) throw retractedProblem(kind, id, found.retracted);
        return found;
      };
      const notFound = `no ${kind.recordType} with id ${id}`;
      const record = personal ? await context.reads.readOne(context.reads.permit(request, principal, kind.getOperationId), find, notFound) : find();
      if (record === undefined) throw problems.notFound(notFound);
      // The representation depends on the token's scopes (sensitive fields), so caches must key on it.
      reply.header("etag", etagOf(record.version)).header("vary", "Authorization").type("application/json; charset=utf-8");
      return reply.send(readsSensitiveFields(principal) ? record.json : JSON.stringify(visibleRecord(principal, kind.recordType, JSON.parse(record.json))));
    });

    const operationId = listOperationIds[kind.recordType]!;
    app.get(kind.path, { config: { operationId, scope: kind.readScope } }, async (request, reply) => {
      const query = request.query as Query;
      const principal = principalOf(request);
      const permit = personal ? context.reads.permit(request, principal, operationId) : undefined;
      const page = readPage(query);
      if (context.faults.has("server-error") && operationId === "listEnrolments" && page.limit === 100) {
        throw new Error("deliberate fault: off-by-one on the largest page");
      }
      const filters = listFilters[kind.recordType]!(query);
      const listQuery: ListQuery = { recordType: kind.recordType, limit: page.limit, ...(page.after === undefined ? {} : { after: page.after }), ...filters };
      if (context.faults.has("head-only-member-search") && listQuery.memberPersonId !== undefined) {
        listQuery.personId = listQuery.memberPersonId;
        delete listQuery.memberPersonId;
      }
      let hasMore = false;
      const list = () => {
        const result = context.records.list(listQuery);
        hasMore = result.hasMore;
        return result.items;
      };
      const items = permit === undefined ? list() : await context.reads.read(permit, list);
      if (kind.recordType === "person" && !context.faults.has("id-number-in-url-only")) deprecatePersonSearchByUrl(reply);
      return reply.header("vary", "Authorization").send(pageBody(items, hasMore, (item) => visibleRecord(principal, kind.recordType, item.body)));
    });
  }
}

