import type { FastifyInstance } from "fastify";
import { ownsRecord } from "../auth/agency.js";
import { notYours } from "../auth/record-ownership.js";
import { principalOf, type ServerContext } from "../context.js";
import { checkIfMatch } from "../http/etag.js";
import { sendOutcome } from "../http/idempotent.js";
import { problems } from "../http/problem.js";
import { consentKind } from "./record-kinds.js";
import { replaceRecord } from "./record-writes.js";
import { findRecord } from "./records.js";

/**
 * `POST /v1/consents/{consentId}/revoke`: the person withdrew the consent. A new version of the
 * record with `revoked: true` and `revokedAt`; by its owner, under If-Match and Idempotency-Key.
 */
export function registerConsentRevocation(app: FastifyInstance, context: ServerContext): void {
  app.post("/v1/consents/:consentId/revoke", { config: { operationId: "revokeConsent", scope: "write" } }, async (request, reply) => {
    const principal = principalOf(request);
    const outcome = await context.writes.run(request, principal.agency.creditCode, () => {
      const errors = context.contractSchemas.check("/components/schemas/ConsentRevocation", request.body);
      if (errors.length > 0) throw problems.invalidRecord(errors);
      const current = findRecord(context, consentKind, request);
      const owner = consentKind.owner(current.body, principal);
      if (!context.faults.has("skip-ownership") && !ownsRecord(principal, owner.city, owner.department)) {
        throw notYours("api.ownership", "", "only the agency that holds the signed document records its withdrawal");
      }
      if (!context.faults.has("ignore-if-match")) checkIfMatch(request.headers["if-match"], current.version);
      if (current.body["revoked"] === true) throw problems.conflict(`consent ${current.id} is already revoked`);
      const now = context.now();
      const given = (request.body as { revokedAt?: string }).revokedAt;
      if (given !== undefined && Date.parse(given) > now.getTime()) {
        throw problems.unprocessable("invalid-revocation", "A consent is revoked in the past or now", "revokedAt is in the future", [
          { ruleId: "api.revoked-at-future", pointer: "/revokedAt", severity: "error" },
        ]);
      }
      const body = { ...current.body, revoked: true, revokedAt: given ?? now.toISOString(), meta: { ...(current.body["meta"] as object), lastUpdated: now.toISOString() } };
      return replaceRecord(context, consentKind, current, body, principal, "statusChanged", { owner: { city: owner.city ?? principal.city, department: owner.department ?? principal.agency.department } });
    });
    return sendOutcome(reply, outcome);
  });
}
