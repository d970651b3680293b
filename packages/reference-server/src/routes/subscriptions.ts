import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Principal } from "../auth/agency.js";
import { principalOf, type ServerContext } from "../context.js";
import { type Outcome, sendOutcome } from "../http/idempotent.js";
import { codeEntry } from "@czt/schemas";
import { problems } from "../http/problem.js";
import { purposeHeader, readRefused } from "../reads/read-purpose.js";
import { optionalEnum, optionalString } from "../http/query.js";
import { type CallbackTargetPolicy, readCallbackUrl } from "../subscriptions/callback-url.js";
import type { DeliveryWorker } from "../subscriptions/delivery-worker.js";
import { readSubscriptionFilter } from "../subscriptions/subscription-filter.js";
import type { StoredSubscription, SubscriptionStore } from "../subscriptions/subscription-store.js";
import { isObject } from "./record-writes.js";

export const defaultDeliveryPageSize = 50;
export const maxDeliveryPageSize = 500;

export interface SubscriptionRoutes {
  store: SubscriptionStore;
  worker: DeliveryWorker;
  callbackTargets: CallbackTargetPolicy;
}

/** A subscription as its owner reads it: everything but the secret. */
function subscriptionView(subscription: StoredSubscription): Record<string, unknown> {
  const { id, callbackUrl, filter, description, purpose, status, createdAt, cursor } = subscription;
  return { id, callbackUrl, filter, ...(description === undefined ? {} : { description }), ...(purpose === undefined ? {} : { purpose }), status, createdAt, startedAfter: cursor };
}

/** The subscription of the path when the token's agency owns it; another agency's is a 404, as if it did not exist. */
function ownSubscription(store: SubscriptionStore, request: FastifyRequest, principal: Principal): StoredSubscription {
  const id = (request.params as Record<string, string>)["subscriptionId"] ?? "";
  const subscription = store.get(id);
  if (subscription === undefined || subscription.city !== principal.city || subscription.department !== principal.agency.department) {
    throw problems.notFound(`no subscription ${id} of this agency`);
  }
  return subscription;
}

function readAfter(query: Record<string, unknown>): number {
  const value = optionalString(query, "after", 16);
  if (value === undefined) return 0;
  if (!/^(0|[1-9][0-9]{0,15})$/.test(value)) throw problems.badRequest("after must be a feed position: a decimal integer from 0", [{ ruleId: "api.query-parameter", pointer: "/after" }]);
  return Number(value);
}

function readLimit(query: Record<string, unknown>): number {
  const value = optionalString(query, "limit", 5);
  if (value === undefined) return defaultDeliveryPageSize;
  if (!/^[0-9]{1,4}$/.test(value) || Number(value) < 1 || Number(value) > maxDeliveryPageSize) {
    throw problems.badRequest(`limit must be an integer from 1 to ${maxDeliveryPageSize}`, [{ ruleId: "api.query-parameter", pointer: "/limit" }]);
  }
  return Number(value);
}

