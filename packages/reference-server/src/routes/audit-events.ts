import type { FastifyInstance } from "fastify";
import { principalOf, type ServerContext } from "../context.js";
import { encodeCursor, readPage } from "../http/pagination.js";
import { optionalRecordId } from "../http/query.js";
import { notYours } from "../auth/record-ownership.js";

/**
 * `GET /v1/audit-events`: who read the caller's records, when, and why. An agency sees the reads
 * of the records it owns (its city and department) only; of one record with `recordId`. There is
 * no operation that changes or deletes an audit event.
 */
export function registerAuditEvents(app: FastifyInstance, context: ServerContext): void {
  app.get("/v1/audit-events", { config: { operationId: "listAuditEvents", scope: "read" } }, (request, reply) => {
    const principal = principalOf(request);
    const query = request.query as Record<string, unknown>;
    const recordId = optionalRecordId(query, "recordId");
    const page = readPage(query);
    const owner = { city: principal.city, department: principal.agency.department };
    if (recordId !== undefined) {
      const record = context.records.getRaw(recordId);
      if (record !== undefined && (record.city !== owner.city || record.department !== owner.department)) {
        throw notYours("api.audit-own-records", "/recordId", `an agency lists the reads of its own records only: ${recordId} belongs to ${record.city ?? "?"}/${record.department ?? "?"}`);
      }
    }
    const after = page.after === undefined ? undefined : Number(page.after);
    const { items, hasMore } = context.audit.list(owner, { limit: page.limit, ...(recordId === undefined ? {} : { recordId }), ...(after === undefined ? {} : { after }) });
    const last = items.at(-1);
    const body = { items: items.map(({ id, ...event }) => ({ id: String(id), ...event })), ...(hasMore && last !== undefined ? { nextCursor: encodeCursor(String(last.id)) } : {}) };
    return reply.header("vary", "Authorization").header("cache-control", "no-store").send(body);
  });
}
