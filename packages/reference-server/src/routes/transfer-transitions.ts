import type { FastifyInstance } from "fastify";
import { ownsRecord, type Principal } from "../auth/agency.js";
import { type ServerContext, principalOf } from "../context.js";
import { checkIfMatch } from "../http/etag.js";
import { sendOutcome } from "../http/idempotent.js";
import { problems } from "../http/problem.js";
import { visibleOutcome } from "../auth/sensitive-fields.js";
import { notYours } from "../auth/record-ownership.js";
import { stepTimeRefused } from "../workflow/step-time.js";
import { checkTransferEnrolments, externalSideEnrolment } from "../workflow/transfer-enrolments.js";
import { actingEnd, isExternal, sideOwner, type TransferEnd } from "../workflow/transfer-sides.js";
import { applyTransition, type TransitionInput, type TransitionRule, transferTransitions } from "../workflow/transfer-transitions.js";
import { transferKind } from "./record-kinds.js";
import { findRecord } from "./records.js";
import { replaceRecord } from "./record-writes.js";

const operationIds: Record<string, string> = {
  "issue-contact-letter": "issueContactLetter",
  "record-funds-transferred": "recordFundsTransferred",
  complete: "completeTransfer",
  reject: "rejectTransfer",
  cancel: "cancelTransfer",
};

type Body = Record<string, unknown>;

/** True when the principal is the agency of that side, a side in the dataset (never of one outside it, `external`). */
function owns(principal: Principal, transfer: Body, end: TransferEnd | undefined): boolean {
  const owner = sideOwner(transfer, end);
  return ownsRecord(principal, owner.city, owner.department);
}

/** The office whose step it is makes it; the step of an office outside the three cities is recorded by the other side. */
function mayAct(principal: Principal, transfer: Body, rule: TransitionRule): boolean {
  return rule.actor === "either" ? owns(principal, transfer, "from") || owns(principal, transfer, "to") : owns(principal, transfer, actingEnd(transfer, rule.actor));
}

const officeNames: Record<TransferEnd, string> = { to: "receiving", from: "sending" };

/** Who may make the step, for the 403's detail. */
function whoActs(transfer: Body, rule: TransitionRule): string {
  if (rule.actor === "either") return "sending or receiving agency";
  const acting = actingEnd(transfer, rule.actor);
  if (acting === rule.actor) return `${officeNames[rule.actor]} agency`;
  return `${officeNames[acting ?? rule.actor]} agency, recording the step of the ${officeNames[rule.actor]} office outside the three cities (${rule.actor}.external),`;
}

/** POST /v1/transfers/{id}/<action>: one operation per transition, under If-Match and Idempotency-Key. */
export function registerTransferTransitions(app: FastifyInstance, context: ServerContext): void {
  for (const rule of transferTransitions) {
    const operationId = operationIds[rule.action]!;
    app.post(`/v1/transfers/:transferId/${rule.action}`, { config: { operationId, scope: "write" } }, async (request, reply) => {
      const principal = principalOf(request);
      const outcome = await context.writes.run(request, principal.agency.creditCode, () => {
        const errors = context.contractSchemas.check("/components/schemas/Transition", request.body);
        if (errors.length > 0) throw problems.invalidRecord(errors);
        const current = findRecord(context, transferKind, request);
        if (!context.faults.has("skip-ownership") && !mayAct(principal, current.body, rule)) {
          throw notYours("api.transfer-side", "", `only the ${whoActs(current.body, rule)} may ${rule.action} this transfer`);
        }
        const input = request.body as TransitionInput;
        if (input.toEnrolmentId !== undefined) {
          // A receiving side outside the three cities has no enrolment in the dataset to name.
          if (isExternal(current.body, "to")) throw externalSideEnrolment("to", "/toEnrolmentId");
          // Each agency changes only its own side: the receiving enrolment is the receiving agency's to name.
          if (!context.faults.has("skip-ownership") && !owns(principal, current.body, "to")) {
            throw notYours("api.transfer-side", "/toEnrolmentId", "only the receiving agency names the receiving enrolment (toEnrolmentId)");
          }
        }
        if (!context.faults.has("ignore-if-match")) checkIfMatch(request.headers["if-match"], current.version);
        const result = applyTransition(current.body, rule, input, context.now().toISOString());
        if (!result.ok) {
          if (result.kind === "invalid-transition") throw problems.invalidTransition(result.detail);
          if (result.kind === "invalid-step-time") throw stepTimeRefused(result.detail, result.pointer ?? "/at");
          throw problems.unprocessable("missing-field", "A field is missing for this transition", result.detail, [
            { ruleId: "schema.required", pointer: result.pointer ?? "", severity: "error" },
          ]);
        }
        if (input.toEnrolmentId !== undefined) checkTransferEnrolments(context.records, result.transfer, { to: "/toEnrolmentId" });
        return replaceRecord(context, transferKind, current, result.transfer, principal, "statusChanged");
      });
      return sendOutcome(reply, visibleOutcome(principal, "transfer", outcome));
    });
  }
}
