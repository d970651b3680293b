import type { CityCode, Principal } from "../auth/agency.js";
import { readableRecordTypes, visibleEvent } from "../routes/events.js";
import type { EventLog, FeedEvent } from "../store/event-log.js";
import { type RetryPolicy, retryDelayMs } from "./backoff.js";
import { signDelivery } from "./delivery-signature.js";
import { feedFilter, type NamedFilterQueries } from "./subscription-filter.js";
import type { OpenDelivery, StoredSubscription, SubscriptionStore } from "./subscription-store.js";

/** Events read from the feed per planning step. */
const planBatch = 500;

export interface DeliveryWorkerOptions {
  retry: RetryPolicy;
  now: () => Date;
  /** Deliberate defects (faults.ts): send without X-CZT-Signature; mark a delivery failed at its first failure. */
  unsigned: boolean;
  noRetries: boolean;
  /** Told of each delivery the receiver accepted, with the event it carried (the read audit of personal data). */
  onDelivered?: (subscription: StoredSubscription, event: FeedEvent, at: string) => void;
}

/** The principal a subscription reads as: the agency, city and scopes of the token that created it. */
export function subscriberPrincipal(subscription: StoredSubscription): Principal {
  return { agency: subscription.agency, city: subscription.city as CityCode, scopes: [...subscription.scopes] };
}

function describeFailure(error: unknown, timeoutMs: number): string {
  const failure = error as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  if (failure.name === "TimeoutError") return `no answer within ${timeoutMs} ms`;
  const cause = failure.cause?.code ?? failure.cause?.message ?? failure.message ?? String(error);
  return `the request failed: ${cause}`;
}

/**
 * Delivers the events each subscription selects, in the reference server's process:
 * - planning: after every commit that appended events, each active subscription's filter is run
 *   over the feed after its cursor, and the matching events become deliveries (with the exact
 *   body every attempt sends), in one transaction with the cursor's move, so none is lost or
 *   doubled across a restart;
 * - sending: per subscription one delivery in flight, the oldest not yet delivered: a failing
 *   delivery holds back the later ones, so a subscriber receives events in feed order;
 * - retries: a failed attempt (no 2xx answer within the timeout, or a connection failure) is
 *   retried after an exponential, jittered wait; after `maxAttempts` the delivery is `failed`
 *   and the subscription `suspended` until `POST /v1/subscriptions/{id}/resume`.
 */
export class DeliveryWorker {
  readonly #store: SubscriptionStore;
  readonly #events: EventLog;
  readonly #filters: NamedFilterQueries;
  readonly #options: DeliveryWorkerOptions;
  readonly #inFlight = new Map<string, Promise<void>>();
  readonly #timers = new Map<string, NodeJS.Timeout>();
  readonly #stopping = new AbortController();
  #unsubscribe: (() => void) | undefined;

  constructor(store: SubscriptionStore, events: EventLog, filters: NamedFilterQueries, options: DeliveryWorkerOptions) {
    this.#store = store;
    this.#events = events;
    this.#filters = filters;
    this.#options = options;
  }

  start(): void {
    this.#unsubscribe = this.#events.onCommitted(() => this.wake());
    this.wake();
  }

