import type { FastifyInstance } from "fastify";
import { normaliseIdNumber } from "@czt/domain";
import { type ServerContext, principalOf } from "../context.js";
import { sendOutcome } from "../http/idempotent.js";
import { problems } from "../http/problem.js";
import type { StoredRecord } from "../store/record-store.js";

interface DuplicateCheckRequest {
  personId?: string;
  idNumber?: string;
  family: string;
  activeOn?: string;
}

const pageAll = 100;

function all(context: ServerContext, query: Parameters<ServerContext["records"]["list"]>[0]): StoredRecord[] {
  const found: StoredRecord[] = [];
  let after: string | undefined;
  for (;;) {
    const { items, hasMore } = context.records.list({ ...query, limit: pageAll, ...(after === undefined ? {} : { after }) });
    found.push(...items);
    if (!hasMore) return found;
    after = items.at(-1)!.id;
  }
}

/**
 * "Is this person enrolled in this insurance family anywhere, when, where?" —
 * across the three cities, by person id or identity number (a person may have
 * been registered in several cities under different record ids).
 */
export function registerDuplicateChecks(app: FastifyInstance, context: ServerContext): void {
  app.post("/v1/duplicate-checks", { config: { operationId: "checkDuplicateEnrolment", scope: "read:personal" } }, async (request, reply) => {
    const principal = principalOf(request);
    const permit = context.reads.permit(request, principal, "checkDuplicateEnrolment");
    const outcome = await context.writes.run(request, principal.agency.creditCode, () => {
      const errors = context.contractSchemas.check("/components/schemas/DuplicateCheckRequest", request.body);
      if (errors.length > 0) throw problems.invalidRecord(errors);
      const body = request.body as DuplicateCheckRequest;
      const personIds = new Set<string>();
      if (body.personId !== undefined) {
        const person = context.records.get(body.personId);
        if (person?.recordType === "person") {
          personIds.add(person.id);
          const idNumber = person.body["idNumber"];
          if (typeof idNumber === "string") for (const twin of all(context, { recordType: "person", idNumber: normaliseIdNumber(idNumber), limit: pageAll })) personIds.add(twin.id);
        }
      }
      if (body.idNumber !== undefined) {
        for (const person of all(context, { recordType: "person", idNumber: normaliseIdNumber(body.idNumber), limit: pageAll })) personIds.add(person.id);
      }
      // The enrolments found are the personal data this check reads: covered by the consent, audited.
      const found = context.reads.readInTransaction(permit, () =>
        [...personIds].sort().flatMap((personId) =>
          all(context, { recordType: "enrolment", personId, family: body.family, ...(body.activeOn === undefined ? {} : { activeOn: body.activeOn }), limit: pageAll }),
        ),
      );
      const matches = found.map(
          ({ body: enrolment }) => ({
            enrolmentId: enrolment["id"],
            personId: enrolment["personId"],
            scheme: enrolment["scheme"],
            city: enrolment["city"],
            agency: enrolment["agency"],
            period: enrolment["period"],
            contributionStatus: enrolment["contributionStatus"],
          }),
      );
      return { status: 200, headers: {}, json: JSON.stringify({ enrolled: matches.length > 0, family: body.family, personIds: [...personIds].sort(), matches }) };
    });
    return sendOutcome(reply, outcome);
  });
}
