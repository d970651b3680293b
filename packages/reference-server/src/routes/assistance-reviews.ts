import type { FastifyInstance } from "fastify";
import { ownsRecord } from "../auth/agency.js";
import { notYours } from "../auth/record-ownership.js";
import { visibleOutcome } from "../auth/sensitive-fields.js";
import { type ServerContext, principalOf } from "../context.js";
import { checkIfMatch } from "../http/etag.js";
import { sendOutcome } from "../http/idempotent.js";
import { problems } from "../http/problem.js";
import { applyReview, type ReviewInput } from "../workflow/assistance-review.js";
import { assistanceKind } from "./record-kinds.js";
import { findRecord } from "./records.js";
import { replaceRecord } from "./record-writes.js";

/** POST /v1/assistance-cases/{id}/reviews: the periodic review, by the case's own agency. */
export function registerAssistanceReviews(app: FastifyInstance, context: ServerContext): void {
  app.post("/v1/assistance-cases/:caseId/reviews", { config: { operationId: "reviewAssistanceCase", scope: "write" } }, async (request, reply) => {
    const principal = principalOf(request);
    const outcome = await context.writes.run(request, principal.agency.creditCode, () => {
      const errors = context.contractSchemas.check("/components/schemas/Review", request.body);
      if (errors.length > 0) throw problems.invalidRecord(errors);
      const current = findRecord(context, assistanceKind, request);
      const owner = assistanceKind.owner(current.body, principal);
      if (!context.faults.has("skip-ownership") && !ownsRecord(principal, owner.city, owner.department)) {
        throw notYours("api.ownership", "", "only the case's own agency may review it");
      }
      if (!context.faults.has("ignore-if-match")) checkIfMatch(request.headers["if-match"], current.version);
      const result = applyReview(current.body, request.body as ReviewInput, context.now().toISOString());
      if (!result.ok) {
        if (result.kind === "invalid-transition") throw problems.invalidTransition(result.detail);
        throw problems.unprocessable("invalid-review", "The review is incomplete", result.detail, [{ ruleId: "schema.required", pointer: result.pointer ?? "", severity: "error" }]);
      }
      return replaceRecord(context, assistanceKind, current, result.assistance, principal, "statusChanged");
    });
    return sendOutcome(reply, visibleOutcome(principal, "assistance", outcome));
  });
}