  /** Stops sending: in-flight attempts are aborted and stay pending (sent again at the next start). */
  async stop(): Promise<void> {
    this.#unsubscribe?.();
    this.#stopping.abort();
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    await Promise.allSettled([...this.#inFlight.values()]);
  }

  /** Plans and sends for every active subscription (after a commit, a new subscription or a resume). */
  wake(): void {
    if (this.#stopping.signal.aborted) return;
    for (const subscription of this.#store.active()) {
      this.#plan(subscription);
      this.#dispatch(subscription.id);
    }
  }

  #plan(subscription: StoredSubscription): void {
    const principal = subscriberPrincipal(subscription);
    const filter = feedFilter(subscription.filter, subscription);
    const readable = readableRecordTypes(principal);
    const recordTypes = filter.recordTypes.filter((recordType) => readable.includes(recordType));
    const today = this.#options.now().toISOString().slice(0, 10);
    let cursor = subscription.cursor;
    for (;;) {
      const events = this.#events.readAfter(cursor, { recordTypes, ...(filter.types === undefined ? {} : { types: filter.types }) }, planBatch);
      if (events.length === 0) return;
      const named = subscription.filter.named;
      const selected = named === undefined ? events : events.filter((event) => this.#filters.matches(named, event, subscription, today));
      cursor = events.at(-1)!.position;
      this.#store.plan(
        subscription.id,
        selected.map((event) => ({
          position: event.position,
          eventType: event.type,
          recordType: event.recordType,
          recordId: event.recordId,
          body: (deliveryId) => JSON.stringify({ subscriptionId: subscription.id, deliveryId, event: visibleEvent(principal, event) }),
        })),
        cursor,
        this.#options.now().toISOString(),
      );
      if (events.length < planBatch) return;
    }
  }

  #dispatch(subscriptionId: string): void {
    if (this.#stopping.signal.aborted || this.#inFlight.has(subscriptionId)) return;
    const subscription = this.#store.get(subscriptionId);
    if (subscription === undefined || subscription.status !== "active") return;
    const delivery = this.#store.head(subscriptionId);
    if (delivery === undefined || delivery.status !== "pending") return;
    const wait = delivery.nextAttemptAt === null ? 0 : Date.parse(delivery.nextAttemptAt) - this.#options.now().getTime();
    if (wait > 0) {
      if (!this.#timers.has(subscriptionId)) {
        this.#timers.set(
          subscriptionId,
          setTimeout(() => {
            this.#timers.delete(subscriptionId);
            this.#dispatch(subscriptionId);
          }, wait),
        );
      }
      return;
    }
    const sending = this.#send(subscription, delivery).finally(() => {
      this.#inFlight.delete(subscriptionId);
      this.#dispatch(subscriptionId);
    });
    this.#inFlight.set(subscriptionId, sending);
  }

  async #send(subscription: StoredSubscription, delivery: OpenDelivery): Promise<void> {
    const { retry } = this.#options;
    const attempt = delivery.attempts + 1;
    const body = Buffer.from(delivery.body, "utf8");
    const headers: Record<string, string> = {
      "content-type": "application/json; charset=utf-8",
      "user-agent": "czt-reference-server",
      "x-czt-subscription": subscription.id,
      "x-czt-delivery": delivery.id,
      "x-czt-delivery-attempt": String(attempt),
    };
    if (!this.#options.unsigned) headers["x-czt-signature"] = signDelivery(subscription.secret, Math.floor(this.#options.now().getTime() / 1000), body);
    let failure: { error: string; status?: number };
    try {
      const response = await fetch(subscription.callbackUrl, {
        method: "POST",
        headers,
        body,
        redirect: "manual",
        signal: AbortSignal.any([AbortSignal.timeout(retry.timeoutMs), this.#stopping.signal]),
      });
      await response.body?.cancel();
      if (response.status >= 200 && response.status < 300) {
        const at = this.#options.now().toISOString();
        const onDelivered = this.#options.onDelivered;
        this.#store.delivered(delivery.id, response.status, attempt, at, onDelivered && (() => onDelivered(subscription, (JSON.parse(delivery.body) as { event: FeedEvent }).event, at)));
        return;
      }
      failure = { error: `the receiver answered ${response.status}`, status: response.status };
    } catch (error) {
      // Stopping the server is not the receiver's failure: the attempt is not counted.
      if (this.#stopping.signal.aborted) return;
      failure = { error: describeFailure(error, retry.timeoutMs) };
    }
    const giveUp = this.#options.noRetries || attempt >= retry.maxAttempts;
    const next = giveUp ? undefined : new Date(this.#options.now().getTime() + retryDelayMs(attempt, retry)).toISOString();
    this.#store.attemptFailed(delivery, attempt, failure.error, failure.status, next);
  }
}
