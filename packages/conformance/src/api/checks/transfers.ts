import fc from "fast-check";
import { transferSteps } from "../transfer-steps.js";
import { type Check, type CheckContext, enc, expectStatus, fail, get, post } from "../check.js";
import { type ContributionDraft, consecutiveEnrolments, contributionsArbitrary, type EnrolmentDraft, enrolmentDraftArbitrary, personArbitrary, transferOf } from "../generators.js";
import { createEnrolment, createPerson, etagOf, readTransfer } from "./support.js";

type Body = Record<string, unknown>;

const operationIds: Record<string, string> = {
  "issue-contact-letter": "issueContactLetter",
  "record-funds-transferred": "recordFundsTransferred",
  complete: "completeTransfer",
  reject: "rejectTransfer",
  cancel: "cancelTransfer",
};

const pensionEnrolment = (draft: EnrolmentDraft): EnrolmentDraft => ({ ...draft, scheme: "pension.employee", employer: draft.employer ?? "91430100MA4L12346D" });

/**
 * Creates a person, an enrolment at the sending agency and a transfer requested
 * by the receiving one. Returns the transfer's id, ETag and the receiving enrolment.
 */
export async function requestTransfer(context: CheckContext, person: Body, enrolment: EnrolmentDraft, contributions: ContributionDraft[]): Promise<{ id: string; etag: string; toEnrolmentId: string }> {
  const stored = await createPerson(context, person);
  // The person leaves the sending city's scheme before joining the receiving one's: never enrolled twice at once.
  const [leaving, joining] = consecutiveEnrolments([pensionEnrolment(enrolment), pensionEnrolment({ ...enrolment, endAfterDays: undefined })]);
  const fromEnrolment = await createEnrolment(context, leaving!, stored.id, context.other);
  const toEnrolment = await createEnrolment(context, joining!, stored.id, context.main);
  const transfer = {
    ...transferOf(
      contributions,
      stored.id,
      { agency: context.other.agency, city: context.other.city, enrolmentId: fromEnrolment.id },
      { agency: context.main.agency, city: context.main.city },
      new Date().toISOString(),
    ),
    id: context.nextId("T"),
  };
  const created = expectStatus(await post(context, "requestTransfer", "/v1/transfers", transfer), [201], "requesting a valid transfer");
  return { id: transfer.id, etag: etagOf(created), toEnrolmentId: toEnrolment.id };
}

/** The token that acts for a transition: the sending agency records the funds, the receiving one does the rest. */
function actor(context: CheckContext, action: string): string {
  return action === "record-funds-transferred" ? context.other.token : context.main.token;
}

function bodyFor(action: string, toEnrolmentId: string): Body {
  if (action === "reject") return { reasonCode: "missingDocuments", note: "缺少参保缴费凭证" };
  if (action === "complete") return { toEnrolmentId };
  return {};
}

export function transition(context: CheckContext, id: string, action: string, etag: string, toEnrolmentId: string, idempotencyKey?: string) {
  return post(context, operationIds[action]!, `/v1/transfers/${enc(id)}/${action}`, bodyFor(action, toEnrolmentId), {
    token: actor(context, action),
    ifMatch: etag,
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
  });
}

const transferScenario = fc.record({ person: personArbitrary, enrolment: enrolmentDraftArbitrary, contributions: contributionsArbitrary });

/** requested → letterIssued → fundsTransferred → completed, each step by the agency whose turn it is. */
export const transferWorkflow: Check = {
  name: "transfer_workflow",
  description: "a transfer goes through every state of the happy path, with the steps recorded and the ETag moving on",
  runs: 5,
  property: (context) =>
    fc.asyncProperty(transferScenario, async ({ person, enrolment, contributions }) => {
      const requested = await requestTransfer(context, person, enrolment, contributions);
      let etag = requested.etag;
      for (const [action, status] of [["issue-contact-letter", "letterIssued"], ["record-funds-transferred", "fundsTransferred"], ["complete", "completed"]] as const) {
        const moved = expectStatus(await transition(context, requested.id, action, etag, requested.toEnrolmentId), [200], `${action} from the expected state`);
        const body = moved.response.body as Body;
        if (body["status"] !== status) fail(`${action} left the transfer in ${String(body["status"])}, not ${status}`, moved);
        const next = etagOf(moved);
        if (next === etag) fail(`${action} did not change the ETag`, moved);
        etag = next;
      }
      const final = await readTransfer(context, requested.id);
      const steps = (final.body["steps"] as Body[]).map((step) => step["status"]).join(",");
      if (steps !== "requested,letterIssued,fundsTransferred,completed") fail(`the completed transfer's steps are ${steps}`, final.exchange);
      if ((final.body["to"] as Body)["enrolmentId"] !== requested.toEnrolmentId) fail("the completed transfer does not name the receiving enrolment", final.exchange);
    }),
};

