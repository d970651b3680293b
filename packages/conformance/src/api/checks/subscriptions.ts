import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { bearer, type Check, type CheckContext, enc, expectStatus, fail, get, post } from "../check.js";
import { checkDeliverySignature } from "../delivery-signature.js";
import type { Exchange } from "../exchange.js";
import { personArbitrary } from "../generators.js";
import { type DeliveryReceiver, type ReceivedDelivery, startDeliveryReceiver } from "../loopback-receiver.js";
import { createPerson } from "./support.js";

/** How long the runner waits for deliveries: a server's retry waits (documented default: 0.5–1 s, then 1–2 s) fit well inside. */
const deliveryWaitMs = 30_000;

type Body = Record<string, unknown>;

interface Subscribed {
  id: string;
  secret: string;
  exchange: Exchange;
}

async function subscribePersons(context: CheckContext, receiver: DeliveryReceiver): Promise<Subscribed> {
  const exchange = expectStatus(
    await post(context, "createSubscription", "/v1/subscriptions", { callbackUrl: receiver.url, filter: { types: ["created"], recordTypes: ["person"] }, description: "czt conformance api" }),
    [201],
    "subscribing to created persons",
  );
  const body = exchange.response.body as Body;
  if (typeof body["id"] !== "string" || typeof body["secret"] !== "string") fail("the created subscription has no id or secret", exchange);
  return { id: body["id"], secret: body["secret"], exchange };
}

function unsubscribe(context: CheckContext, id: string): Promise<Exchange> {
  return context.http.send({ operationId: "deleteSubscription", method: "DELETE", path: `/v1/subscriptions/${enc(id)}`, headers: { ...bearer(context.main.token), "idempotency-key": randomUUID() } });
}

const recordIdOf = (delivery: ReceivedDelivery): unknown => (JSON.parse(delivery.body.toString("utf8")) as { event?: Body }).event?.["recordId"];

/**
 * Waits until the receiver has accepted a delivery of each record id, or fails: on the deadline,
 * or at once when the server lists a delivery of the subscription as failed.
 */
async function awaitAccepted(context: CheckContext, receiver: DeliveryReceiver, subscription: Subscribed, ids: readonly string[]): Promise<ReceivedDelivery[]> {
  const deadline = Date.now() + deliveryWaitMs;
  const ours = () => receiver.received.filter((item) => ids.includes(String(recordIdOf(item))));
  for (;;) {
    const accepted = ours().filter((item) => item.status >= 200 && item.status < 300);
    if (accepted.length >= ids.length) return ours();
    const listed = await get(context, "listDeliveries", `/v1/subscriptions/${enc(subscription.id)}/deliveries?status=failed`);
    if (listed.response.status === 200 && ((listed.response.body as { items?: unknown[] }).items ?? []).length > 0) {
      fail(`the server gave up a delivery after ${ours().length} attempt(s) (listed as failed) instead of retrying it`, listed);
    }
    if (Date.now() > deadline) fail(`the receiver got ${accepted.length} of ${ids.length} deliveries within ${deliveryWaitMs / 1000} s (${ours().length} requests in all)`, listed);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Every delivery carries a valid X-CZT-Signature under the subscription's secret, over its raw body, with a fresh timestamp. */
export const subscriptionSignatures: Check = {
  name: "subscription_signatures",
  description: "deliveries to a receiver the runner starts on loopback carry X-CZT-Signature valid for the subscription's secret (and not for another), in feed order",
  runs: 1,
  property: (context) =>
    fc.asyncProperty(fc.noShrink(fc.array(personArbitrary, { minLength: 2, maxLength: 2 })), async (drafts) => {
      const receiver = await startDeliveryReceiver(() => 204);
      try {
        const subscription = await subscribePersons(context, receiver);
        const ids: string[] = [];
        for (const draft of drafts) ids.push((await createPerson(context, draft)).id);
        const received = await awaitAccepted(context, receiver, subscription, ids);
        const order = received.map(recordIdOf);
        if (JSON.stringify(order) !== JSON.stringify(ids)) fail(`deliveries arrived in the order ${order.join(", ")}, not the order of the writes ${ids.join(", ")}`, subscription.exchange);
        for (const delivery of received) {
          const header = delivery.headers["x-czt-signature"];
          const now = Math.floor(Date.now() / 1000);
          const verdict = checkDeliverySignature(typeof header === "string" ? header : undefined, delivery.body, subscription.secret, now);
          if (!verdict.valid) {
            fail(`a delivery's X-CZT-Signature does not verify (${verdict.reason}; header ${header === undefined ? "absent" : JSON.stringify(header)})`, subscription.exchange);
          }
          if (checkDeliverySignature(String(header), delivery.body, `${subscription.secret}x`, now).valid) fail("a delivery's signature also verifies under another secret", subscription.exchange);
          const body = JSON.parse(delivery.body.toString("utf8")) as Body;
          if (body["subscriptionId"] !== subscription.id || body["deliveryId"] !== delivery.headers["x-czt-delivery"]) {
            fail("a delivery's body does not name its subscription, or its deliveryId is not its X-CZT-Delivery header", subscription.exchange);
          }
        }
        expectStatus(await unsubscribe(context, subscription.id), [204], "deleting the subscription");
      } finally {
        await receiver.close();
      }
    }),
};

/** A receiver that fails twice gets the same delivery again, later, until it accepts it; the next delivery waits for it. */
export const subscriptionRetries: Check = {
  name: "subscription_retries",
  description: "a delivery the receiver answers 503 twice is retried (same X-CZT-Delivery, same body, later attempts with growing waits) until accepted, before the next one is sent",
  runs: 1,
  property: (context) =>
    fc.asyncProperty(fc.noShrink(fc.array(personArbitrary, { minLength: 2, maxLength: 2 })), async (drafts) => {
      const receiver = await startDeliveryReceiver((index) => (index < 2 ? 503 : 204));
      try {
        const subscription = await subscribePersons(context, receiver);
        const ids: string[] = [];
        for (const draft of drafts) ids.push((await createPerson(context, draft)).id);
        const received = await awaitAccepted(context, receiver, subscription, ids);
        const first = received.filter((item) => recordIdOf(item) === ids[0]);
        const second = received.filter((item) => recordIdOf(item) === ids[1]);
        if (first.length !== 3) fail(`the first delivery was sent ${first.length} times; expected 2 failures then 1 success`, subscription.exchange);
        if (new Set(first.map((item) => item.headers["x-czt-delivery"])).size !== 1 || new Set(first.map((item) => item.body.toString("base64"))).size !== 1) {
          fail("a retried delivery changed its X-CZT-Delivery id or its body", subscription.exchange);
        }
        if ((second[0]?.receivedAt ?? 0) < first[2]!.receivedAt) fail("the second delivery was sent before the first was accepted: order per subscription is lost", subscription.exchange);
        const listed = expectStatus(await get(context, "listDeliveries", `/v1/subscriptions/${enc(subscription.id)}/deliveries`), [200], "listing the deliveries");
        const items = (listed.response.body as { items: Body[] }).items;
        const shown = items.find((item) => item["recordId"] === ids[0]);
        if (shown?.["attempts"] !== 3 || shown["status"] !== "delivered") {
          fail(`the deliveries list shows the retried delivery as ${JSON.stringify({ status: shown?.["status"], attempts: shown?.["attempts"] })}, not delivered after 3 attempts`, listed);
        }
        expectStatus(await unsubscribe(context, subscription.id), [204], "deleting the subscription");
      } finally {
        await receiver.close();
      }
    }),
};