/** Subscriptions (docs/subscriptions.md): create (the secret is shown once), read, list, delete, resume, and the deliveries with their status. */
export function registerSubscriptions(app: FastifyInstance, context: ServerContext, routes: SubscriptionRoutes): void {
  const { store, worker } = routes;

  // Both POSTs run under an Idempotency-Key like every write: a retried create replays the first answer (its secret included, for the 24 hours keys are kept).
  app.post("/v1/subscriptions", { config: { operationId: "createSubscription", scope: "read" } }, async (request, reply) => {
    const principal = principalOf(request);
    const outcome = await context.writes.run(request, principal.agency.creditCode, () => createSubscription(request.body, principal, subscriptionPurpose(request, principal)));
    worker.wake();
    return sendOutcome(reply, outcome);
  });

  /**
   * A subscription delivers records of many persons for as long as it lives: it states its purpose
   * (CZT-Purpose, checked as a read's), and a purpose that needs one person's consent cannot be a subscription's.
   */
  const subscriptionPurpose = (request: FastifyRequest, principal: Principal): string => {
    const given = request.headers["czt-purpose"];
    const entry = typeof given === "string" ? codeEntry("readPurpose", given.trim()) : undefined;
    if (entry?.consentRequired === true && !context.faults.has("skip-purpose")) {
      throw readRefused(
        "consent-required",
        "api.subscription-consent-purpose",
        purposeHeader,
        `the purpose ${entry.code} needs one person's consent for each read; a subscription delivers the records of many persons: choose a purpose without consent`,
      );
    }
    return context.reads.permit(request, principal, "createSubscription").purpose.code;
  };

  const createSubscription = (body: unknown, principal: Principal, purpose: string): Outcome => {
    if (!isObject(body)) throw problems.unprocessable("invalid-subscription", "The subscription is not valid", "the body is a JSON object", [{ ruleId: "api.subscription", pointer: "", severity: "error" }]);
    const unknown = Object.keys(body).filter((key) => !["callbackUrl", "filter", "description"].includes(key));
    if (unknown.length > 0) {
      throw problems.unprocessable("invalid-subscription", "The subscription is not valid", `a subscription has no member ${unknown[0]}`, [{ ruleId: "api.subscription", pointer: `/${unknown[0]}`, severity: "error" }]);
    }
    const description = body["description"];
    if (description !== undefined && (typeof description !== "string" || description.length > 500)) {
      throw problems.unprocessable("invalid-subscription", "The subscription is not valid", "description is a string of at most 500 characters", [{ ruleId: "api.subscription", pointer: "/description", severity: "error" }]);
    }
    const callbackUrl = readCallbackUrl(body["callbackUrl"], routes.callbackTargets);
    const subscriber = { city: principal.city, department: principal.agency.department, scopes: principal.scopes };
    const filter = readSubscriptionFilter(body["filter"], subscriber);
    // Only changes committed after the subscription are delivered.
    const subscription = store.create({
      agency: principal.agency,
      subscriber,
      callbackUrl,
      filter,
      ...(description === undefined ? {} : { description: description as string }),
      purpose,
      cursor: context.events.lastPosition(),
      now: context.now().toISOString(),
    });
    return { status: 201, headers: { location: `/v1/subscriptions/${subscription.id}` }, json: JSON.stringify({ ...subscriptionView(subscription), secret: subscription.secret }) };
  };

  app.get("/v1/subscriptions", { config: { operationId: "listSubscriptions", scope: "read" } }, (request, reply) => {
    const principal = principalOf(request);
    return reply.send({ items: store.listOwnedBy(principal.city, principal.agency.department).map(subscriptionView) });
  });

  app.get("/v1/subscriptions/:subscriptionId", { config: { operationId: "getSubscription", scope: "read" } }, (request, reply) =>
    reply.send(subscriptionView(ownSubscription(store, request, principalOf(request)))),
  );

  app.delete("/v1/subscriptions/:subscriptionId", { config: { operationId: "deleteSubscription", scope: "read" } }, (request, reply) => {
    store.delete(ownSubscription(store, request, principalOf(request)).id);
    return reply.code(204).send();
  });

  app.post("/v1/subscriptions/:subscriptionId/resume", { config: { operationId: "resumeSubscription", scope: "read" } }, async (request, reply) => {
    const principal = principalOf(request);
    const outcome = await context.writes.run(request, principal.agency.creditCode, () => {
      const subscription = ownSubscription(store, request, principal);
      // One stored before purposes existed (migration 6) is resumed with its purpose.
      if (subscription.purpose === undefined || request.headers["czt-purpose"] !== undefined) store.setPurpose(subscription.id, subscriptionPurpose(request, principal));
      store.resume(subscription.id, context.now().toISOString());
      return { status: 200, headers: {}, json: JSON.stringify(subscriptionView(store.get(subscription.id)!)) };
    });
    worker.wake();
    return sendOutcome(reply, outcome);
  });

  app.get("/v1/subscriptions/:subscriptionId/deliveries", { config: { operationId: "listDeliveries", scope: "read" } }, (request, reply) => {
    const subscription = ownSubscription(store, request, principalOf(request));
    const query = request.query as Record<string, unknown>;
    const status = optionalEnum(query, "status", ["pending", "delivered", "failed"] as const);
    const after = readAfter(query);
    const { items, hasMore } = store.deliveries(subscription.id, after, readLimit(query), status);
    const last = items.at(-1);
    return reply.send(hasMore && last !== undefined ? { items, next: last.position } : { items });
  });
}
