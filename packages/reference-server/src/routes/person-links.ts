import type { FastifyInstance } from "fastify";
import { visibleOutcome } from "../auth/sensitive-fields.js";
import { type ServerContext, principalOf } from "../context.js";
import { checkIfMatch } from "../http/etag.js";
import { sendOutcome } from "../http/idempotent.js";
import { problems } from "../http/problem.js";
import { personKind } from "./record-kinds.js";
import { checkOwner } from "./record-corrections.js";
import { findRecord, retractedProblem } from "./records.js";
import { replaceRecord } from "./record-writes.js";

const conflict = (detail: string) => problems.unprocessable("invalid-link", "The persons cannot be linked", detail, [{ ruleId: "api.person-link", pointer: "/replacedBy", severity: "error" }]);

/**
 * POST /v1/persons/{personId}/link: a person found to duplicate another is linked to the one that
 * replaces it (FHIR Patient.link), never deleted: the duplicate gains `replacedBy`, the survivor
 * lists it in `replaces`; each is a new version with a `linked` event. Both persons must be the
 * token's agency's; If-Match is the duplicate's ETag.
 */
export function registerPersonLinks(app: FastifyInstance, context: ServerContext): void {
  app.post("/v1/persons/:personId/link", { config: { operationId: "linkPerson", scope: "write" } }, async (request, reply) => {
    const principal = principalOf(request);
    const outcome = await context.writes.run(request, principal.agency.creditCode, () => {
      const errors = context.contractSchemas.check("/components/schemas/PersonLinkRequest", request.body);
      if (errors.length > 0) throw problems.invalidRecord(errors);
      const { replacedBy } = request.body as { replacedBy: string };
      const duplicate = findRecord(context, personKind, request);
      const duplicateOwner = checkOwner(context, personKind, duplicate, principal);
      if (!context.faults.has("ignore-if-match")) checkIfMatch(request.headers["if-match"], duplicate.version);
      if (replacedBy === duplicate.id) throw conflict("a person cannot replace itself");
      const survivor = context.records.get(replacedBy);
      if (survivor === undefined || survivor.recordType !== "person") throw conflict(`no person with id ${replacedBy}`);
      if (survivor.retracted !== undefined) throw retractedProblem(personKind, replacedBy, survivor.retracted);
      const survivorOwner = checkOwner(context, personKind, survivor, principal);
      if (duplicate.body["replacedBy"] !== undefined) throw conflict(`${duplicate.id} is already replaced by ${String(duplicate.body["replacedBy"])}`);
      // One step only: a consumer following replacedBy reaches a person that is not itself replaced.
      if (survivor.body["replacedBy"] !== undefined) throw conflict(`${replacedBy} is itself replaced by ${String(survivor.body["replacedBy"])}: link to that person`);
      if (Array.isArray(duplicate.body["replaces"])) throw conflict(`${duplicate.id} replaces other persons: link those to ${replacedBy} first`);
      const replaces = Array.isArray(survivor.body["replaces"]) ? (survivor.body["replaces"] as string[]) : [];
      const at = context.now().toISOString();
      const meta = (body: Record<string, unknown>) => ({ ...(body["meta"] as Record<string, unknown>), lastUpdated: at });
      if (!context.faults.has("link-one-side")) replaceRecord(context, personKind, survivor, { ...survivor.body, meta: meta(survivor.body), replaces: [...replaces, duplicate.id] }, principal, "linked", { owner: survivorOwner });
      return replaceRecord(context, personKind, duplicate, { ...duplicate.body, meta: meta(duplicate.body), replacedBy }, principal, "linked", { owner: duplicateOwner });
    });
    return sendOutcome(reply, visibleOutcome(principal, "person", outcome));
  });
}