/** A model of the state machine against the server: allowed transitions succeed, the others are 409 and change nothing. */
export const invalidTransitionsRefused: Check = {
  name: "invalid_transitions_refused",
  description: "the transfer state machine: allowed transitions succeed, every other is a 409 that changes nothing",
  runs: 8,
  property: (context) =>
    fc.asyncProperty(transferScenario, fc.array(fc.constantFrom(...transferSteps.map((step) => step.action)), { minLength: 1, maxLength: 6 }), async (scenario, actions) => {
      const requested = await requestTransfer(context, scenario.person, scenario.enrolment, scenario.contributions);
      let state = "requested";
      let etag = requested.etag;
      for (const action of actions) {
        const step = transferSteps.find((candidate) => candidate.action === action)!;
        const exchange = await transition(context, requested.id, action, etag, requested.toEnrolmentId);
        if (step.from.includes(state)) {
          expectStatus(exchange, [200], `${action} from ${state}`);
          state = step.to;
          etag = etagOf(exchange);
        } else {
          expectStatus(exchange, [409], `${action} from ${state} (not allowed)`);
          const after = await readTransfer(context, requested.id);
          if (after.etag !== etag || after.body["status"] !== state) fail(`a refused ${action} changed the transfer (now ${String(after.body["status"])}, ETag ${after.etag})`, exchange);
        }
      }
    }),
};

/** Optimistic concurrency: a stale If-Match is a 412, a missing one a 428, and neither changes the record. */
export const staleEtagRefused: Check = {
  name: "stale_etag_refused",
  description: "a transition with a stale ETag is refused with 412, one without If-Match with 428, and the record is unchanged",
  runs: 5,
  property: (context) =>
    fc.asyncProperty(transferScenario, async ({ person, enrolment, contributions }) => {
      const requested = await requestTransfer(context, person, enrolment, contributions);
      const moved = expectStatus(await transition(context, requested.id, "issue-contact-letter", requested.etag, requested.toEnrolmentId), [200], "issuing the contact letter");
      const current = etagOf(moved);
      const stale = await transition(context, requested.id, "cancel", requested.etag, requested.toEnrolmentId);
      expectStatus(stale, [412], "cancelling with the ETag from before the letter");
      const missing = await post(context, "cancelTransfer", `/v1/transfers/${enc(requested.id)}/cancel`, {});
      expectStatus(missing, [428], "cancelling without If-Match");
      const after = await readTransfer(context, requested.id);
      if (after.etag !== current || after.body["status"] !== "letterIssued") fail("a refused stale write changed the transfer", stale);
      if (context.other.token !== context.main.token) {
        const wrongSide = await post(context, "recordFundsTransferred", `/v1/transfers/${enc(requested.id)}/record-funds-transferred`, {}, { ifMatch: current });
        expectStatus(wrongSide, [403], "the receiving agency recording the sending agency's funds");
      }
      const listed = expectStatus(await get(context, "listTransfers", `/v1/transfers?personId=${enc(String((after.body as Body)["personId"]))}&status=letterIssued`), [200], "listing transfers");
      if (!(listed.response.body as { items: Body[] }).items.some((item) => item["id"] === requested.id)) fail("the transfer is missing from its person's list", listed);
    }),
};

/** Each agency changes only its own side of a transfer, and the target is the person's (issue 11, item 14). */
export const transferSidesEnforced: Check = {
  name: "transfer_sides_enforced",
  description: "the sending agency cannot name the receiving enrolment (403), another person's enrolment is refused as the target (422), and the transfer is left as it was",
  runs: 3,
  property: (context) =>
    fc.asyncProperty(transferScenario, personArbitrary, async ({ person, enrolment, contributions }, strangerDraft) => {
      const requested = await requestTransfer(context, person, enrolment, contributions);
      const stranger = await createPerson(context, strangerDraft);
      const strangers = await createEnrolment(context, pensionEnrolment({ ...enrolment, endAfterDays: undefined }), stranger.id, context.main);
      const letter = expectStatus(await transition(context, requested.id, "issue-contact-letter", requested.etag, requested.toEnrolmentId), [200], "issuing the letter");
      const path = (action: string) => `/v1/transfers/${enc(requested.id)}/${action}`;
      // With one token (or two of one agency) the sender is the receiver: only the target check applies.
      const sameAgency = context.other.city === context.main.city && context.other.agency.department === context.main.agency.department;
      const rewrite = await post(context, "recordFundsTransferred", path("record-funds-transferred"), { toEnrolmentId: strangers.id }, { token: context.other.token, ifMatch: etagOf(letter) });
      expectStatus(rewrite, sameAgency ? [422] : [403], "the sending agency naming the receiving enrolment (another person's)");
      const funds = expectStatus(await transition(context, requested.id, "record-funds-transferred", etagOf(letter), requested.toEnrolmentId), [200], "recording the funds");
      const wrongTarget = await post(context, "completeTransfer", path("complete"), { toEnrolmentId: strangers.id }, { token: context.main.token, ifMatch: etagOf(funds) });
      expectStatus(wrongTarget, [422], "completing with another person's enrolment as the target");
      const after = await readTransfer(context, requested.id);
      if (after.etag !== etagOf(funds)) fail("a refused completion changed the transfer's ETag", after.exchange);
      if ((after.body["to"] as Body | undefined)?.["enrolmentId"] !== undefined) fail("a refused target was stored as to.enrolmentId", after.exchange);
    }),
};
