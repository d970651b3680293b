import { normaliseIdNumber } from "@czt/domain";
import type { FastifyInstance } from "fastify";
import type { Principal } from "../auth/agency.js";
import { type Outcome, sendOutcome } from "../http/idempotent.js";
import type { ReadPermit } from "../reads/read-guard.js";
import { visibleRecord } from "../auth/sensitive-fields.js";
import { principalOf, type ServerContext } from "../context.js";
import { pageBody, readPage } from "../http/pagination.js";
import { problems } from "../http/problem.js";
import type { ListQuery, StoredRecord } from "../store/record-store.js";

interface PersonSearch {
  idNumber?: string;
  name?: string;
  birthDate?: string;
  limit?: number;
  cursor?: string;
}

/**
 * `POST /v1/person-searches`: persons by identity number, or by name and birth date for people
 * without one, in the body so that identity numbers never travel in a URL (access logs, proxies,
 * browser history). A read of personal data: purpose, consent and audit as every other read.
 */
export function registerPersonSearches(app: FastifyInstance, context: ServerContext): void {
  app.post("/v1/person-searches", { config: { operationId: "searchPersonsByBody", scope: "read:personal" } }, async (request, reply) => {
    const principal = principalOf(request);
    const permit = context.reads.permit(request, principal, "searchPersonsByBody");
    // Like the duplicate check, under an Idempotency-Key: a retry replays the first answer (and is not audited again).
    const outcome = await context.writes.run(request, principal.agency.creditCode, () => search(context, request.body, permit, principal));
    return sendOutcome(reply.header("vary", "Authorization"), outcome);
  });
}

function search(context: ServerContext, requestBody: unknown, permit: ReadPermit, principal: Principal): Outcome {
    const errors = context.contractSchemas.check("/components/schemas/PersonSearch", requestBody);
    if (errors.length > 0) throw problems.invalidRecord(errors);
    const body = requestBody as PersonSearch;
    const page = readPage({
      ...(body.limit === undefined ? {} : { limit: String(body.limit) }),
      ...(body.cursor === undefined ? {} : { cursor: body.cursor }),
    });
    const query: ListQuery = {
      recordType: "person",
      limit: page.limit,
      ...(page.after === undefined ? {} : { after: page.after }),
      ...(body.idNumber !== undefined ? { idNumber: normaliseIdNumber(body.idNumber) } : { name: body.name!, birthDate: body.birthDate! }),
    };
    let hasMore = false;
    const items = context.reads.readInTransaction(permit, (): StoredRecord[] => {
      const result = context.records.list(query);
      hasMore = result.hasMore;
      return result.items;
    });
    return { status: 200, headers: {}, json: JSON.stringify(pageBody(items, hasMore, (item) => visibleRecord(principal, "person", item.body))) };
}
