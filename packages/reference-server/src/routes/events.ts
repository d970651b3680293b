import type { FastifyInstance } from "fastify";
import type { Principal } from "../auth/agency.js";
import { readsSensitiveFields, visibleRecord } from "../auth/sensitive-fields.js";
import { type ServerContext, principalOf } from "../context.js";
import { ProblemException, problems } from "../http/problem.js";
import { optionalString } from "../http/query.js";
import { personalRecordTypes } from "../reads/read-guard.js";
import { type EventType, eventTypes, type FeedEvent } from "../store/event-log.js";
import type { RecordType } from "../store/record-store.js";
import { recordKinds } from "./record-kinds.js";

export const defaultEventPageSize = 100;
export const maxEventPageSize = 1000;

const cities = ["430100", "430200", "430300"];

function badParameter(name: string, detail: string): ProblemException {
  return problems.badRequest(detail, [{ ruleId: "api.query-parameter", pointer: `/${name}` }]);
}

/** A comma-separated list of known values, given once. */
function optionalList<T extends string>(query: Record<string, unknown>, name: string, allowed: readonly T[]): T[] | undefined {
  const value = optionalString(query, name, 512);
  if (value === undefined) return undefined;
  const items = value.split(",");
  const unknown = items.filter((item) => !allowed.includes(item as T));
  if (unknown.length > 0) throw badParameter(name, `${name} is a comma-separated list of ${allowed.join(", ")}; ${unknown.map((item) => JSON.stringify(item)).join(", ")} is not one`);
  return [...new Set(items as T[])];
}

/** A feed position: a decimal integer, 0 (the start) or more. */
function readPosition(query: Record<string, unknown>): number {
  const value = optionalString(query, "after", 16);
  if (value === undefined) return 0;
  if (!/^(0|[1-9][0-9]{0,15})$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw badParameter("after", "after must be a feed position: a decimal integer from 0 (the `next` of a previous page)");
  }
  return Number(value);
}

function readLimit(query: Record<string, unknown>): number {
  const value = optionalString(query, "limit", 5);
  if (value === undefined) return defaultEventPageSize;
  if (!/^[0-9]{1,4}$/.test(value) || Number(value) < 1 || Number(value) > maxEventPageSize) {
    throw badParameter("limit", `limit must be an integer from 1 to ${maxEventPageSize}`);
  }
  return Number(value);
}

/** The record types whose records the principal may read (the scope of each type's read operation). */
export function readableRecordTypes(principal: Principal): RecordType[] {
  return recordKinds.filter((kind) => principal.scopes.includes(kind.readScope)).map((kind) => kind.recordType);
}

/** An event as the principal may read it: the record without the annotated fields unless it has `read:personal`. */
export function visibleEvent(principal: Principal, event: FeedEvent): FeedEvent {
  if (event.record === undefined) return event;
  return { ...event, record: visibleRecord(principal, event.recordType, event.record) as Record<string, unknown> };
}

/** GET /v1/events: the change feed, oldest first after a position, within the token's scopes. */
export function registerEventFeed(app: FastifyInstance, context: ServerContext): void {
  app.get("/v1/events", { config: { operationId: "listEvents", scope: "read" } }, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const principal = principalOf(request);
    const after = readPosition(query);
    const limit = readLimit(query);
    const types = optionalList<EventType>(query, "types", eventTypes);
    const readable = readableRecordTypes(principal);
    const requested = optionalList<RecordType>(query, "recordTypes", recordKinds.map((kind) => kind.recordType));
    const unreadable = requested?.filter((recordType) => !readable.includes(recordType)) ?? [];
    if (unreadable.length > 0) {
      const scopesNeeded = [...new Set(recordKinds.filter((kind) => unreadable.includes(kind.recordType)).map((kind) => kind.readScope))];
      throw new ProblemException(403, "forbidden", "Forbidden", `events about ${unreadable.join(", ")} records need the ${scopesNeeded.join(", ")} scope`, [
        { ruleId: "api.scope", pointer: "/recordTypes", severity: "error" },
      ]);
    }
    const city = optionalString(query, "city", 6);
    if (city !== undefined && !cities.includes(city)) throw badParameter("city", `city must be one of ${cities.join(", ")}`);
    const department = optionalString(query, "department", 64);
    const recordTypes = requested ?? readable;
    // Events carry the records' bodies: a page that may hold personal data is a read of it (purpose, consent, audit).
    const permit = recordTypes.some((recordType) => personalRecordTypes.has(recordType)) ? context.reads.permit(request, principal, "listEvents") : undefined;
    const readPage = () => context.events.readAfterAsJson(
      after,
      {
        recordTypes,
        ...(types === undefined ? {} : { types }),
        ...(city === undefined ? {} : { city }),
        ...(department === undefined ? {} : { department }),
      },
      limit,
      // Without read:personal the sensitive fields are left out, as in the reads; with it the record is served as stored.
      readsSensitiveFields(principal) ? undefined : (recordType, json) => JSON.stringify(visibleRecord(principal, recordType, JSON.parse(json))),
    );
    let page: ReturnType<typeof readPage> | undefined;
    const personalRecords = () => {
      page = readPage();
      return page.records.filter((record) => personalRecordTypes.has(record.recordType));
    };
    // Each event with a personal record's body is audited (a retraction has none); one transaction with the read, group-committed before the page is sent.
    if (permit === undefined) personalRecords();
    else await context.reads.read(permit, personalRecords);
    if (page === undefined) throw new Error("the feed page was not read");
    // `next` is where to continue: the last position of this page, or `after` itself when the page is empty.
    const next = page.last ?? after;
    if (context.faults.has("feed-out-of-order")) page.json.reverse();
    return reply
      .header("vary", "Authorization")
      .type("application/json; charset=utf-8")
      .send(`{"items":[${page.json.join(",")}],"next":${next}}`);
  });
}
